// The Teams Toolkit project files (teamsapp.yml, teamsapp.local.yml, aad.manifest.json, env/) against
// each other and against the Teams Toolkit v1.7 action shapes: each action with the inputs it takes, every
// ${{...}} placeholder declared in the environment it runs in, secrets only in the git-ignored user files.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../bot/src/config.js';
import { fill, placeholders, readEnvFile, readText, root } from './project-files.js';

interface Action {
  uses: string;
  name?: string;
  with?: Record<string, unknown>;
  writeToEnvironmentFile?: Record<string, string>;
}
interface ProjectFile {
  version: string;
  environmentFolderPath?: string;
  provision: Action[];
  deploy?: Action[];
  publish?: Action[];
}

/** Inputs (`with`) and outputs (`writeToEnvironmentFile`) of the v1.7 actions these files use. */
const ACTIONS: Record<string, { required: string[]; optional?: string[]; writes?: string[] }> = {
  'teamsApp/create': { required: ['name'], writes: ['teamsAppId'] },
  'aadApp/create': {
    required: ['name', 'generateClientSecret', 'signInAudience'],
    optional: ['serviceManagementReference', 'clientSecretExpireDays', 'clientSecretDescription'],
    writes: ['clientId', 'clientSecret', 'objectId', 'tenantId', 'authority', 'authorityHost'],
  },
  'aadApp/update': { required: ['manifestPath', 'outputFilePath'] },
  'botAadApp/create': { required: ['name'], writes: ['botId', 'botPassword'] },
  'botFramework/create': {
    required: ['botId', 'name', 'messagingEndpoint'],
    optional: ['description', 'iconUrl', 'channels'],
  },
  'arm/deploy': {
    required: ['subscriptionId', 'resourceGroupName', 'templates'],
    optional: ['bicepCliVersion'],
  },
  'teamsApp/validateManifest': { required: ['manifestPath'] },
  'teamsApp/zipAppPackage': { required: ['manifestPath', 'outputZipPath', 'outputFolder'] },
  'teamsApp/validateAppPackage': { required: ['appPackagePath'] },
  'teamsApp/update': { required: ['appPackagePath'] },
  'teamsApp/publishAppPackage': { required: ['appPackagePath'], writes: ['publishedAppId'] },
  'cli/runNpmCommand': { required: ['args'], optional: ['workingDirectory'] },
  'azureAppService/zipDeploy': {
    required: ['artifactFolder', 'resourceId'],
    optional: ['workingDirectory', 'ignoreFile', 'dryRun', 'outputZipFile'],
  },
  'file/createOrUpdateEnvironmentFile': { required: ['target', 'envs'] },
  script: { required: ['run'], optional: ['workingDirectory', 'shell', 'timeout', 'redirectTo'] },
};

const HEADER = '# yaml-language-server: $schema=https://aka.ms/teams-toolkit/v1.7/yaml.schema.json\n';
const load = (path: string) => parse(readText(path)) as ProjectFile;
const dev = load('teamsapp.yml');
const local = load('teamsapp.local.yml');
const actions = (file: ProjectFile) => [...file.provision, ...(file.deploy ?? []), ...(file.publish ?? [])];
const uses = (list: Action[] = []) => list.map((action) => action.uses);
const find = (list: Action[], name: string) => list.find((action) => action.uses === name)!;

