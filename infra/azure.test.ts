// infra/azure.bicep and its parameters file, followed through the chain Teams Toolkit runs them in:
// env/.env.dev (+ the user's secrets) -> azure.parameters.json -> the web app's settings -> the server's
// own configuration loader, which must accept them as a production configuration.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../bot/src/config.js';
import { SERVER_NODE_FLAGS } from '../bot/src/server/node-flags.js';
import {
  bicepAppSettings,
  bicepOutputs,
  bicepParams,
  bicepVars,
  fill,
  placeholders,
  readEnvFile,
  readText,
} from './project-files.js';

const bicep = readText('infra/azure.bicep');
const parametersText = readText('infra/azure.parameters.json');

/** What `teamsapp provision` would have in env/.env.dev and env/.env.dev.user at arm/deploy time. */
const DEV_ENV: Record<string, string> = {
  ...Object.fromEntries(readEnvFile('env/.env.dev')),
  RESOURCE_SUFFIX: 'a1b2c3',
  TEAMS_APP_ID: '7d0c9a4e-1b2f-4c3d-8e5f-6a7b8c9d0e1f',
  AAD_APP_CLIENT_ID: '11111111-2222-4333-8444-555555555555',
  AAD_APP_TENANT_ID: '66666666-7777-4888-9999-000000000000',
  SECRET_DATABASE_PASSWORD: 'p@ss:w/rd#1%?',
  SECRET_TOKEN_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
  SECRET_SESSION_SECRET: 's'.repeat(48),
};

/** Values Azure would give the resources' runtime properties. */
const RUNTIME: Record<string, string> = {
  'identity.properties.clientId': '0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9',
  'identity.properties.tenantId': '66666666-7777-4888-9999-000000000000',
  'postgres.properties.fullyQualifiedDomainName': 'teamflamea1b2c3-pg.postgres.database.azure.com',
  'webApp.properties.defaultHostName': 'teamflamea1b2c3.azurewebsites.net',
};

function parameterValues(): Record<string, string> {
  const file = JSON.parse(fill(parametersText, DEV_ENV)) as { parameters: Record<string, { value: string }> };
  return Object.fromEntries(Object.entries(file.parameters).map(([name, p]) => [name, p.value]));
}

/** Evaluates the small subset of Bicep expressions the app settings use. */
function evaluate(expression: string, scope: Record<string, string>): string {
  const literal = /^'(.*)'$/.exec(expression);
  if (literal) return literal[1]!.replace(/\$\{([^}]+)\}/g, (_, inner: string) => evaluate(inner, scope));
  const call = /^uriComponent\((.+)\)$/.exec(expression);
  if (call) return encodeURIComponent(evaluate(call[1]!, scope));
  const value = scope[expression];
  if (value === undefined) throw new Error(`cannot evaluate ${expression}`);
  return value;
}

function appSettingsEnv(): Record<string, string> {
  const scope: Record<string, string> = { ...RUNTIME, ...parameterValues() };
  for (const [name, expression] of bicepVars(bicep)) scope[name] = evaluate(expression, scope);
  return Object.fromEntries(
    [...bicepAppSettings(bicep)].map(([name, expression]) => [name, evaluate(expression, scope)]),
  );
}

describe('infra/azure.parameters.json', () => {
  it('gives every parameter azure.bicep requires, and none it does not declare', () => {
    const declared = bicepParams(bicep);
    const given = Object.keys(parameterValues());
    expect(given.filter((name) => !declared.some((p) => p.name === name))).toEqual([]);
    expect(declared.filter((p) => !p.hasDefault && !given.includes(p.name)).map((p) => p.name)).toEqual([]);
  });

  it('takes secrets only from SECRET_ variables, and gives every secret to a @secure() parameter', () => {
    const raw = (JSON.parse(parametersText) as { parameters: Record<string, { value: string }> }).parameters;
    for (const param of bicepParams(bicep)) {
      const names = placeholders(raw[param.name]?.value ?? '');
      const secret = names.some((name) => name.startsWith('SECRET_'));
      expect({ param: param.name, secret }).toEqual({ param: param.name, secret: param.secure });
    }
  });

  it('keeps the resource base name within the length azure.bicep allows', () => {
    expect(parameterValues().resourceBaseName).toMatch(/^[a-z0-9]{4,20}$/);
  });
});

