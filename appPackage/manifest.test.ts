// The Teams manifest, with Teams Toolkit's ${{...}} placeholders filled with sample values, checked
// offline against the official schema bundled in @microsoft/app-manifest.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ManifestUtil } from '@microsoft/app-manifest';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';

const here = import.meta.dirname;
const require = createRequire(import.meta.url);

const SAMPLE: Record<string, string> = {
  TEAMS_APP_ID: '6c7b1f55-2a4e-4b8e-9f3c-1d2e3f4a5b6c',
  BOT_ID: '0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9',
  AAD_APP_CLIENT_ID: '11111111-2222-4333-8444-555555555555',
  TAB_ENDPOINT: 'https://teamflame-teams.azurewebsites.net',
  TAB_DOMAIN: 'teamflame-teams.azurewebsites.net',
  BOT_DOMAIN: 'teamflame-teams.azurewebsites.net',
  APP_NAME_SUFFIX: '',
};

function filledManifest(): Record<string, unknown> {
  const text = readFileSync(join(here, 'manifest.json'), 'utf8').replace(
    /\$\{\{(\w+)\}\}/g,
    (_, name: string) => {
      if (!(name in SAMPLE)) throw new Error(`no sample value for ${name}`);
      return SAMPLE[name]!;
    },
  );
  return JSON.parse(text) as Record<string, unknown>;
}

function bundledSchema(version: string): object {
  const path = require.resolve(
    `@microsoft/app-manifest/build/json-schemas/teams/v${version}/MicrosoftTeams.schema.json`,
  );
  // The published schema holds a "\a" escape that JSON does not allow; the package itself patches it so.
  return JSON.parse(readFileSync(path, 'utf8').replace(/\\a/g, '\\x07')) as object;
}

async function validate(manifest: Record<string, unknown>): Promise<string[]> {
  const version = String(manifest.manifestVersion);
  return ManifestUtil.validateManifestAgainstSchema(manifest as never, bundledSchema(version) as never);
}

describe('appPackage/manifest.json', () => {
  it('is valid against the official schema of its version', async () => {
    expect(await validate(filledManifest())).toEqual([]);
  });

  it('has the bot in personal, team and group chat, a personal tab and a configurable tab with inTeams=true', () => {
    const manifest = filledManifest() as {
      bots: { scopes: string[]; commandLists: { commands: { title: string }[] }[] }[];
      staticTabs: { contentUrl?: string }[];
      configurableTabs: { configurationUrl: string }[];
      webApplicationInfo: { id: string; resource: string };
    };
    expect(manifest.bots[0]!.scopes).toEqual(['personal', 'team', 'groupChat']);
    expect(manifest.bots[0]!.commandLists[0]!.commands.map((c) => c.title)).toEqual(
      expect.arrayContaining(['help', 'sign in', 'boards', 'my tasks', 'new']),
    );
    expect(manifest.staticTabs[0]!.contentUrl).toContain('?inTeams=true');
    expect(manifest.configurableTabs[0]!.configurationUrl).toContain('?inTeams=true');
    expect(manifest.webApplicationInfo.resource).toBe(
      `api://${SAMPLE.TAB_DOMAIN}/${SAMPLE.AAD_APP_CLIENT_ID}`,
    );
  });

  it.each([
    ['name', (m: Record<string, unknown>) => delete m.name],
    ['bots/0/botId', (m: Record<string, unknown>) => delete (m.bots as Record<string, unknown>[])[0]!.botId],
    ['id', (m: Record<string, unknown>) => (m.id = 'not-a-guid')],
  ])('fails when %s is removed or broken', async (field, breakIt) => {
    const manifest = filledManifest();
    breakIt(manifest);
    const errors = await validate(manifest);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join('\n')).toMatch(new RegExp(field.split('/').pop()!));
  });

  it('ships a 192×192 colour icon and a 32×32 white-on-transparent outline icon', () => {
    const color = PNG.sync.read(readFileSync(join(here, 'color.png')));
    expect([color.width, color.height]).toEqual([192, 192]);
    const outline = PNG.sync.read(readFileSync(join(here, 'outline.png')));
    expect([outline.width, outline.height]).toEqual([32, 32]);
    let transparent = 0;
    for (let i = 0; i < outline.data.length; i += 4) {
      const [r, g, b, a] = [outline.data[i], outline.data[i + 1], outline.data[i + 2], outline.data[i + 3]];
      if (a === 0) transparent++;
      else expect([r, g, b]).toEqual([255, 255, 255]);
    }
    expect(transparent).toBeGreaterThan(0);
  });
});
