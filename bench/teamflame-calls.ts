// TeamFlame calls per operation, counted from the sandbox's request log around each operation, as the
// server under test (its own process) makes them. Each operation is done twice: the first time with cold
// caches, then again (steady state), which is what the targets are about.
import { randomUUID } from 'node:crypto';
import type { LoggedRequest } from '@teamflame/sandbox';
import type { LocalConnector } from '../bot/src/test-support/connector.js';
import {
  cardActionInvoke,
  dialogInvoke,
  postActivity,
  type ConversationSpec,
  type TeamsUser,
} from '../bot/src/test-support/teams-activities.js';

export interface CallCount {
  operation: string;
  first: number;
  steady: number;
  /** At most this many in steady state. */
  target?: number;
  /** The same request made twice within one operation. */
  repeated: string[];
}

interface Context {
  serverUrl: string;
  sandboxUrl: string;
  connector: LocalConnector;
  user: TeamsUser;
  chat: ConversationSpec;
  boardId: string;
  taskId: string;
  /** Moved in the tab: a task with no card in chat, so no redraw runs in the background. */
  tabTaskId: string;
  columns: [string, string];
}

async function requests(sandboxUrl: string): Promise<LoggedRequest[]> {
  return (await fetch(`${sandboxUrl}/__sandbox/requests`)).json() as Promise<LoggedRequest[]>;
}

/** Calls the server made while `work` ran (the bench's own setup calls carry no bearer token: skipped). */
async function counted(sandboxUrl: string, work: () => Promise<unknown>) {
  await fetch(`${sandboxUrl}/__sandbox/requests`, { method: 'DELETE' });
  await work();
  const made = (await requests(sandboxUrl)).map((r) => `${r.method} ${r.path}`);
  const repeated = [...new Set(made.filter((r, i) => made.indexOf(r) !== i))];
  return { count: made.length, repeated };
}

async function expectOk(response: Promise<{ status: number; body: unknown }>) {
  const { status, body } = await response;
  if (status >= 400) throw new Error(`server answered ${status}: ${JSON.stringify(body)}`);
  const text = JSON.stringify(body ?? '');
  if (/"type":"message"/.test(text) || /couldn|could not|went wrong/i.test(text))
    throw new Error(`the operation failed: ${text.slice(0, 300)}`);
  return body;
}

export async function countCalls(c: Context): Promise<CallCount[]> {
  const { serverUrl, connector, user, chat } = c;
  const base = { serviceUrl: connector.url, from: user, conversation: chat };
  const press = (verb: string, data: Record<string, unknown>, replyToId?: string) =>
    expectOk(postActivity(serverUrl, cardActionInvoke({ ...base, verb, data, replyToId })));
  const results: CallCount[] = [];
  const twice = async (
    operation: string,
    target: number | undefined,
    work: (n: number) => Promise<unknown>,
  ) => {
    const first = await counted(c.sandboxUrl, () => work(0));
    const steady = await counted(c.sandboxUrl, () => work(1));
    results.push({
      operation,
      first: first.count,
      steady: steady.count,
      target,
      repeated: [...new Set([...first.repeated, ...steady.repeated])],
    });
  };

  await twice('board card', 2, () => press('board.show', { boardId: c.boardId }));
  await twice('task card', 3, () => press('task.show', { taskId: c.taskId }));
  const cardId = `bench-card-${randomUUID()}`;
  await twice('move dialog (its form)', 3, () =>
    expectOk(
      postActivity(
        serverUrl,
        dialogInvoke({
          ...base,
          name: 'task/fetch',
          data: { dialog: 'move', taskId: c.taskId },
          replyToId: cardId,
        }),
      ),
    ),
  );
  // The move and the redraw of the card the dialog was opened from (in the background, after the answer).
  await twice('move (dialog submit, card redrawn)', 2, async (n) => {
    const redrawn = connector.waitFor((call) => call.kind === 'update' && call.activityId === cardId, 10_000);
    await expectOk(
      postActivity(
        serverUrl,
        dialogInvoke({
          ...base,
          name: 'task/submit',
          data: {
            dialog: 'move',
            taskId: c.taskId,
            columnId: c.columns[(n + 1) % 2],
            actionId: randomUUID(),
          },
        }),
      ),
    );
    await redrawn;
    connector.clear();
  });

  const signIn = (await (
    await fetch(`${serverUrl}/api/auth/signin`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'demo@teamflame.local', password: 'demo' }),
    })
  ).json()) as { sessionToken: string };
  const tab = (path: string, init: RequestInit = {}) =>
    fetch(`${serverUrl}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${signIn.sessionToken}`, 'content-type': 'application/json' },
    }).then(async (r) => {
      if (r.status >= 400) throw new Error(`${path}: ${r.status} ${await r.text()}`);
      return r.json();
    });
  await twice('tab: board', undefined, () => tab(`/api/boards/${c.boardId}`));
  await twice('tab: move (drag and drop)', 2, (n) =>
    tab(`/api/tasks/${c.tabTaskId}`, {
      method: 'PATCH',
      body: JSON.stringify({ columnId: c.columns[n % 2] }),
    }),
  );
  return results;
}
