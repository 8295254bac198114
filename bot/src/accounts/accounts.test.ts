// Signing in and out, per place, and one live TeamFlame session per account: over HTTP, as Teams and the tab
// use the server, against the sandbox.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardText, startAppUnderTest, type AppUnderTest } from '../test-support/app-under-test.js';
import { personalChat, teamsUser } from '../test-support/teams-activities.js';

let t: AppUnderTest;
const demo = { email: 'demo@teamflame.local', password: 'demo' };

async function api(path: string, token: string, method = 'GET') {
  const response = await fetch(`${t.url}${path}`, { method, headers: { authorization: `Bearer ${token}` } });
  return response.status;
}

async function browserSignIn(): Promise<string> {
  const response = await fetch(`${t.url}/api/auth/signin`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(demo),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { sessionToken: string }).sessionToken;
}

const requestsTo = async (path: string) =>
  (await t.sandboxCall<{ method: string; path: string; status: number }[]>('/__sandbox/requests')).filter(
    (r) => r.path === path,
  );

beforeAll(async () => {
  // Access tokens live 62–63 s (the sandbox rounds their issue time up to the second): the client renews a
  // token in its last 60 s, so after 3 s every token is due.
  t = await startAppUnderTest({ sandboxTokenTtl: 62 });
});
afterAll(() => t?.close());

describe('signing out signs out the place where it was done', () => {
  it('keeps the chat signed out when the same account signs in to the tab in another browser', async () => {
    const anna = teamsUser('Anna');
    const chat = personalChat(anna);
    await t.press(anna, chat, 'signIn', demo);
    expect(cardText(await t.say(anna, chat, 'boards'))).toContain('Choose a board');
    await t.say(anna, chat, 'sign out');
    const browser = await browserSignIn();
    expect(await api('/api/boards', browser)).toBe(200);
    // The chat is still signed out: it is asked to sign in, not shown boards.
    const asked = await t.press(anna, chat, 'boards.pick', {});
    expect(cardText(asked)).toContain('password');
    expect(cardText(asked)).not.toContain('Choose a board');
  });

  it('keeps the chat and other browsers signed in when one browser signs out', async () => {
    const boris = teamsUser('Boris');
    const chat = personalChat(boris);
    await t.press(boris, chat, 'signIn', demo);
    const first = await browserSignIn();
    const second = await browserSignIn();
    expect(await api('/api/auth/signout', first, 'POST')).toBe(204);
    expect(await api('/api/boards', first)).toBe(401);
    expect(await api('/api/boards', second)).toBe(200);
    expect(cardText(await t.press(boris, chat, 'boards.pick', {}))).toContain('Choose a board');
    // The last browser session ending leaves the chat signed in too: the account's tokens stay.
    expect(await api('/api/auth/signout', second, 'POST')).toBe(204);
    expect(cardText(await t.press(boris, chat, 'boards.pick', {}))).toContain('Choose a board');
  });
});

describe('one live session per TeamFlame account', () => {
  it('refreshes a due access token once for ten concurrent requests of one user', async () => {
    const token = await browserSignIn();
    expect(await api('/api/boards', token)).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 3500)); // the access token is due for renewal
    await t.sandboxCall('/__sandbox/requests', { method: 'DELETE' });
    const statuses = await Promise.all(Array.from({ length: 10 }, () => api('/api/boards', token)));
    expect(statuses).toEqual(Array.from({ length: 10 }, () => 200));
    // One refresh, and it worked: TeamFlame's refresh tokens are single use, so a second refresh racing
    // the first would have been refused.
    const refreshes = await requestsTo('/auth/refresh-token');
    expect(refreshes.map((r) => r.status)).toEqual([200]);
    expect(await api('/api/boards', token)).toBe(200);
    expect(await requestsTo('/auth/refresh-token')).toHaveLength(1);
  });
});
