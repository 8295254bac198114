// Who may read and change what a conversation follows from the tab: only its members, as Teams says through
// the Bot Connector's member look-up; a browser session (no Teams identity) never.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppUnderTest, type AppUnderTest } from '../test-support/app-under-test.js';
import { startSsoIssuer, type SsoIssuer } from '../test-support/sso.js';
import { channel, personalChat, teamsUser } from '../test-support/teams-activities.js';

let t: AppUnderTest;
let sso: SsoIssuer;
const member = teamsUser('Demo User');
const outsider = teamsUser('John Smith');
const general = channel('General');
// A channel tab knows the channel id; the bot knows the channel through a thread in it.
const channelId = general.id.split(';')[0]!;
const memberChat = personalChat(member);
let memberToken = '';
let outsiderToken = '';
let sprintId = '';
let outsiderBoardId = '';

async function call(method: string, path: string, token: string) {
  const response = await fetch(`${t.url}${path}`, { method, headers: { authorization: `Bearer ${token}` } });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined };
}
const subscriptionsOf = (conversationId: string) =>
  `/api/conversations/${encodeURIComponent(conversationId)}/subscriptions`;
const rows = () =>
  t.db.database.dataSource.query(
    `SELECT conversation_id, board_id, subscribed_by FROM subscriptions ORDER BY conversation_id, board_id`,
  );

beforeAll(async () => {
  sso = await startSsoIssuer();
  t = await startAppUnderTest({ env: sso.env });
  for (const [user, email] of [
    [member, 'demo@teamflame.local'],
    [outsider, 'john.smith@teamflame.local'],
  ] as const) {
    await t.press(user, personalChat(user), 'signIn', { email, password: 'demo' });
    t.connector.setMembers(personalChat(user).id, [{ ...user }]);
  }
  await t.install(member, general);
  t.connector.setMembers(channelId, [{ ...member }]);
  memberToken = await sso.token(member);
  outsiderToken = await sso.token(outsider);
  const boards = async (token: string) =>
    (await call('GET', '/api/boards', token)).body as { id: string; name: string }[];
  sprintId = (await boards(memberToken)).find((b) => b.name === 'Спринт 14')!.id;
  outsiderBoardId = (await boards(outsiderToken))[0]!.id;
});
afterAll(async () => {
  await t?.close();
  await sso?.close();
});

describe('conversation subscriptions in the tab API', () => {
  it('lets a member follow and list, in the channel and in their own chat', async () => {
    expect((await call('PUT', `${subscriptionsOf(channelId)}/${sprintId}`, memberToken)).status).toBe(200);
    expect((await call('GET', subscriptionsOf(channelId), memberToken)).body).toEqual([
      { boardId: sprintId },
    ]);
    expect((await call('PUT', `${subscriptionsOf(memberChat.id)}/${sprintId}`, memberToken)).status).toBe(
      200,
    );
    expect(await rows()).toHaveLength(2);
  });

  it('refuses an outsider signed in through Teams: list, follow, follow another person’s chat, unfollow', async () => {
    const before = await rows();
    const attempts = [
      await call('GET', subscriptionsOf(channelId), outsiderToken),
      await call('PUT', `${subscriptionsOf(channelId)}/${outsiderBoardId}`, outsiderToken),
      await call('PUT', `${subscriptionsOf(memberChat.id)}/${outsiderBoardId}`, outsiderToken),
      await call('GET', subscriptionsOf(memberChat.id), outsiderToken),
      await call('DELETE', `${subscriptionsOf(channelId)}/${sprintId}`, outsiderToken),
      await call('DELETE', `${subscriptionsOf(memberChat.id)}/${sprintId}`, outsiderToken),
    ];
    expect(attempts.map((a) => a.status)).toEqual([403, 403, 403, 403, 403, 403]);
    expect(JSON.stringify(attempts.map((a) => a.body))).not.toContain(sprintId);
    expect(await rows()).toEqual(before);
  });

  it('refuses a browser session, even of the same TeamFlame account as a member', async () => {
    const signIn = await fetch(`${t.url}/api/auth/signin`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'demo@teamflame.local', password: 'demo' }),
    });
    const { sessionToken } = (await signIn.json()) as { sessionToken: string };
    const before = await rows();
    const attempts = [
      await call('GET', subscriptionsOf(channelId), sessionToken),
      await call('PUT', `${subscriptionsOf(channelId)}/${outsiderBoardId}`, sessionToken),
      await call('DELETE', `${subscriptionsOf(channelId)}/${sprintId}`, sessionToken),
    ];
    expect(attempts.map((a) => a.status)).toEqual([403, 403, 403]);
    expect(await rows()).toEqual(before);
  });

  it('answers 404 for a conversation the bot does not know, and 403 once Teams no longer lists the member', async () => {
    const unknown = await call('GET', subscriptionsOf('19:nowhere@thread.tacv2'), memberToken);
    expect(unknown.status).toBe(404);
    t.connector.setMembers(channelId, []);
    const before = await rows();
    expect((await call('DELETE', `${subscriptionsOf(channelId)}/${sprintId}`, memberToken)).status).toBe(403);
    expect(await rows()).toEqual(before);
    t.connector.setMembers(channelId, [{ ...member }]);
    expect((await call('DELETE', `${subscriptionsOf(channelId)}/${sprintId}`, memberToken)).status).toBe(204);
    expect((await call('GET', subscriptionsOf(channelId), memberToken)).body).toEqual([]);
  });

  it('answers 503, and changes nothing, when Teams cannot be asked who is a member', async () => {
    const [row] = (await t.db.database.dataSource.query(`SELECT reference FROM conversations WHERE id = $1`, [
      memberChat.id,
    ])) as { reference: Record<string, unknown> }[];
    const unreachable = { ...row!.reference, serviceUrl: 'http://127.0.0.1:9' };
    await t.db.database.dataSource.query(`UPDATE conversations SET reference = $2 WHERE id = $1`, [
      memberChat.id,
      JSON.stringify(unreachable),
    ]);
    const before = await rows();
    const answer = await call('PUT', `${subscriptionsOf(memberChat.id)}/${outsiderBoardId}`, memberToken);
    expect(answer.status).toBe(503);
    expect(JSON.stringify(answer.body)).toContain('Teams could not confirm');
    expect(await rows()).toEqual(before);
  });
});
