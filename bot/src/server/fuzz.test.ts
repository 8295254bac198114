// Property-based fuzzing of everything that reaches the server from outside: Bot Framework activities,
// card invoke payloads, the tab API's bodies and path parameters, and paths under the static tab. Whatever
// arrives, the answer is never a 5xx, the process never crashes, and the server still answers afterwards.
import { randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { paramNames, routes } from '@teamflame/contract';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionSchemas } from '../bot/cards/actions.js';
import { builtTab } from '../test-support/built-tab.js';
import { startAppUnderTest, type AppUnderTest } from '../test-support/app-under-test.js';
import {
  cardActionInvoke,
  channel,
  messageActivity,
  personalChat,
  postActivity,
  teamsUser,
} from '../test-support/teams-activities.js';

const RUNS = 500;
let t: AppUnderTest;
const user = teamsUser('Demo User');
const chat = personalChat(user);
const ids = { boardId: '', columnId: '', taskId: '', conversationId: chat.id };
let sessionToken = '';

beforeAll(async () => {
  t = await startAppUnderTest({ env: { TAB_DIST_DIR: builtTab() } });
  await t.press(user, chat, 'signIn', { email: 'demo@teamflame.local', password: 'demo' });
  const signIn = await fetch(`${t.url}/api/auth/signin`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'demo@teamflame.local', password: 'demo' }),
  });
  sessionToken = ((await signIn.json()) as { sessionToken: string }).sessionToken;
  const boards = (await api('GET', '/api/boards')).body as { id: string }[];
  ids.boardId = boards[0]!.id;
  const board = (await api('GET', `/api/boards/${ids.boardId}`)).body as {
    columns: { id: string; tasks: { id: string }[] }[];
  };
  ids.columnId = board.columns[0]!.id;
  ids.taskId = board.columns.flatMap((c) => c.tasks)[0]!.id;
}, 120_000);
afterAll(() => t?.close());

