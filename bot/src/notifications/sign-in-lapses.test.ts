// What a TeamFlame 401 does to the notifier: a blip keeps the follower's tokens (the client refreshes and
// the poll goes on, or fails and the next one does); only TeamFlame refusing the refresh drops them, and
// then the conversation is told once per lapse how to renew.
import type { LoggedRequest } from '@teamflame/sandbox';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { findInCard, startAppUnderTest, type AppUnderTest } from '../test-support/app-under-test.js';
import type { RecordedCall } from '../test-support/connector.js';
import { channel, teamsUser } from '../test-support/teams-activities.js';

let t: AppUnderTest;
const anna = teamsUser('Demo User');
const general = channel('General');
let boardId = '';
let columnId = '';
let ivanToken = '';
let demoId = '';

const fault = (spec: Record<string, unknown>) => t.sandboxCall('/__sandbox/faults', { body: spec });
const boardRead = () => `^/board/${boardId}$`;

async function createTaskDirectly(name: string): Promise<void> {
  await fetch(`${t.sandbox.url}/task/create`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${ivanToken}` },
    body: JSON.stringify({ name, columnId, boardId }),
  });
}

const inGeneral = (text: string) => (c: RecordedCall) =>
  c.conversationId === general.id && JSON.stringify(c.body).includes(text);
const cardsAbout = (name: string) => t.connector.calls.filter(inGeneral(name));
const renewals = () => t.connector.calls.filter(inGeneral('stopped: nobody who follows it'));
const storedTokens = () => t.db.database.tokens.get(demoId);

beforeAll(async () => {
  t = await startAppUnderTest();
  demoId = t.sandbox.demoUsers.find((u) => u.email === 'demo@teamflame.local')!.id;
  await t.install(anna, general);
  await t.press(anna, general, 'signIn', { email: 'demo@teamflame.local', password: 'demo' });
  const picker = await t.press(anna, general, 'boards.pick', {});
  boardId = (
    findInCard(picker, (n) => n.id === 'boardId')!.choices as { title: string; value: string }[]
  ).find((c) => c.title.endsWith('Спринт 14'))!.value;
  await t.press(anna, general, 'subscribe', { boardId });
  const ivan = await t.sandboxCall<{ tokens: { accessToken: { token: string } } }>('/auth/sign-in', {
    body: { email: 'ivan.petrov@teamflame.local', password: 'demo' },
  });
  ivanToken = ivan.tokens.accessToken.token;
  const columns = (await (
    await fetch(`${t.sandbox.url}/column/getByBoard/${boardId}`, {
      headers: { authorization: `Bearer ${ivanToken}` },
    })
  ).json()) as { id: string }[];
  columnId = columns[0]!.id;
});
afterAll(() => t?.close());

describe('a TeamFlame 401 blip', () => {
  it('keeps the tokens when the follower refreshes them elsewhere at the same moment', async () => {
    // Refresh tokens are single use. In a blip every use of the account gets its 401 at once: here the
    // poll's board read (slow, then one 401) and Anna's own turn in the bot, which refreshes first.
    await fault({ path: boardRead(), method: 'GET', latencyMs: 1500, status: 401 });
    await fault({ path: '^/board/boardsByUser$', method: 'GET', status: 401 });
    const before = await storedTokens();
    await t.sandboxCall('/__sandbox/requests', { method: 'DELETE' });
    await createTaskDirectly('Found after a blip');
    const polled = t.app.scheduler.tick();
    await vi.waitFor(
      async () => {
        const requests = await t.sandboxCall<LoggedRequest[]>('/__sandbox/requests');
        expect(requests.some((r) => r.path === `/board/${boardId}` && r.status === 0)).toBe(true);
      },
      { timeout: 10_000, interval: 50 },
    );
    await t.press(anna, general, 'boards.pick', {}); // Anna's turn: 401, refresh, stored
    await polled;
    // The poll and Anna's turn share the account's one live session: Anna's turn refreshed, and the poll
    // replayed its read with the new token instead of spending the old refresh token a second time.
    const refreshes = (await t.sandboxCall<LoggedRequest[]>('/__sandbox/requests')).filter(
      (r) => r.path === '/auth/refresh-token',
    );
    expect(refreshes.map((r) => r.status)).toEqual([200]);

    const after = await storedTokens();
    expect(after).toBeDefined();
    // The refresh token tells the sets apart: an access token issued in the same second as the one it
    // replaces can be the same string (whole seconds, no nonce).
    expect(after!.refreshToken).not.toBe(before!.refreshToken);
    expect(cardsAbout('Found after a blip')).toHaveLength(1);
    expect(renewals()).toHaveLength(0);
  });

  it('keeps the tokens when the 401 comes again right after a refresh that worked', async () => {
    await fault({ path: boardRead(), method: 'GET', status: 401, times: 2 });
    await createTaskDirectly('Found once the blip is over');
    await t.app.scheduler.tick(); // 401, refresh, 401 again: this poll fails
    expect(await storedTokens()).toBeDefined();
    await t.app.scheduler.tick();
    expect(cardsAbout('Found once the blip is over')).toHaveLength(1);
    expect(renewals()).toHaveLength(0);
  });
});

describe('when TeamFlame refuses the refresh', () => {
  /** The board read answers 401 and the refresh is refused: the sign-in has lapsed. */
  async function lapse(): Promise<void> {
    await fault({ path: boardRead(), method: 'GET', status: 401 });
    await fault({ path: '^/auth/refresh-token$', method: 'POST', status: 401 });
    await t.app.scheduler.tick();
    await t.app.scheduler.tick();
  }

  it('drops the tokens and tells the conversation once per lapse', async () => {
    await lapse();
    expect(await storedTokens()).toBeUndefined();
    expect(renewals()).toHaveLength(1);
    expect(JSON.stringify(renewals()[0]!.body)).toContain('Notifications for Спринт 14 stopped');

    // Signed in again, the board is followed again; a later lapse is told again, once.
    await t.press(anna, general, 'signIn', { email: 'demo@teamflame.local', password: 'demo' });
    await createTaskDirectly('Found after signing in again');
    await t.app.scheduler.tick();
    expect(cardsAbout('Found after signing in again')).toHaveLength(1);
    await lapse();
    expect(await storedTokens()).toBeUndefined();
    expect(renewals()).toHaveLength(2);
  });
});
