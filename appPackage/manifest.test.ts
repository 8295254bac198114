// The Teams manifest and its Russian localization, with Teams Toolkit's ${{...}} placeholders filled with
// sample values, checked against the official schemas bundled in @microsoft/app-manifest (offline: the
// package loads developer.microsoft.com schema URLs from its own copy), plus the icons' sizes and colours.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { AppManifestUtils } from '@microsoft/app-manifest';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { parseCommand } from '../bot/src/bot/commands/parse-command.js';

type Json = Record<string, unknown>;
type Schema = Awaited<ReturnType<typeof AppManifestUtils.fetchSchema>>;

const here = import.meta.dirname;
const schemasDir = join(
  dirname(createRequire(import.meta.url).resolve('@microsoft/app-manifest/package.json')),
  'build/json-schemas/teams',
);

const SAMPLE: Record<string, string> = {
  TEAMS_APP_ID: '6c7b1f55-2a4e-4b8e-9f3c-1d2e3f4a5b6c',
  BOT_ID: '0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9',
  AAD_APP_CLIENT_ID: '11111111-2222-4333-8444-555555555555',
  TAB_ENDPOINT: 'https://teamflame-teams.azurewebsites.net',
  TAB_DOMAIN: 'teamflame-teams.azurewebsites.net',
  APP_NAME_SUFFIX: 'dev',
};

function filled(file: string): Json {
  const text = readFileSync(join(here, file), 'utf8').replace(/\$\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = SAMPLE[name];
    if (value === undefined) throw new Error(`no sample value for ${name}`);
    return value;
  });
  return JSON.parse(text) as Json;
}

/** Bundled Teams schema versions, oldest first: v1.0 … v1.x (vDevPreview left out). */
function bundledVersions(): string[] {
  return readdirSync(schemasDir)
    .filter((name) => /^v1\.\d+$/.test(name))
    .map((name) => name.slice(1))
    .sort((a, b) => Number(a.split('.')[1]) - Number(b.split('.')[1]));
}

