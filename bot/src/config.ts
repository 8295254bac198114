// Every environment variable the server reads, parsed and validated once. Nothing else reads process.env.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const base64Key32 = z
  .string()
  .trim()
  .refine((v) => Buffer.from(v, 'base64').length === 32, 'must be 32 bytes, base64-encoded');

const envSchema = z.object({
  // Unset behaves as development, except that it does not allow running without Bot Framework auth.
  NODE_ENV: z.enum(['development', 'production', 'test']).optional(),
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  DATABASE_URL: optionalString.pipe(z.url({ protocol: /^postgres(ql)?$/ }).optional()),
  DATA_DIR: z.string().default('.data'),
  TEAMFLAME_API_URL: z.url().default('https://api.teamflame.ru'),
  TEAMFLAME_AUTH_URL: z.url().default('https://auth-api.teamflame.ru'),
  TEAMFLAME_TIMEOUT_MS: z.coerce.number().int().positive().default(8000),
  /** Where people open TeamFlame in a browser: pasted links to its tasks are unfurled into task cards. */
  TEAMFLAME_WEB_URL: z.url().default('https://teamflame.ru'),
  BOT_ID: optionalString,
  BOT_PASSWORD: optionalString,
  BOT_TENANT_ID: optionalString,
  BOT_TYPE: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMsi']).optional(),
  BOT_OPENID_METADATA_URL: optionalString.pipe(z.url().optional()),
  AAD_APP_CLIENT_ID: optionalString,
  AAD_APP_TENANT_ID: optionalString,
  AAD_JWKS_URL: optionalString.pipe(z.url().optional()),
  AAD_AUTHORIZE_URL: optionalString.pipe(z.url().optional()),
  TEAMS_APP_ID: optionalString,
  TOKEN_ENCRYPTION_KEY: optionalString.pipe(base64Key32.optional()),
  TOKEN_ENCRYPTION_OLD_KEYS: optionalString,
  SESSION_SECRET: optionalString.pipe(z.string().min(32, 'must be at least 32 characters').optional()),
  PUBLIC_URL: z.url().default('http://localhost:3978'),
  POLL_INTERVAL_SECONDS: z.coerce.number().int().min(1).default(30),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TAB_DIST_DIR: optionalString,
});

