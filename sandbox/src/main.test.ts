// The CLI as a real child process: it prints its URL and the demo users, serves, and stops on SIGTERM.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const main = fileURLToPath(new URL('./main.ts', import.meta.url));

describe('npm run sandbox', () => {
  it('prints its URL and sign-in users, answers sign-in, and exits 0 on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', main, '--port', '0', '--token-ttl', '120'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      await expect.poll(() => stdout, { timeout: 20_000 }).toContain('alex.brown@teamflame.local / demo');
      const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout)?.[1];
      expect(url).toBeDefined();
      expect(stdout).toContain('demo@teamflame.local / demo');
      const signIn = await fetch(`${url}/auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'demo@teamflame.local', password: 'demo' }),
      });
      expect(signIn.status).toBe(200);
      const { tokens } = (await signIn.json()) as {
        tokens: { accessToken: { token: string; expiresIn: number } };
      };
      expect(tokens.accessToken.expiresIn).toBe(120);
      // One line per request on stderr, without the password or token.
      await expect.poll(() => stderr).toMatch(/POST \/auth\/sign-in 200 \d+ms/);
      expect(stderr).not.toContain(tokens.accessToken.token);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  });

  it('exits 2 with a usage line on a bad argument', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', main, '--large-board', 'huge'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    expect(code).toBe(2);
    expect(stderr).toContain('--large-board: expected COLUMNSxTASKS');
    expect(stderr).toContain('usage: npm run sandbox');
  });
});