describe('infra/azure.bicep', () => {
  it('runs the server with the heap it is measured with, as `npm run start:server` does', () => {
    const scripts = (JSON.parse(readText('package.json')) as { scripts: Record<string, string> }).scripts;
    expect(scripts['start:server']).toContain(`node ${SERVER_NODE_FLAGS.join(' ')} bot/dist/index.js`);
  });

  it('declares the App Service on Node 20, the Azure Bot with its Teams channel, and PostgreSQL', () => {
    expect(bicep).toContain("linuxFxVersion: 'NODE|20-lts'");
    expect(bicep).toContain(`appCommandLine: 'node ${SERVER_NODE_FLAGS.join(' ')} bot/dist/index.js'`);
    expect(bicep).toMatch(/resource identity 'Microsoft\.ManagedIdentity\/userAssignedIdentities@/);
    expect(bicep).toMatch(
      /resource bot 'Microsoft\.BotService\/botServices@[^']+' = \{[\s\S]*?msaAppType: 'UserAssignedMSI'/,
    );
    expect(bicep).toContain("endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'");
    expect(bicep).toContain('msaAppMSIResourceId: identity.id');
    expect(bicep).toMatch(/channels@[^']+' = \{\s*parent: bot[\s\S]*?channelName: 'MsTeamsChannel'/);
    expect(bicep).toMatch(/'Microsoft\.DBforPostgreSQL\/flexibleServers@/);
    expect(bicep).toMatch(/flexibleServers\/databases@[^']+' = \{\s*parent: postgres/);
    expect(bicep).toMatch(/startIpAddress: '0\.0\.0\.0', endIpAddress: '0\.0\.0\.0'/);
  });

  it('gives the web app settings the server accepts as a production configuration', () => {
    const env = appSettingsEnv();
    const config = loadConfig(env);
    expect(config.env).toBe('production');
    expect(config.port).toBe(8080);
    expect(config.bot).toMatchObject({
      appId: RUNTIME['identity.properties.clientId'],
      tenantId: RUNTIME['identity.properties.tenantId'],
      appType: 'UserAssignedMsi',
    });
    expect(config.tabSso).toMatchObject({
      clientId: DEV_ENV.AAD_APP_CLIENT_ID,
      tenantId: DEV_ENV.AAD_APP_TENANT_ID,
    });
    expect(config.publicUrl).toBe(`https://${RUNTIME['webApp.properties.defaultHostName']}`);
    expect(config.teamflame.apiUrl).toBe(DEV_ENV.TEAMFLAME_API_URL);
    expect(config.teamflame.webUrl).toBe(DEV_ENV.TEAMFLAME_WEB_URL);
    // "Open in tab" is a Teams deep link in the deployed app too.
    expect(config.teamsAppId).toBe(DEV_ENV.TEAMS_APP_ID);
    expect(config.pollIntervalSeconds).toBe(30);
    expect(config.tokenEncryptionKeys[0]).toEqual(Buffer.alloc(32, 7));
    expect(env.WEBSITE_RUN_FROM_PACKAGE).toBe('1');
  });

  it('builds DATABASE_URL so that a password with URL characters survives', () => {
    const url = new URL(appSettingsEnv().DATABASE_URL!);
    expect(url.protocol).toBe('postgres:');
    expect(url.hostname).toBe(RUNTIME['postgres.properties.fullyQualifiedDomainName']);
    expect(url.username).toBe(DEV_ENV.DATABASE_ADMIN_LOGIN);
    expect(decodeURIComponent(url.password)).toBe(DEV_ENV.SECRET_DATABASE_PASSWORD);
    expect(url.pathname).toBe(`/${DEV_ENV.DATABASE_NAME}`);
    expect(url.searchParams.get('sslmode')).toBe('require');
  });

  it('outputs what teamsapp.yml and the manifest read back, each listed in env/.env.dev', () => {
    const outputs = bicepOutputs(bicep);
    expect(outputs).toEqual(
      expect.arrayContaining([
        'BOT_AZURE_APP_SERVICE_RESOURCE_ID',
        'BOT_ID',
        'BOT_DOMAIN',
        'TAB_ENDPOINT',
        'TAB_DOMAIN',
      ]),
    );
    expect(placeholders(readText('teamsapp.yml'))).toContain('BOT_AZURE_APP_SERVICE_RESOURCE_ID');
    const devEnv = readEnvFile('env/.env.dev');
    expect(outputs.filter((name) => !devEnv.has(name))).toEqual([]);
  });
});
