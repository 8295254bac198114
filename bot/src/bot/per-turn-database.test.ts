// The database work of one activity, counted from the queries the server sends: the user and the account's
// tokens are read once per turn, in one query, however many parts of the turn ask; the conversation's
// reference is written only when it changed, and so is what a task card's message shows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Logger as TypeOrmLogger } from 'typeorm';
import { cardText, startAppUnderTest, type AppUnderTest } from '../test-support/app-under-test.js';
import { personalChat, teamsUser } from '../test-support/teams-activities.js';

let t: AppUnderTest;
const anna = teamsUser('Demo User');
const chat = personalChat(anna);
let queries: string[] = [];

/** The SQL the app sent while `work` ran (each statement once, as sent). */
async function queriesDuring(work: () => Promise<unknown>): Promise<string[]> {
  queries = [];
  await work();
  return queries;
}

const reads = (sql: string[], table: string) =>
  sql.filter((q) => q.startsWith('SELECT') && new RegExp(`FROM "${table}"`).test(q));
const writes = (sql: string[], table: string) =>
  sql.filter((q) => /^(INSERT|UPDATE|DELETE)/.test(q) && new RegExp(`\\b${table}\\b`).test(q));

async function conversationRow() {
  return (await t.db.database.conversations.get(chat.id))!;
}

beforeAll(async () => {
  t = await startAppUnderTest();
  await t.install(anna, chat);
  await t.press(anna, chat, 'signIn', { email: 'demo@teamflame.local', password: 'demo' });
  const dataSource = t.db.database.dataSource;
  const original = dataSource.logger;
  // Every statement goes through the data source's logger (which logs only when asked to): counted here.
  dataSource.logger = new Proxy(original, {
    get(target, property, receiver) {
      if (property === 'logQuery')
        return (query: string, ...rest: unknown[]) => {
          queries.push(query.trim());
          return (target.logQuery as (...args: unknown[]) => unknown).call(target, query, ...rest);
        };
      return Reflect.get(target, property, receiver) as unknown;
    },
  }) as TypeOrmLogger;
}, 60_000);
afterAll(() => t?.close());

describe('one activity', () => {
  it('reads the user and the tokens once, in one query, for a command whose handler asks again', async () => {
    // "help" asks who is signed in in the dispatcher and again in the handler (the card differs).
    const sql = await queriesDuring(() => t.say(anna, chat, 'help'));
    const userReads = reads(sql, 'users');
    expect(userReads).toHaveLength(1);
    expect(userReads[0]).toMatch(/LEFT JOIN "tokens"/);
    expect(reads(sql, 'tokens')).toEqual([]);
  });

  it('reads the user once for a card action too', async () => {
    const sql = await queriesDuring(() => t.press(anna, chat, 'help', {}));
    expect(reads(sql, 'users')).toHaveLength(1);
  });

  it('writes nothing for the conversation when its reference did not change', async () => {
    await t.say(anna, chat, 'help');
    const before = await conversationRow();
    const sql = await queriesDuring(async () => {
      await t.say(anna, chat, 'help');
      await t.press(anna, chat, 'help', {});
    });
    expect(writes(sql, 'conversations')).toEqual([]);
    expect((await conversationRow()).updatedAt).toEqual(before.updatedAt);
  });

  it('stores the reference again when it changed (the client now speaks Russian)', async () => {
    const card = await t.say(anna, chat, 'help', { locale: 'ru-RU' });
    expect(cardText(card)).toMatch(/[а-я]/);
    expect(((await conversationRow()).reference as { locale?: string }).locale).toBe('ru-RU');
    await t.say(anna, chat, 'help', { locale: 'en-US' });
    expect(((await conversationRow()).reference as { locale?: string }).locale).toBe('en-US');
  });

  it('counts the conversation installed again when the app is added back, whatever this process remembers', async () => {
    // Removed through another instance: this process still remembers the conversation as recorded.
    await t.db.database.dataSource.query(`UPDATE conversations SET installed = false WHERE id = $1`, [
      chat.id,
    ]);
    await t.install(anna, chat);
    expect((await conversationRow()).installed).toBe(true);
  });

  it('leaves the record of a task card alone when a press on it shows the same task again', async () => {
    const asDemo = <T>(path: string) => t.sandboxCall<T>(path, { as: 'demo@teamflame.local' });
    const [board] = await asDemo<{ id: string }[]>('/board/boardsByUser');
    const [column] = await asDemo<{ id: string }[]>(`/column/getByBoard/${board!.id}`);
    const [task] = await asDemo<{ id: string }[]>(`/task/getTasksByColumn/${column!.id}`);
    const taskId = task!.id;
    const replyToId = 'card-shown-twice';
    // The row's version (xmin) changes with any write to it, even one that writes the same values.
    const version = async () =>
      (
        (await t.db.database.dataSource.query(
          `SELECT xmin::text AS version, task_id AS "taskId" FROM sent_cards WHERE activity_id = $1`,
          [replyToId],
        )) as { version: string; taskId: string }[]
      )[0];
    await t.press(anna, chat, 'task.show', { taskId }, { replyToId });
    const first = await version();
    expect(first?.taskId).toBe(taskId);
    await t.press(anna, chat, 'task.show', { taskId }, { replyToId });
    expect(await version()).toEqual(first);
  });
});
