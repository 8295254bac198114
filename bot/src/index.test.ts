// The real entry point, as a deployment starts it.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const entry = join(import.meta.dirname, 'index.ts');

describe('starting the server', () => {
  it('refuses NODE_ENV=production without its secrets, naming each missing variable', () => {
    const result = spawnSync(process.execPath, ['--conditions=teamflame-source', '--import', 'tsx', entry], {
      env: { PATH: process.env.PATH, NODE_ENV: 'production' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).not.toBe(0);
    expect(result.stderr.trim()).toBe(
      'Missing required variables for NODE_ENV=production: BOT_ID, BOT_PASSWORD, TOKEN_ENCRYPTION_KEY, SESSION_SECRET, DATABASE_URL',
    );
  });

  it('refuses to start without BOT_ID and without NODE_ENV, naming what to set', () => {
    const result = spawnSync(process.execPath, ['--conditions=teamflame-source', '--import', 'tsx', entry], {
      env: { PATH: process.env.PATH },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      'BOT_ID not set: set BOT_ID and BOT_PASSWORD (the Azure Bot app registration), or NODE_ENV=development to run without Bot Framework authentication',
    );
  });

  it('stops with one line naming a wrongly set variable', () => {
    const result = spawnSync(process.execPath, ['--conditions=teamflame-source', '--import', 'tsx', entry], {
      env: { PATH: process.env.PATH, PORT: 'eighty' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^Invalid configuration: PORT:/);
  });
});
