// The whole server in process, as Teams sees it: real HTTP to /api/messages, a local Bot Connector that
// records what the bot sends, the TeamFlame sandbox behind it, and a real database.
import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { startSandbox, type Sandbox } from '@teamflame/sandbox';
import type { Server } from 'restify';
import { createApp, type App } from '../app.js';
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { startLocalConnector, type LocalConnector, type RecordedCall } from './connector.js';
import { openTestDatabase, testEngines, type TestDatabase } from './databases.js';
import {
  cardActionInvoke,
  composeInvoke,
  dialogInvoke,
  installActivity,
  messageActivity,
  postActivity,
  type ConversationSpec,
  type TeamsUser,
} from './teams-activities.js';

export interface AppUnderTest {
  url: string;
  app: App;
  sandbox: Sandbox;
  connector: LocalConnector;
  db: TestDatabase;
  /** Every log line the server wrote. */
  logs: string[];
  install(user: TeamsUser, conversation: ConversationSpec, locale?: string): Promise<Card>;
  say(
    user: TeamsUser,
    conversation: ConversationSpec,
    text: string,
    options?: { mentionBot?: boolean; locale?: string; localTimezone?: string },
  ): Promise<Card>;
  press(
    user: TeamsUser,
    conversation: ConversationSpec,
    verb: string,
    data: Record<string, unknown>,
    options?: { replyToId?: string; locale?: string; localTimezone?: string },
  ): Promise<Card>;
  /**
   * Presses a card's dialog button (task/fetch; `replyToId` is the card's message) or submits a dialog's
   * form (task/submit): the invoke's answer, which is undefined when the dialog closes.
   */
  dialog(
    user: TeamsUser,
    conversation: ConversationSpec,
    name: 'task/fetch' | 'task/submit',
    data: Record<string, unknown>,
    options?: { replyToId?: string; locale?: string },
  ): Promise<DialogAnswer | undefined>;
  /** A message-extension invoke (`composeExtension/...`) with this value: the server's status and answer. */
  compose(
    user: TeamsUser,
    conversation: ConversationSpec,
    name: string,
    value: unknown,
    options?: { locale?: string },
  ): Promise<{ status: number; body: unknown }>;
  sandboxCall<T = unknown>(path: string, init?: SandboxCallInit): Promise<T>;
  /** A task as TeamFlame (the sandbox) holds it now, read as the demo user. */
  sandboxTask(taskId: string): Promise<SandboxTask>;
  close(): Promise<void>;
}

interface SandboxCallInit {
  method?: string;
  body?: unknown;
  /** Signed in as this sandbox user (password "demo"): a change made directly in TeamFlame, not the app. */
  as?: string;
}

interface SandboxTask {
  id: string;
  name: string;
  columnId: string;
  users: string[];
  endDate?: string;
  priority: string;
  description: string;
  comments: { userName: string; text: string }[];
}

export type Card = Record<string, unknown> & { body?: unknown[]; actions?: unknown[] };

/** What Teams gets back for a dialog invoke: a form to show (`continue`) or a line of text (`message`). */
export type DialogAnswer = {
  task:
    | {
        type: 'continue';
        value: { title: string; width?: unknown; card: { contentType: string; content: Card } };
      }
    | { type: 'message'; value: string };
};

/** The form a dialog answer shows; throws when it shows none. */
export function dialogForm(answer: DialogAnswer | undefined): Card {
  if (answer?.task.type !== 'continue') throw new Error(`no form in ${JSON.stringify(answer)}`);
  return answer.task.value.card.content;
}

export function cardOf(call: RecordedCall): Card {
  const attachments = call.body.attachments as { content: Card }[] | undefined;
  if (!attachments?.[0]) throw new Error(`no card in ${JSON.stringify(call.body).slice(0, 300)}`);
  return attachments[0].content;
}