describe.each([
  ['teamsapp.yml', dev],
  ['teamsapp.local.yml', local],
])('%s', (path, file) => {
  it('is a Teams Toolkit v1.7 project file with the schema comment the toolkit writes', () => {
    expect(readText(path).startsWith(HEADER)).toBe(true);
    expect(file.version).toBe('v1.7');
    expect(file.environmentFolderPath).toBe('./env');
  });

  it('gives each action exactly the inputs and outputs Teams Toolkit v1.7 defines', () => {
    for (const action of actions(file)) {
      const shape = ACTIONS[action.uses];
      expect(shape, `${action.uses} is a known action`).toBeDefined();
      expect(
        Object.keys(action).filter(
          (k) => !['uses', 'name', 'env', 'with', 'writeToEnvironmentFile'].includes(k),
        ),
      ).toEqual([]);
      const inputs = Object.keys(action.with ?? {});
      expect(
        shape!.required.filter((k) => !inputs.includes(k)),
        `${action.uses} inputs`,
      ).toEqual([]);
      expect(inputs.filter((k) => ![...shape!.required, ...(shape!.optional ?? [])].includes(k))).toEqual([]);
      for (const [output, variable] of Object.entries(action.writeToEnvironmentFile ?? {})) {
        expect(shape!.writes, `${action.uses} writes ${output}`).toContain(output);
        expect(variable.startsWith('SECRET_'), `${variable}`).toBe(/secret|password/i.test(output));
      }
    }
  });

  it('points at files that exist', () => {
    for (const action of actions(file)) {
      for (const key of ['manifestPath', 'ignoreFile'] as const) {
        const target = action.with?.[key];
        if (typeof target === 'string') expect(existsSync(join(root, target)), target).toBe(true);
      }
      for (const template of (action.with?.templates ?? []) as { path: string; parameters: string }[]) {
        expect(existsSync(join(root, template.path))).toBe(true);
        expect(existsSync(join(root, template.parameters))).toBe(true);
      }
    }
  });
});

describe('teamsapp.yml (Azure)', () => {
  it('provisions the Teams app, the tab SSO app and Azure, then updates and publishes the app package', () => {
    expect(uses(dev.provision)).toEqual([
      'teamsApp/create',
      'aadApp/create',
      'arm/deploy',
      'aadApp/update',
      'teamsApp/validateManifest',
      'teamsApp/zipAppPackage',
      'teamsApp/validateAppPackage',
      'teamsApp/update',
    ]);
    expect(find(dev.provision, 'aadApp/create').with).toMatchObject({
      generateClientSecret: true,
      signInAudience: 'AzureADMyOrg',
    });
    expect(find(dev.provision, 'aadApp/create').writeToEnvironmentFile).toMatchObject({
      clientId: 'AAD_APP_CLIENT_ID',
      clientSecret: 'SECRET_AAD_APP_CLIENT_SECRET',
      objectId: 'AAD_APP_OBJECT_ID',
      tenantId: 'AAD_APP_TENANT_ID',
    });
    expect(find(dev.provision, 'arm/deploy').with?.templates).toEqual([
      expect.objectContaining({ path: './infra/azure.bicep', parameters: './infra/azure.parameters.json' }),
    ]);
    expect(find(dev.provision, 'aadApp/update').with?.manifestPath).toBe('./aad.manifest.json');
  });

  it('deploys with npm ci, a build, and a zip deploy to the App Service from arm/deploy', () => {
    expect((dev.deploy ?? []).map((a) => [a.uses, a.with?.args ?? a.with?.resourceId])).toEqual([
      ['cli/runNpmCommand', 'ci'],
      ['cli/runNpmCommand', 'run build'],
      ['azureAppService/zipDeploy', '${{BOT_AZURE_APP_SERVICE_RESOURCE_ID}}'],
    ]);
    expect(find(dev.deploy!, 'azureAppService/zipDeploy').with).toMatchObject({
      artifactFolder: '.',
      ignoreFile: '.webappignore',
    });
  });
});