const REQUIRED_IN_PRODUCTION = [
  'BOT_ID',
  'BOT_PASSWORD',
  'TOKEN_ENCRYPTION_KEY',
  'SESSION_SECRET',
  'DATABASE_URL',
] as const;

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  databaseUrl: string | undefined;
  dataDir: string;
  /** `webUrl`: TeamFlame's web app, whose task links the message extension unfurls. */
  teamflame: { apiUrl: string; authUrl: string; timeoutMs: number; webUrl: string };
  bot: {
    appId?: string;
    appPassword?: string;
    tenantId?: string;
    appType?: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMsi';
    openIdMetadataUrl?: string;
  };
  /**
   * Teams SSO for the tab: the Entra ID app, where its signing keys are read, and where the consent pop-up
   * asks (the authorize endpoint of the tenant unless set).
   */
  tabSso: { clientId?: string; tenantId?: string; jwksUrl?: string; authorizeUrl?: string };
  /** The Teams app's id (the manifest's `id`): cards' "Open in tab" become Teams deep links with it. */
  teamsAppId?: string;
  /** The primary AES-256 key first, then older keys that may still decrypt stored rows. */
  tokenEncryptionKeys: Buffer[];
  sessionSecret: string;
  publicUrl: string;
  pollIntervalSeconds: number;
  logLevel: string;
  tabDistDir: string;
  /** Warnings to log once the logger exists (e.g. generated development secrets). */
  warnings: string[];
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || '(env)'}: ${issue.message}`).join('; ');
}

/** Development secrets live in DATA_DIR so restarts keep stored tokens readable. */
function developmentSecret(dataDir: string, name: string, make: () => string): string {
  const file = join(dataDir, 'dev-secrets.json');
  const secrets: Record<string, string> = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  if (!secrets[name]) {
    secrets[name] = make();
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  }
  return secrets[name];
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) throw new ConfigError(`Invalid configuration: ${describeIssues(parsed.error)}`);
  const e = parsed.data;

  if (e.NODE_ENV === 'production') {
    const missing = REQUIRED_IN_PRODUCTION.filter((name) => !e[name]);
    if (missing.length > 0) {
      throw new ConfigError(`Missing required variables for NODE_ENV=production: ${missing.join(', ')}`);
    }
  }

  const oldKeys = (e.TOKEN_ENCRYPTION_OLD_KEYS ?? '')
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean);
  for (const key of oldKeys) {
    if (Buffer.from(key, 'base64').length !== 32) {
      throw new ConfigError(
        'Invalid configuration: TOKEN_ENCRYPTION_OLD_KEYS: every key must be 32 bytes, base64-encoded',
      );
    }
  }

  const warnings: string[] = [];
  // Without BOT_ID anyone who can reach /api/messages can post activities as any Teams user: right for a
  // local demo and for tests, a disaster anywhere else. So it takes NODE_ENV=development or test, said on
  // purpose; a deployment that forgot both settings stops here instead of running open.
  if (!e.BOT_ID) {
    if (e.NODE_ENV !== 'development' && e.NODE_ENV !== 'test') {
      throw new ConfigError(
        'BOT_ID not set: set BOT_ID and BOT_PASSWORD (the Azure Bot app registration), or NODE_ENV=development to run without Bot Framework authentication',
      );
    }
    warnings.push(
      `BOT_ID not set: Bot Framework authentication is OFF (NODE_ENV=${e.NODE_ENV}). Anyone who can reach /api/messages can act as any Teams user; never expose this server`,
    );
  }
  const dataDir = resolve(e.DATA_DIR);
  const encryptionKey =
    e.TOKEN_ENCRYPTION_KEY ??
    (warnings.push(`TOKEN_ENCRYPTION_KEY not set: using a development key stored in ${dataDir}`),
    developmentSecret(dataDir, 'TOKEN_ENCRYPTION_KEY', () => randomBytes(32).toString('base64')));
  const sessionSecret =
    e.SESSION_SECRET ??
    (warnings.push(`SESSION_SECRET not set: using a development secret stored in ${dataDir}`),
    developmentSecret(dataDir, 'SESSION_SECRET', () => randomBytes(48).toString('base64url')));

  return {
    env: e.NODE_ENV ?? 'development',
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    dataDir,
    teamflame: {
      apiUrl: e.TEAMFLAME_API_URL,
      authUrl: e.TEAMFLAME_AUTH_URL,
      timeoutMs: e.TEAMFLAME_TIMEOUT_MS,
      webUrl: e.TEAMFLAME_WEB_URL.replace(/\/$/, ''),
    },
    bot: {
      appId: e.BOT_ID,
      appPassword: e.BOT_PASSWORD,
      tenantId: e.BOT_TENANT_ID,
      appType: e.BOT_TYPE,
      openIdMetadataUrl: e.BOT_OPENID_METADATA_URL,
    },
    tabSso: {
      clientId: e.AAD_APP_CLIENT_ID,
      tenantId: e.AAD_APP_TENANT_ID,
      jwksUrl: e.AAD_JWKS_URL,
      authorizeUrl: e.AAD_AUTHORIZE_URL,
    },
    teamsAppId: e.TEAMS_APP_ID,
    tokenEncryptionKeys: [encryptionKey, ...oldKeys].map((k) => Buffer.from(k, 'base64')),
    sessionSecret,
    publicUrl: e.PUBLIC_URL.replace(/\/$/, ''),
    pollIntervalSeconds: e.POLL_INTERVAL_SECONDS,
    logLevel: e.LOG_LEVEL,
    tabDistDir: resolve(e.TAB_DIST_DIR ?? 'tab/dist'),
    warnings,
  };
}