/** The package's own loader, made to prove it reads the bundled copy and not the network. */
async function bundledSchema(url: string): Promise<Schema> {
  const path = new URL(url).pathname.replace(/^\/([a-z]{2}-[a-z]{2}\/)?json-schemas\/teams\//, '');
  expect(existsSync(join(schemasDir, path)), `${path} is bundled`).toBe(true);
  const schema = await AppManifestUtils.fetchSchema(url);
  // The localization schema writes a literal "]" unescaped (`\[\b(…)\b]`), which ajv's Unicode regular
  // expressions refuse; escaping it keeps the meaning (the package patches "\a" and "\v" the same way).
  return JSON.parse(JSON.stringify(schema).replaceAll('\\\\b]', '\\\\b\\\\]')) as Schema;
}

async function validate(document: Json): Promise<string[]> {
  const schema = await bundledSchema(String(document.$schema));
  return AppManifestUtils.validateAgainstSchema(document as never, schema);
}

interface Manifest {
  manifestVersion: string;
  $schema: string;
  bots: { botId: string; scopes: string[]; commandLists: { scopes: string[]; commands: Command[] }[] }[];
  staticTabs: { entityId: string; contentUrl?: string; websiteUrl?: string; scopes: string[] }[];
  configurableTabs: { configurationUrl: string; scopes: string[]; canUpdateConfiguration: boolean }[];
  composeExtensions: {
    botId: string;
    commands: { id: string; type: string; title: string; context: string[]; fetchTask?: boolean }[];
    messageHandlers: { type: string; value: { domains: string[] } }[];
  }[];
  validDomains: string[];
  webApplicationInfo: { id: string; resource: string };
  developer: { privacyUrl: string; termsOfUseUrl: string };
  localizationInfo: { additionalLanguages: { languageTag: string; file: string }[] };
}
interface Command {
  title: string;
  description: string;
}

const manifest = () => filled('manifest.json') as unknown as Manifest;

describe('appPackage/manifest.json', () => {
  it('uses the newest manifest schema bundled in @microsoft/app-manifest', () => {
    const newest = bundledVersions().at(-1);
    expect(bundledVersions().length).toBeGreaterThan(20);
    expect(manifest().manifestVersion).toBe(newest);
    expect(manifest().$schema).toBe(
      `https://developer.microsoft.com/en-us/json-schemas/teams/v${newest}/MicrosoftTeams.schema.json`,
    );
  });

  it('is valid against the official schema', async () => {
    expect(await validate(filled('manifest.json'))).toEqual([]);
  });

  it.each([
    ['the app name', (m: Json) => delete m.name, '', "must have required property 'name'"],
    [
      'the bot id',
      (m: Json) => delete (m.bots as Json[])[0]!.botId,
      '/bots/0',
      "must have required property 'botId'",
    ],
    [
      'the developer privacy URL',
      (m: Json) => delete (m.developer as Json).privacyUrl,
      '/developer',
      "must have required property 'privacyUrl'",
    ],
  ])('is rejected without %s', async (_, remove, path, message) => {
    const broken = filled('manifest.json');
    remove(broken);
    const errors = await validate(broken);
    expect(errors).toContainEqual(expect.stringMatching(new RegExp(`^${path} ${message}`)));
  });

  it('is rejected with an app id that is not a GUID', async () => {
    const broken = { ...filled('manifest.json'), id: 'not-a-guid' };
    expect((await validate(broken)).join('\n')).toMatch(/^\/id must match pattern/m);
  });

  it('has the bot in personal, team and group chat with the text commands the bot understands', () => {
    const [bot] = manifest().bots;
    expect(bot!.scopes).toEqual(['personal', 'team', 'groupChat']);
    // Teams shows at most 10 commands per list: the personal stream is offered where it is delivered.
    expect(bot!.commandLists.map((list) => list.scopes)).toEqual([['personal'], ['team', 'groupChat']]);
    const [personal, shared] = bot!.commandLists.map((list) => list.commands);
    const everywhere = ['help', 'sign in', 'sign out', 'boards', 'board', 'my tasks'];
    const following = ['new', 'subscribe', 'unsubscribe'];
    expect(personal!.map((c) => c.title)).toEqual([...everywhere, 'follow my tasks', ...following]);
    expect(shared!.map((c) => c.title)).toEqual([...everywhere, ...following]);
    for (const commands of [personal!, shared!]) {
      const understood = commands.map((c) => parseCommand(c.title).name);
      expect(understood).not.toContain('unknown');
      expect(new Set(understood).size).toBe(commands.length);
      expect(commands.find((c) => c.title === 'new')!.description).toMatch(/^new <title>/);
    }
  });

  it('has a personal board tab and a configurable channel tab, both opened with ?inTeams=true', () => {
    const m = manifest();
    const board = m.staticTabs.find((tab) => tab.entityId === 'board')!;
    expect(board.contentUrl).toBe(`${SAMPLE.TAB_ENDPOINT}/?inTeams=true#/board`);
    expect(board.scopes).toEqual(['personal']);
    expect(m.configurableTabs).toEqual([
      expect.objectContaining({
        configurationUrl: `${SAMPLE.TAB_ENDPOINT}/?inTeams=true#/config`,
        scopes: ['team', 'groupChat'],
        canUpdateConfiguration: true,
      }),
    ]);
    expect(m.developer.privacyUrl).toBe(`${SAMPLE.TAB_ENDPOINT}/#/privacy`);
    expect(m.developer.termsOfUseUrl).toBe(`${SAMPLE.TAB_ENDPOINT}/#/terms`);
  });

  it('has a message extension: create a task from a message, find a task, unfurl TeamFlame links', () => {
    const [extension] = manifest().composeExtensions;
    expect(extension!.botId).toBe(SAMPLE.BOT_ID);
    expect(extension!.commands).toEqual([
      expect.objectContaining({
        type: 'action',
        title: 'Create task from this message',
        context: ['message', 'compose'],
        fetchTask: true,
      }),
      // Run with nothing typed when opened: the person's open tasks.
      expect.objectContaining({ type: 'query', title: 'Find a task', initialRun: true }),
    ]);
    // The tab's own task links and TeamFlame's web links are unfurled.
    expect(extension!.messageHandlers).toEqual([
      { type: 'link', value: { domains: [SAMPLE.TAB_DOMAIN, 'teamflame.ru', '*.teamflame.ru'] } },
    ]);
  });

  it('allows its own domains and declares the tab SSO app', () => {
    const m = manifest();
    // One server serves the bot and the tab: its one domain, listed once.
    expect(m.validDomains).toEqual([SAMPLE.TAB_DOMAIN, 'teamflame.ru', '*.teamflame.ru']);
    expect(m.webApplicationInfo).toEqual({
      id: SAMPLE.AAD_APP_CLIENT_ID,
      resource: `api://${SAMPLE.TAB_DOMAIN}/${SAMPLE.AAD_APP_CLIENT_ID}`,
    });
  });
});

describe('appPackage/ru-ru.json', () => {
  const russian = () => filled('ru-ru.json');

  it('is the manifest’s only additional language and valid against the localization schema', async () => {
    expect(manifest().localizationInfo.additionalLanguages).toEqual([
      { languageTag: 'ru-ru', file: 'ru-ru.json' },
    ]);
    const schemaVersion = /\/v(1\.\d+)\//.exec(String(russian().$schema))?.[1];
    expect(schemaVersion).toBe(manifest().manifestVersion);
    expect(await validate(russian())).toEqual([]);
  });

  it('is rejected without a short name', async () => {
    const { 'name.short': _, ...broken } = russian();
    expect(await validate(broken)).toContainEqual(
      expect.stringMatching(/must have required property 'name\.short'/),
    );
  });

  it('translates every command to a Russian word the bot reads as the same command', () => {
    const ru = russian();
    manifest().bots[0]!.commandLists.forEach((list, l) =>
      list.commands.forEach((command, i) => {
        const title = ru[`bots[0].commandLists[${l}].commands[${i}].title`];
        expect(typeof title, `command ${l}/${i} has a Russian title`).toBe('string');
        expect(parseCommand(String(title)).name).toBe(parseCommand(command.title).name);
        expect(ru[`bots[0].commandLists[${l}].commands[${i}].description`]).toEqual(expect.any(String));
      }),
    );
    expect(ru['composeExtensions[0].commands[0].title']).toBe('Создать задачу из сообщения');
    expect(ru['composeExtensions[0].commands[1].title']).toBe('Найти задачу');
  });
});

describe('app icons', () => {
  const read = (file: string) => PNG.sync.read(readFileSync(join(here, file)));

  it('color.png is 192×192, opaque, on a solid background, in several colours', () => {
    const color = read('color.png');
    expect([color.width, color.height]).toEqual([192, 192]);
    const colours = new Set<string>();
    for (let i = 0; i < color.data.length; i += 4) {
      expect(color.data[i + 3]).toBe(255);
      colours.add(color.data.subarray(i, i + 3).join(','));
    }
    expect(colours.size).toBeGreaterThan(10);
    const corner = (x: number, y: number) =>
      color.data.subarray((y * 192 + x) * 4, (y * 192 + x) * 4 + 3).join(',');
    expect(new Set([corner(0, 0), corner(191, 0), corner(0, 191), corner(191, 191)]).size).toBe(1);
  });

  it('outline.png is 32×32 and only white, on a transparent background', () => {
    const outline = read('outline.png');
    expect([outline.width, outline.height]).toEqual([32, 32]);
    let transparent = 0;
    let opaque = 0;
    for (let i = 0; i < outline.data.length; i += 4) {
      const alpha = outline.data[i + 3]!;
      if (alpha === 0) transparent++;
      else expect([...outline.data.subarray(i, i + 3)]).toEqual([255, 255, 255]);
      if (alpha === 255) opaque++;
    }
    expect(transparent).toBeGreaterThan(100);
    expect(opaque).toBeGreaterThan(100);
    expect(outline.data[3]).toBe(0); // a corner: the background itself is transparent
  });
});