async function api(method: string, path: string, body?: unknown, raw?: string) {
  const response = await fetch(`${t.url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${sessionToken}`,
      ...(body !== undefined || raw !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    body: raw ?? (body === undefined ? undefined : JSON.stringify(body)),
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // not JSON
  }
  return { status: response.status, body: parsed };
}

/** GET with the path sent byte for byte (fetch would normalize it). */
function rawGet(path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(`${t.url}/`, { path, method: 'GET' }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

async function stillServing(): Promise<void> {
  expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
  expect((await fetch(`${t.url}/readyz`)).status).toBe(200);
  const help = messageActivity({ serviceUrl: t.connector.url, from: user, conversation: chat, text: 'help' });
  expect((await postActivity(t.url, help)).status).toBe(200);
  expect((await fetch(`${t.url}/`)).status).toBe(200);
}

/** Mostly-real values with hostile ones mixed in: a fuzzer that only sends garbage never gets past parsing. */
const idLike = () =>
  fc.oneof(
    fc.constantFrom(ids.boardId, ids.columnId, ids.taskId),
    fc.string(),
    fc.stringMatching(/^[0-9a-f]{24}$/),
    fc.constantFrom('', '..', '%00', '\u0000', ' ', "'; DROP TABLE users; --", 'x'.repeat(5000)),
  );
const text = () =>
  fc.oneof(
    fc.string(),
    fc.string({ unit: 'grapheme' }),
    fc.constantFrom(
      'help',
      'sign in',
      'sign out',
      'boards',
      'board',
      'my tasks',
      'new Fuzz task',
      'subscribe',
    ),
    fc.constantFrom('помощь', 'доски', 'мои задачи', '<at>TeamFlame</at> help', '[x](https://evil.example)'),
  );
const anyValue = () => fc.oneof(fc.jsonValue(), idLike(), text(), fc.constant(undefined));

describe('fuzzing', () => {
  it(`activities (${RUNS} cases)`, async () => {
    const activity = fc.record(
      {
        type: fc.oneof(
          fc.constantFrom('message', 'invoke', 'conversationUpdate', 'installationUpdate', 'event', 'typing'),
          fc.string(),
          fc.jsonValue(),
        ),
        text: text(),
        name: fc.oneof(
          fc.constantFrom(
            'adaptiveCard/action',
            'task/fetch',
            'composeExtension/query',
            'signin/verifyState',
          ),
          fc.string(),
        ),
        value: fc.jsonValue(),
        locale: fc.oneof(fc.constantFrom('en-US', 'ru-RU', 'ru'), fc.string()),
        entities: fc.array(fc.jsonValue(), { maxLength: 3 }),
        membersAdded: fc.array(fc.record({ id: fc.string(), name: fc.string() }), { maxLength: 3 }),
        channelData: fc.jsonValue(),
        replyToId: fc.string(),
        action: fc.constantFrom('add', 'remove', 'x'),
        conversation: fc.oneof(
          fc.constant(chat),
          fc.constant(channel('Fuzz')),
          fc.record({ id: fc.string(), conversationType: fc.string() }),
        ),
        from: fc.oneof(fc.constant(user), fc.record({ id: fc.string(), aadObjectId: fc.string() })),
        timestamp: fc.oneof(
          fc.string(),
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
        ),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(activity, async (overrides) => {
        const base = messageActivity({
          serviceUrl: t.connector.url,
          from: user,
          conversation: chat,
          text: 'help',
        });
        const response = await postActivity(t.url, { ...base, ...overrides });
        expect(response.status, JSON.stringify(overrides).slice(0, 500)).toBeLessThan(500);
      }),
      { numRuns: RUNS },
    );
    await stillServing();
  }, 600_000);

  it(`card invoke payloads (${RUNS} cases)`, async () => {
    const verbs = Object.keys(actionSchemas);
    const data = fc.record(
      {
        boardId: idLike(),
        columnId: idLike(),
        taskId: idLike(),
        id: idLike(),
        view: fc.oneof(fc.constantFrom('task', 'board'), fc.string()),
        name: text(),
        description: text(),
        comment: text(),
        assigneeIds: fc.oneof(fc.string(), fc.array(fc.string())),
        dueDate: fc.oneof(
          fc.string(),
          fc.date().map((d) => String(d)),
        ),
        clear: fc.jsonValue(),
        actionId: fc.oneof(fc.uuid(), fc.string()),
        resume: fc.oneof(
          fc.string(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        extra: anyValue(),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...verbs) }, { weight: 1, arbitrary: fc.string() }),
        fc.oneof({ weight: 4, arbitrary: data }, { weight: 1, arbitrary: fc.jsonValue() }),
        async (verb, payload) => {
          // Sign-out and sign-in with made-up credentials would leave the rest of the run signed out.
          if (verb === 'signOut' || verb === 'signIn') return;
          const invoke = cardActionInvoke({
            serviceUrl: t.connector.url,
            from: user,
            conversation: chat,
            verb,
            data: {},
            replyToId: randomUUID(),
          });
          // The payload as sent, not as the helper would shape it: arrays, nulls and strings too.
          const response = await postActivity(t.url, {
            ...invoke,
            value: { action: { type: 'Action.Execute', verb, data: payload } },
          });
          expect(response.status, `${verb} ${JSON.stringify(payload).slice(0, 500)}`).toBeLessThan(500);
        },
      ),
      { numRuns: RUNS },
    );
    await stillServing();
  }, 600_000);

  it(`tab API bodies and path parameters (${RUNS} cases)`, async () => {
    // Every route of the contract except sign-out, which would end the session the run uses.
    const specs = Object.values(routes).filter((r) => r.path !== '/api/auth/signout');
    const body = fc.oneof(
      fc.jsonValue(),
      fc.record(
        {
          name: text(),
          title: text(),
          description: text(),
          columnId: idLike(),
          boardId: idLike(),
          projectId: idLike(),
          spaceId: idLike(),
          assigneeIds: fc.oneof(fc.array(idLike(), { maxLength: 3 }), anyValue()),
          dueDate: fc.oneof(
            fc.string(),
            fc.constant(null),
            fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
          ),
          priority: fc.oneof(fc.constantFrom('low', 'middle', 'high', ''), fc.string()),
          text: text(),
          email: fc.oneof(fc.emailAddress(), fc.string()),
          password: fc.string(),
        },
        { requiredKeys: [] },
      ),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...specs),
        fc.array(idLike(), { minLength: 3, maxLength: 3 }),
        body,
        fc.boolean(),
        async (spec, values, payload, brokenJson) => {
          let path: string = spec.path;
          paramNames(spec.path).forEach((name, i) => {
            path = path.replace(`:${name}`, encodeURIComponent(values[i]!));
          });
          const hasBody = spec.method !== 'GET' && spec.method !== 'DELETE';
          const raw = hasBody && brokenJson ? JSON.stringify(payload).slice(0, -1) : undefined;
          const response = await api(spec.method, path, hasBody ? payload : undefined, raw);
          expect(
            response.status,
            `${spec.method} ${path} ${JSON.stringify(payload).slice(0, 300)}`,
          ).toBeLessThan(500);
        },
      ),
      { numRuns: RUNS },
    );
    await stillServing();
  }, 600_000);

  it(`paths under the static tab (${RUNS} cases)`, async () => {
    const segment = fc.oneof(
      fc.string({ unit: fc.constantFrom(...'abc./\\%0123456789ABCDEFxX~-_ ?#'.split('')) }),
      fc.constantFrom('%00', '%2e%2e', '..', '%2F', '%E0%A4%A', '%ff', '%C0%AE', 'index.html', 'assets'),
      fc.string({ unit: 'binary' }).map((s) => encodeURIComponent(s)),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(segment, { minLength: 1, maxLength: 5 }), async (segments) => {
        const path = `/${segments.join('/')}`.replace(/[^\x21-\x7e]/g, (c) => encodeURIComponent(c));
        const status = await rawGet(path);
        expect(status, path).toBeLessThan(500);
        expect(status, path).toBeGreaterThan(0);
      }),
      { numRuns: RUNS },
    );
    await stillServing();
  }, 600_000);
});
