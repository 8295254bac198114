import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Runs a script in its own Node process (the handlers are process-wide) and collects its log lines. */
function runScript(source: string): Promise<{ code: number | null; lines: Record<string, unknown>[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'tf-safety-'));
  const file = join(dir, 'script.mts'); // an ES module: top-level await
  writeFileSync(file, source);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      const lines = out
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as Record<string, unknown>);
      resolve({ code, lines });
    });
  });
}

const moduleUrl = new URL('./process-safety-net.ts', import.meta.url).href;
const loggerUrl = new URL('../logger.ts', import.meta.url).href;

describe('the process safety net', () => {
  it('logs an unhandled rejection at fatal level and keeps serving; an uncaught exception stops cleanly with status 1', async () => {
    const { code, lines } = await runScript(`
      import { createServer } from 'node:http';
      import { installProcessSafetyNet } from '${moduleUrl}';
      import { createLogger } from '${loggerUrl}';
      const logger = createLogger('info');
      const server = createServer((_req, res) => res.end('ok'));
      await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
      installProcessSafetyNet({
        logger,
        stop: () => new Promise((resolve) => server.close(() => { logger.info('drained'); resolve(); })),
      });
      void Promise.reject(new Error('a lost rejection'));
      setTimeout(async () => {
        const port = server.address().port;
        const answer = await (await fetch('http://127.0.0.1:' + port + '/')).text();
        logger.info({ answer }, 'still serving');
        setTimeout(() => { throw new Error('a thrown bug'); }, 10);
      }, 50);
    `);
    const messages = lines.map((l) => `${String(l.level)} ${String(l.msg)}`);
    const rejection = lines.find((l) => String(l.msg).startsWith('unhandled promise rejection'));
    expect(rejection).toMatchObject({ level: 60, err: { message: 'a lost rejection' } });
    expect(lines.find((l) => l.msg === 'still serving')).toMatchObject({ answer: 'ok' });
    const uncaught = lines.find((l) => String(l.msg).startsWith('uncaught exception'));
    expect(uncaught).toMatchObject({ level: 60, err: { message: 'a thrown bug' } });
    // Only the uncaught exception stops the server: it drained before the process exited.
    expect(messages).toContain('30 drained');
    expect(code).toBe(1);
  });
});
