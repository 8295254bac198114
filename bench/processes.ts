// The processes a bench run starts and stops: the server under test (the built server, as
// `npm run start:server` runs it) and the echo bot, each in its own process so each one's memory is its own.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { SERVER_NODE_FLAGS } from '../bot/src/server/node-flags.js';

const ROOT = join(import.meta.dirname, '..');
const EGRESS_GUARD = join(ROOT, 'scripts/egress-guard.cjs');

export interface Child {
  url: string;
  pid: number;
  /** Milliseconds from spawn to the first /readyz 200 (the echo bot: to listening). */
  readyAfterMs: number;
  /** The process's own resident set, in MiB. */
  rssMiB(): number;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

function rssOf(pid: number): number {
  const line = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return line ? Number(line[1]) / 1024 : NaN;
}

/** Ends the process group this run started (the child and anything it started) and waits for it. */
function stopper(child: ChildProcess): () => Promise<void> {
  return async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    process.kill(-child.pid!, 'SIGTERM');
    const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  };
}

async function waitReady(url: string, child: ChildProcess, started: number, timeoutMs: number) {
  while (performance.now() - started < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}) before it was ready`);
    const ok = await fetch(`${url}/readyz`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) return performance.now() - started;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`not ready within ${timeoutMs} ms`);
}

export interface ServerOptions {
  /** PostgreSQL when given, else PGlite in `dataDir`. */
  databaseUrl?: string;
  dataDir: string;
  teamflameUrl: string;
  /** Writes a CPU profile (node --cpu-prof) there when the server stops. */
  profileDir?: string;
  /** `npm run start:server` (build check included) instead of the built server directly. */
  viaNpm?: boolean;
}

export async function startServer(options: ServerOptions): Promise<Child> {
  const port = await freePort();
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'development',
    PORT: String(port),
    DATA_DIR: options.dataDir,
    ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
    TEAMFLAME_API_URL: options.teamflameUrl,
    TEAMFLAME_AUTH_URL: options.teamflameUrl,
    PUBLIC_URL: 'http://localhost:3978',
    POLL_INTERVAL_SECONDS: '3600',
    LOG_LEVEL: 'info',
    NODE_OPTIONS: `--require ${EGRESS_GUARD} --disable-warning=DEP0111`,
  };
  const nodeArgs = options.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.profileDir}`] : [];
  const started = performance.now();
  const child = options.viaNpm
    ? spawn('npm', ['run', 'start:server', '--silent'], { cwd: ROOT, env, detached: true, stdio: 'ignore' })
    : spawn(process.execPath, [...SERVER_NODE_FLAGS, ...nodeArgs, 'bot/dist/index.js'], {
        cwd: ROOT,
        env,
        detached: true,
        stdio: ['ignore', 'ignore', 'inherit'],
      });
  const url = `http://127.0.0.1:${port}`;
  const stop = stopper(child);
  try {
    const readyAfterMs = await waitReady(url, child, started, 60_000);
    return { url, pid: child.pid!, readyAfterMs, rssMiB: () => rssOf(child.pid!), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

export async function startEchoBot(): Promise<Child> {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [
      '--conditions=teamflame-source',
      '--require',
      EGRESS_GUARD,
      '--disable-warning=DEP0111',
      '--import',
      'tsx',
      'bench/echo-bot.ts',
    ],
    { cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const first = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`the echo bot exited (${code})`)));
  });
  const { port } = JSON.parse(first) as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    readyAfterMs: performance.now() - started,
    rssMiB: () => rssOf(child.pid!),
    stop: stopper(child),
  };
}