describe('teamsapp.local.yml (local debugging)', () => {
  it('registers its own bot against the tunnel, besides the Teams app and the tab SSO app', () => {
    expect(uses(local.provision)).toEqual([
      'script',
      'teamsApp/create',
      'aadApp/create',
      'botAadApp/create',
      'botFramework/create',
      'aadApp/update',
      'teamsApp/validateManifest',
      'teamsApp/zipAppPackage',
      'teamsApp/validateAppPackage',
      'teamsApp/update',
    ]);
    expect(find(local.provision, 'botAadApp/create').writeToEnvironmentFile).toEqual({
      botId: 'BOT_ID',
      botPassword: 'SECRET_BOT_PASSWORD',
    });
    expect(find(local.provision, 'botFramework/create').with).toMatchObject({
      botId: '${{BOT_ID}}',
      messagingEndpoint: '${{BOT_ENDPOINT}}/api/messages',
      channels: [{ name: 'msteams' }],
    });
    expect(find(local.provision, 'script').with?.run).toMatch(
      /set-teamsfx-env TAB_ENDPOINT=\$\{\{BOT_ENDPOINT\}\}/,
    );
  });

  it('writes the server variables to .localConfigs, which the server accepts', () => {
    const step = find(local.deploy ?? [], 'file/createOrUpdateEnvironmentFile');
    expect(step.with?.target).toBe('./.localConfigs');
    const envs = step.with?.envs as Record<string, string>;
    expect(Object.keys(envs).sort()).toEqual(
      [
        'PORT',
        'DATABASE_URL',
        'TEAMFLAME_API_URL',
        'TEAMFLAME_AUTH_URL',
        'POLL_INTERVAL_SECONDS',
        'LOG_LEVEL',
        'PUBLIC_URL',
        'BOT_ID',
        'BOT_PASSWORD',
        'BOT_TENANT_ID',
        'AAD_APP_CLIENT_ID',
        'AAD_APP_TENANT_ID',
        'TOKEN_ENCRYPTION_KEY',
        'SESSION_SECRET',
        'TEAMS_APP_ID',
      ].sort(),
    );
    // env/.env.local as provisioned, with a fresh env/.env.local.user copied from its sample.
    const provisioned: Record<string, string> = {
      ...Object.fromEntries(readEnvFile('env/.env.local')),
      ...Object.fromEntries(readEnvFile('env/.env.local.user.sample')),
      BOT_ID: '0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9',
      SECRET_BOT_PASSWORD: 'generated-by-botAadApp',
      TEAMS_APP_TENANT_ID: '66666666-7777-4888-9999-000000000000',
      TAB_ENDPOINT: 'https://abcd-3978.euw.devtunnels.ms',
      AAD_APP_CLIENT_ID: '11111111-2222-4333-8444-555555555555',
      AAD_APP_TENANT_ID: '66666666-7777-4888-9999-000000000000',
      TEAMS_APP_ID: '22222222-3333-4444-8555-666666666666',
    };
    const written = Object.fromEntries(
      Object.entries(envs).map(([k, v]) => [k, fill(String(v), provisioned)]),
    );
    // Empty secrets make the server generate development keys: into a directory of this test's own.
    const dataDir = mkdtempSync(join(tmpdir(), 'teamflame-localconfigs-'));
    const config = loadConfig({ ...written, DATA_DIR: dataDir });
    rmSync(dataDir, { recursive: true, force: true });
    expect(config.port).toBe(3978);
    expect(config.databaseUrl).toBeUndefined(); // PGlite
    expect(config.bot).toMatchObject({
      appId: provisioned.BOT_ID,
      tenantId: provisioned.TEAMS_APP_TENANT_ID,
    });
    expect(config.publicUrl).toBe(provisioned.TAB_ENDPOINT);
    expect(config.logLevel).toBe('debug');
  });
});

describe('environment files', () => {
  const groups: [string, string[]][] = [
    ['dev', ['teamsapp.yml', 'infra/azure.parameters.json', 'appPackage/manifest.json', 'aad.manifest.json']],
    ['local', ['teamsapp.local.yml', 'appPackage/manifest.json', 'aad.manifest.json']],
  ];

  it.each(groups)('declare every placeholder the %s environment resolves', (env, files) => {
    const declared = new Set([
      ...readEnvFile(`env/.env.${env}`).keys(),
      ...readEnvFile(`env/.env.${env}.user.sample`).keys(),
    ]);
    const missing = files.flatMap((file) =>
      placeholders(readText(file))
        .filter((name) => !declared.has(name))
        .map((name) => `${file}: ${name}`),
    );
    expect(missing).toEqual([]);
  });

  it.each(['dev', 'local'])(
    'keep the %s secrets out of git: SECRET_ names only in the ignored .user file',
    (env) => {
      expect(
        [...readEnvFile(`env/.env.${env}`).keys()].filter((name) => /SECRET|PASSWORD/.test(name)),
      ).toEqual([]);
      const sample = readEnvFile(`env/.env.${env}.user.sample`);
      expect([...sample.keys()].sort()).toEqual([
        'SECRET_AAD_APP_CLIENT_SECRET',
        'SECRET_BOT_PASSWORD',
        'SECRET_DATABASE_PASSWORD',
        'SECRET_SESSION_SECRET',
        'SECRET_TOKEN_ENCRYPTION_KEY',
      ]);
      expect([...sample.values()].every((value) => value === '')).toBe(true);
      const ignored = spawnSync('git', ['check-ignore', '-q', `env/.env.${env}.user`], { cwd: root });
      expect(ignored.status).toBe(0);
    },
  );

  it('list the server variables of design.md §3 in both environments', () => {
    for (const env of ['dev', 'local']) {
      const names = [...readEnvFile(`env/.env.${env}`).keys()];
      expect(names).toEqual(
        expect.arrayContaining([
          'PORT',
          'DATABASE_URL',
          'TEAMFLAME_API_URL',
          'TEAMFLAME_AUTH_URL',
          'POLL_INTERVAL_SECONDS',
          'LOG_LEVEL',
          'PUBLIC_URL',
        ]),
      );
      expect(names).toEqual(
        expect.arrayContaining([
          'TEAMSFX_ENV',
          'APP_NAME_SUFFIX',
          'TEAMS_APP_ID',
          'BOT_ID',
          'BOT_DOMAIN',
          'BOT_ENDPOINT',
          'TAB_DOMAIN',
          'TAB_ENDPOINT',
          'AAD_APP_CLIENT_ID',
        ]),
      );
    }
    expect([...readEnvFile('env/.env.dev').keys()]).toEqual(
      expect.arrayContaining(['AZURE_SUBSCRIPTION_ID', 'AZURE_RESOURCE_GROUP_NAME', 'RESOURCE_SUFFIX']),
    );
  });
});

