import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const dataDir = () => mkdtempSync(join(tmpdir(), 'tf-config-'));
const key = Buffer.alloc(32, 7).toString('base64');

describe('loadConfig', () => {
  it('applies the documented defaults with nothing set', () => {
    const config = loadConfig({ DATA_DIR: dataDir() });
    expect(config.port).toBe(3978);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.teamflame.apiUrl).toBe('https://api.teamflame.ru');
    expect(config.teamflame.authUrl).toBe('https://auth-api.teamflame.ru');
    expect(config.publicUrl).toBe('http://localhost:3978');
    expect(config.pollIntervalSeconds).toBe(30);
    expect(config.logLevel).toBe('info');
    expect(config.tokenEncryptionKeys[0]).toHaveLength(32);
    expect(config.warnings.join('\n')).toMatch(/BOT_ID not set/);
  });

  it('keeps generated development secrets across restarts', () => {
    const dir = dataDir();
    const first = loadConfig({ DATA_DIR: dir });
    const second = loadConfig({ DATA_DIR: dir });
    expect(second.tokenEncryptionKeys[0]!.equals(first.tokenEncryptionKeys[0]!)).toBe(true);
    expect(second.sessionSecret).toBe(first.sessionSecret);
  });

  it.each([
    ['PORT', 'eighty'],
    ['DATABASE_URL', 'mysql://x'],
    ['POLL_INTERVAL_SECONDS', '0'],
    ['LOG_LEVEL', 'loud'],
    ['TOKEN_ENCRYPTION_KEY', 'c2hvcnQ='],
    ['TEAMFLAME_API_URL', 'not a url'],
  ])('names %s when its value is wrong', (name, value) => {
    expect(() => loadConfig({ DATA_DIR: dataDir(), [name]: value })).toThrow(
      new RegExp(`^Invalid configuration: .*${name}`),
    );
  });

  it('refuses production without its secrets and names each one', () => {
    let error: unknown;
    try {
      loadConfig({ NODE_ENV: 'production' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toBe(
      'Missing required variables for NODE_ENV=production: BOT_ID, BOT_PASSWORD, TOKEN_ENCRYPTION_KEY, SESSION_SECRET, DATABASE_URL',
    );
  });

  it('accepts production with everything set and reads old keys for rotation', () => {
    const old = Buffer.alloc(32, 1).toString('base64');
    const config = loadConfig({
      NODE_ENV: 'production',
      BOT_ID: 'id',
      BOT_PASSWORD: 'pw',
      TOKEN_ENCRYPTION_KEY: key,
      TOKEN_ENCRYPTION_OLD_KEYS: old,
      SESSION_SECRET: 'x'.repeat(40),
      DATABASE_URL: 'postgres://u@db.example/app',
    });
    expect(config.tokenEncryptionKeys.map((k) => k.toString('base64'))).toEqual([key, old]);
    expect(config.warnings).toEqual([]);
  });
});
