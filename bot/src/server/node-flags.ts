/**
 * The V8 heap the server runs with, wherever it runs (App Service, `npm run start:server`, `npm start`, the
 * bench). V8 sizes its heap from the machine's memory: on a large machine it lets the old generation grow to
 * four times what is live before collecting, and keeps two 16 MiB semi-spaces. Under load that held 330 MiB
 * for about 55 MiB of live objects. A 512 MiB old generation (more than 9 × the live set; the App Service
 * plan, B1, has 1.75 GB) makes V8 grow the heap by about 1.4 × instead, and 8 MiB semi-spaces halve the young
 * generation; `npm run bench` measured no loss of throughput from either.
 */
export const SERVER_NODE_FLAGS = ['--max-old-space-size=512', '--max-semi-space-size=8'] as const;