export async function startAppUnderTest(
  options: {
    invokeBudgetMs?: number;
    sandboxTokenTtl?: number;
    largeBoard?: { columns: number; tasksPerColumn: number };
    /** Extra environment for the server's configuration. */
    env?: Record<string, string>;
  } = {},
): Promise<AppUnderTest> {
  const [sandbox, connector] = await Promise.all([
    startSandbox({ tokenTtlSeconds: options.sandboxTokenTtl, largeBoard: options.largeBoard }),
    startLocalConnector(),
  ]);
  const engine = testEngines().includes('postgres') ? 'postgres' : 'pglite';
  const db = await openTestDatabase(engine);
  const logs: string[] = [];
  const logger = createLogger(
    'debug',
    new Writable({
      write(chunk, _encoding, done) {
        logs.push(chunk.toString());
        done();
      },
    }),
  );
  const config = loadConfig({
    NODE_ENV: 'test', // allows Bot Framework auth off; a test that sets BOT_ID turns it on
    DATA_DIR: mkdtempSync(join(tmpdir(), 'tf-app-')),
    TEAMFLAME_API_URL: sandbox.url,
    TEAMFLAME_AUTH_URL: sandbox.url,
    TEAMFLAME_TIMEOUT_MS: '3000',
    PUBLIC_URL: 'http://localhost:3978',
    ...options.env,
  });
  const app = await createApp(config, logger, {
    database: db.database,
    databaseUrl: db.url,
    invokeBudgetMs: options.invokeBudgetMs,
    teamflameRetry: { retries: 2, baseDelayMs: 20 },
  });
  const server: Server = app.createHttpServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.server.address() as AddressInfo).port}`;

  async function sandboxCall<T = unknown>(path: string, init: SandboxCallInit = {}): Promise<T> {
    const signedIn = init.as
      ? await sandboxCall<{ tokens: { accessToken: { token: string } } }>('/auth/sign-in', {
          body: { email: init.as, password: 'demo' },
        })
      : undefined;
    const response = await fetch(`${sandbox.url}${path}`, {
      method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
      headers: {
        'content-type': 'application/json',
        ...(signedIn ? { authorization: `Bearer ${signedIn.tokens.accessToken.token}` } : {}),
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as never;
  }

  /** Posts an activity and returns the first card the bot sent back for it. */
  async function exchange(activity: { conversation: { id: string } }): Promise<Card> {
    const before = connector.calls.length;
    const response = await postActivity(url, activity);
    if (response.status >= 400)
      throw new Error(`server answered ${response.status}: ${JSON.stringify(response.body)}`);
    const invokeCard = (response.body as { value?: Card } | undefined)?.value;
    if (invokeCard?.type === 'AdaptiveCard') return invokeCard;
    const call = await connector.waitFor(
      (c) =>
        connector.calls.indexOf(c) >= before &&
        c.conversationId === activity.conversation.id &&
        (c.kind === 'reply' || c.kind === 'send'),
    );
    return cardOf(call);
  }

  return {
    url,
    app,
    sandbox,
    connector,
    db,
    logs,
    install: (from, conversation, locale) =>
      exchange(installActivity({ serviceUrl: connector.url, from, conversation, locale })),
    say: (from, conversation, text, o = {}) =>
      exchange(
        messageActivity({
          serviceUrl: connector.url,
          from,
          conversation,
          text,
          mentionBot: o.mentionBot,
          locale: o.locale,
          localTimezone: o.localTimezone,
        }),
      ),
    press: (from, conversation, verb, data, o = {}) =>
      exchange(
        cardActionInvoke({
          serviceUrl: connector.url,
          from,
          conversation,
          verb,
          data,
          replyToId: o.replyToId,
          locale: o.locale,
          localTimezone: o.localTimezone,
        }),
      ),
    async dialog(from, conversation, name, data, o = {}) {
      const response = await postActivity(
        url,
        dialogInvoke({
          serviceUrl: connector.url,
          from,
          conversation,
          name,
          data,
          replyToId: o.replyToId,
          locale: o.locale,
        }),
      );
      if (response.status !== 200)
        throw new Error(`server answered ${response.status}: ${JSON.stringify(response.body)}`);
      return (response.body || undefined) as DialogAnswer | undefined;
    },
    compose: (from, conversation, name, value, o = {}) =>
      postActivity(
        url,
        composeInvoke({ serviceUrl: connector.url, from, conversation, name, value, locale: o.locale }),
      ),
    sandboxCall,
    async sandboxTask(taskId) {
      const signIn = await sandboxCall<{ tokens: { accessToken: { token: string } } }>('/auth/sign-in', {
        body: { email: 'demo@teamflame.local', password: 'demo' },
      });
      const response = await fetch(`${sandbox.url}/task/${taskId}`, {
        headers: { authorization: `Bearer ${signIn.tokens.accessToken.token}` },
      });
      return (await response.json()) as SandboxTask;
    },
    async close() {
      for (const close of app.closers) await close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await Promise.all([sandbox.close(), connector.close()]);
      await db.dispose();
    },
  };
}

/** Text of every TextBlock and fact in a card, for assertions. */
export function cardText(card: unknown): string {
  return JSON.stringify(card);
}

/** The first element (at any depth) matching `predicate`. */
export function findInCard(
  card: unknown,
  predicate: (node: Record<string, unknown>) => boolean,
): Record<string, unknown> | undefined {
  if (Array.isArray(card)) {
    for (const item of card) {
      const found = findInCard(item, predicate);
      if (found) return found;
    }
  } else if (card && typeof card === 'object') {
    const node = card as Record<string, unknown>;
    if (predicate(node)) return node;
    for (const value of Object.values(node)) {
      const found = findInCard(value, predicate);
      if (found) return found;
    }
  }
  return undefined;
}

/** The data of the Action.Execute with this verb (and title, when several share it). */
export function actionData(card: unknown, verb: string, title?: string): Record<string, unknown> {
  const action = findInCard(
    card,
    (n) => n.type === 'Action.Execute' && n.verb === verb && (!title || n.title === title),
  );
  if (!action) throw new Error(`no ${verb} action in card`);
  return (action.data ?? {}) as Record<string, unknown>;
}
