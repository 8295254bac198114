// The Microsoft 365 Agents Playground (a real Microsoft Teams-like client) for end-to-end tests: offline,
// behind the loopback-only egress guard, with its devTools/ written to a temporary folder.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');
const require = createRequire(import.meta.url);
/** Resolved as a module (not a path under node_modules), so the unused-dependency check sees it used. */
const PLAYGROUND_CLI = require.resolve('@microsoft/m365agentsplayground/cli.js');

export interface Playground {
  url: string;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

export async function startPlayground(botMessagesUrl: string, timeoutMs = 30_000): Promise<Playground> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    [
      '--require',
      join(ROOT, 'scripts/egress-guard.cjs'),
      PLAYGROUND_CLI,
      '-e',
      botMessagesUrl,
      '-c',
      'msteams',
      '--dt',
      '-p',
      String(port),
    ],
    {
      cwd: mkdtempSync(join(tmpdir(), 'tf-playground-')),
      env: { ...process.env, TEAMSAPPTESTER_BROWSER: 'none' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const listening = new Promise<number>((resolveListening, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`Agents Playground did not start: ${output}`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      // It silently takes another port when the asked one is busy: read the one it took.
      const match = /Listening on (\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolveListening(Number(match[1]));
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`Agents Playground exited (${code}): ${output}`)));
  });
  const actualPort = await listening;
  return {
    url: `http://127.0.0.1:${actualPort}`,
    close: () =>
      new Promise((resolveClose) => {
        if (child.exitCode !== null) return resolveClose();
        child.once('exit', () => resolveClose());
        child.kill('SIGTERM');
      }),
  };
}
