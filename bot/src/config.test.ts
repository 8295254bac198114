import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const dataDir = () => mkdtempSync(join(tmpdir(), 'tf-config-'));
const key = Buffer.alloc(32, 7).toString('base64');

describe('loadConfig', () => {
  it('applies the documented defaults with nothing but development mode set', () => {
    const config = loadConfig({ NODE_ENV: 'development', DATA_DIR: dataDir() });
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

  it('reads the Teams app id and the tab SSO settings, consent endpoint included', () => {
    const config = loadConfig({
      NODE_ENV: 'development',
      DATA_DIR: dataDir(),
      TEAMS_APP_ID: 'app-1',
      AAD_APP_CLIENT_ID: 'client-1',
      AAD_APP_TENANT_ID: 'tenant-1',
      AAD_AUTHORIZE_URL: 'https://login.example/authorize',
    });
    expect(config.teamsAppId).toBe('app-1');
    expect(config.tabSso).toEqual({
      clientId: 'client-1',
      tenantId: 'tenant-1',
      jwksUrl: undefined,
      authorizeUrl: 'https://login.example/authorize',
    });
    expect(() =>
      loadConfig({ NODE_ENV: 'development', DATA_DIR: dataDir(), AAD_AUTHORIZE_URL: 'not a url' }),
    ).toThrow(/AAD_AUTHORIZE_URL/);
  });

  it('refuses to run without Bot Framework auth unless NODE_ENV says so, naming what to set', () => {
    const dir = dataDir();
    expect(() => loadConfig({ DATA_DIR: dir })).toThrow(
      new ConfigError(
        'BOT_ID not set: set BOT_ID and BOT_PASSWORD (the Azure Bot app registration), or NODE_ENV=development to run without Bot Framework authentication',
      ),
    );
    expect(existsSync(join(dir, 'dev-secrets.json'))).toBe(false); // refused before writing anything
  });

  it.each(['development', 'test'])(
    'runs without Bot Framework auth with NODE_ENV=%s, warning loudly',
    (env) => {
      const config = loadConfig({ NODE_ENV: env, DATA_DIR: dataDir() });
      expect(config.bot.appId).toBeUndefined();
      expect(config.warnings).toContain(
        `BOT_ID not set: Bot Framework authentication is OFF (NODE_ENV=${env}). Anyone who can reach /api/messages can act as any Teams user; never expose this server`,
      );
    },
  );

  it('needs no NODE_ENV when BOT_ID is set, and then warns nothing about bot auth', () => {
    const config = loadConfig({ BOT_ID: 'app-id', BOT_PASSWORD: 'pw', DATA_DIR: dataDir() });
    expect(config.env).toBe('development');
    expect(config.bot.appId).toBe('app-id');
    expect(config.warnings.join('\n')).not.toMatch(/BOT_ID|authentication/);
  });

  it('keeps generated development secrets across restarts', () => {
    const dir = dataDir();
    const first = loadConfig({ NODE_ENV: 'development', DATA_DIR: dir });
    const second = loadConfig({ NODE_ENV: 'development', DATA_DIR: dir });
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
