// Programmatic entry: tests and `npm start` start a sandbox with startSandbox().
import type { AddressInfo } from 'node:net';
import { createSandboxServer } from './server.js';

export interface SandboxOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
  /** Access token lifetime; TeamFlame's is 300000 s. */
  tokenTtlSeconds?: number;
  largeBoard?: { columns: number; tasksPerColumn: number };
  log?: (line: string) => void;
}

export interface DemoUser {
  id: string;
  email: string;
  password: string;
  firstName: string;
  lastName: string;
}

export interface Sandbox {
  url: string;
  port: number;
  demoUsers: DemoUser[];
  close(): Promise<void>;
}

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const host = options.host ?? '127.0.0.1';
  const { server, store } = createSandboxServer({
    tokenTtlSeconds: options.tokenTtlSeconds ?? 300_000,
    largeBoard: options.largeBoard,
    log: options.log,
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const demoUsers = [...store().users.values()].map(({ id, email, password, firstName, lastName }) => ({
    id,
    email,
    password,
    firstName,
    lastName,
  }));
  return {
    url: `http://${host}:${port}`,
    port,
    demoUsers,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
