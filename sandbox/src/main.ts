// `npm run sandbox`: the TeamFlame sandbox as a program of its own.
import { parseArgs } from 'node:util';
import { startSandbox } from './index.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.SANDBOX_PORT ?? '4010' },
    'token-ttl': { type: 'string' },
    'large-board': { type: 'string' },
  },
});
const large = values['large-board']?.match(/^(\d+)x(\d+)$/);
const sandbox = await startSandbox({
  port: Number(values.port),
  tokenTtlSeconds: values['token-ttl'] ? Number(values['token-ttl']) : undefined,
  largeBoard: large ? { columns: Number(large[1]), tasksPerColumn: Number(large[2]) } : undefined,
  log: (line) => console.error(line),
});
console.log(`TeamFlame sandbox listening on ${sandbox.url} (auth and data API on one port)`);
console.log('Demo sign-in users:');
for (const user of sandbox.demoUsers)
  console.log(`  ${user.email} / ${user.password}  (${user.firstName} ${user.lastName})`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void sandbox.close().then(() => process.exit(0)));
}