describe('aad.manifest.json (the tab SSO app)', () => {
  interface AadManifest {
    signInAudience: string;
    identifierUris: string[];
    oauth2Permissions: { value: string; id: string; type: string; isEnabled: boolean }[];
    preAuthorizedApplications: { appId: string; permissionIds: string[] }[];
    replyUrlsWithType: { url: string; type: string }[];
  }
  const aad = JSON.parse(readText('aad.manifest.json')) as AadManifest;

  it('exposes access_as_user under the URI the Teams manifest names as its SSO resource', () => {
    expect(aad.signInAudience).toBe('AzureADMyOrg');
    expect(aad.oauth2Permissions).toEqual([
      expect.objectContaining({
        value: 'access_as_user',
        id: '${{AAD_APP_ACCESS_AS_USER_PERMISSION_ID}}',
        type: 'User',
        isEnabled: true,
      }),
    ]);
    const manifest = JSON.parse(readText('appPackage/manifest.json')) as {
      webApplicationInfo: { resource: string };
    };
    expect(aad.identifierUris).toEqual(['api://${{TAB_DOMAIN}}/${{AAD_APP_CLIENT_ID}}']);
    expect(manifest.webApplicationInfo.resource).toBe(aad.identifierUris[0]);
  });

  it('pre-authorizes the Teams, Office and Outlook clients for access_as_user', () => {
    const clients = [
      '1fec8e78-bce4-4aaf-ab1b-5451cc387264', // Teams desktop and mobile
      '5e3ce6c0-2b1f-4285-8d4b-75ee78787346', // Teams web
      '4765445b-32c6-49b0-83e6-1d93765276ca', // Office web
      '0ec893e0-5785-4de6-99da-4ed124e5296c', // Office desktop
      'd3590ed6-52b3-4102-aeff-aad2292ab01c', // Outlook desktop, Office mobile
      'bc59ab01-8403-45c6-8796-ac3ef710b3e3', // Outlook web
      '27922004-5251-4030-b22d-91ecd9a37ea4', // Outlook mobile
    ];
    const authorized = new Map(aad.preAuthorizedApplications.map((app) => [app.appId, app.permissionIds]));
    for (const client of clients)
      expect(authorized.get(client), client).toEqual(['${{AAD_APP_ACCESS_AS_USER_PERMISSION_ID}}']);
  });

  it('redirects sign-in back to the tab', () => {
    expect(aad.replyUrlsWithType.map((r) => r.url).every((url) => url.startsWith('${{TAB_ENDPOINT}}/'))).toBe(
      true,
    );
    expect(aad.replyUrlsWithType).toContainEqual({ url: '${{TAB_ENDPOINT}}/auth-end.html', type: 'Web' });
  });
});
