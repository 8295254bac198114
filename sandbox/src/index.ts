// Programmatic entry: tests, the bench and `npm run sandbox` start a sandbox with startSandbox().
import type { AddressInfo } from 'node:net';
import { createSandboxServer } from './server.js';
import type { DemoUser } from './store.js';

export type { LoggedRequest } from './request-log.js';

export interface SandboxOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Access token lifetime in seconds; TeamFlame's is 300000 (the default). */
  tokenTtlSeconds?: number;
  /** Adds one board of this size in the first space. */
  largeBoard?: { columns: number; tasksPerColumn: number };
  /** Receives one line per API request and any unexpected error. */
  log?: (line: string) => void;
}

export interface Sandbox {
  /** e.g. http://127.0.0.1:41234, no trailing slash. */
  url: string;
  port: number;
  demoUsers: DemoUser[];
  close(): Promise<void>;
}

const DEFAULT_TOKEN_TTL_SECONDS = 300_000;

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const host = options.host ?? '127.0.0.1';
  const sandbox = createSandboxServer({
    tokenTtlSeconds: options.tokenTtlSeconds ?? DEFAULT_TOKEN_TTL_SECONDS,
    largeBoard: options.largeBoard,
    log: options.log,
  });
  const { server } = sandbox;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    demoUsers: sandbox.state.store.demoUsers(),
    close: () => sandbox.close(),
  };
}
