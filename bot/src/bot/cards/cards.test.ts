import { createRequire } from 'node:module';
import type * as AdaptiveCards from 'adaptivecards';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { translatorFor } from '../i18n/index.js';
import {
  boardCard,
  boardPickerCard,
  createBoardCard,
  createColumnCard,
  createTaskCard,
  errorCard,
  helpCard,
  myTasksCard,
  notificationCard,
  signedInCard,
  signedOutCard,
  signInCard,
  signInPromptCard,
  stillWorkingCard,
  subscriptionsCard,
  taskDetailCard,
  welcomeCard,
  type AdaptiveCardJson,
} from './index.js';
import { isVerb } from './actions.js';
import { sampleBoard, sampleTask } from './sample-data.js';

type AdaptiveCardsModule = typeof AdaptiveCards;
let AC: AdaptiveCardsModule;

beforeAll(() => {
  // The official renderer needs a DOM; in Node it loads only from its dist bundle.
  const { window } = new JSDOM('<!doctype html><html><body></body></html>');
  Object.assign(globalThis, {
    window,
    document: window.document,
    navigator: window.navigator,
    HTMLElement: window.HTMLElement,
  });
  AC = createRequire(import.meta.url)('adaptivecards/dist/adaptivecards.js') as AdaptiveCardsModule;
});

function allCards(locale: string): [string, AdaptiveCardJson][] {
  const t = translatorFor(locale);
  return [
    ['welcome', welcomeCard({ inChannel: true }, t)],
    ['welcome (signed in)', welcomeCard({ inChannel: false, signedInAs: 'Demo User' }, t)],
    ['help', helpCard({ inChannel: true }, t)],
    ['sign-in', signInCard({ browserUrl: 'http://localhost:3978/#/signin' }, t)],
    [
      'sign-in (failed)',
      signInCard(
        {
          browserUrl: 'http://localhost:3978/#/signin',
          email: 'a@b.c',
          error: t('signIn.wrongPassword'),
          resume: '{"verb":"task.show"}',
        },
        t,
      ),
    ],
    ['sign-in prompt', signInPromptCard(t)],
    ['signed-in', signedInCard({ name: 'Demo User' }, t)],
    ['signed-out', signedOutCard(t)],
    [
      'board picker',
      boardPickerCard({ boards: [{ id: 'b1', title: 'Разработка / Мобильное приложение / Спринт 14' }] }, t),
    ],
    ['board picker (empty)', boardPickerCard({ boards: [] }, t)],
    ['board', boardCard({ board: sampleBoard, userIds: ['29:a'], notice: t('task.created') }, t)],
    [
      'task detail',
      taskDetailCard(
        { task: sampleTask, userIds: ['29:a', '29:b'], notice: t('task.moved', { column: 'Готово' }) },
        t,
      ),
    ],
    [
      'task detail (no due, no comments)',
      taskDetailCard(
        {
          task: {
            ...sampleTask,
            dueDate: undefined,
            overdue: false,
            comments: [],
            assignees: [],
            priority: undefined,
          },
          userIds: [],
        },
        t,
      ),
    ],
    ['my tasks', myTasksCard({ tasks: sampleBoard.columns[0]!.tasks }, t)],
    [
      'create task',
      createTaskCard(
        {
          boardId: 'b1',
          boardName: 'Спринт 14',
          columns: sampleTask.columns,
          problem: t('create.nameRequired'),
        },
        t,
      ),
    ],
    ['create board', createBoardCard({ projects: [{ id: 's1/p1', title: 'Разработка / Backend API' }] }, t)],
    ['create column', createColumnCard({ boardId: 'b1', boardName: 'Спринт 14' }, t)],
    [
      'error',
      errorCard(
        {
          message: t('error.unavailable'),
          retry: { title: t('error.tryAgain'), verb: 'board.show', data: { boardId: 'b1' } },
        },
        t,
      ),
    ],
    ['still working', stillWorkingCard(t)],
    ['subscriptions', subscriptionsCard([{ id: 'b1', name: 'Спринт 14' }], t)],
    ['subscriptions (none)', subscriptionsCard([], t)],
    [
      'notification (one change)',
      notificationCard(
        {
          boardId: 'b1',
          boardName: 'Спринт 14',
          lines: [{ taskId: 't1', text: t('notify.moved', { task: 'Fix', from: 'To do', to: 'Done' }) }],
        },
        t,
      ),
    ],
    [
      'notification (50 changes, grouped)',
      notificationCard(
        {
          boardId: 'b1',
          boardName: 'Спринт 14',
          lines: Array.from({ length: 50 }, (_, i) => ({
            taskId: `t${i}`,
            text: t('notify.created', { task: `Task ${i}`, column: 'To do' }),
          })),
        },
        t,
      ),
    ],
  ];
}

function executeActions(node: unknown, out: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(node)) node.forEach((n) => executeActions(n, out));
  else if (node && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    if (record.type === 'Action.Execute') out.push(record);
    Object.values(record).forEach((v) => executeActions(v, out));
  }
  return out;
}

describe.each(['en-US', 'ru-RU'])('every card in %s', (locale) => {
  it.each(allCards(locale))('%s parses with zero validation errors', (_name, json) => {
    const card = new AC.AdaptiveCard();
    const context = new AC.SerializationContext();
    card.parse(json, context);
    const parseEvents = Array.from({ length: context.eventCount }, (_, i) => context.getEventAt(i).message);
    expect(parseEvents).toEqual([]);
    expect(card.validateProperties().validationEvents.map((e) => e.message)).toEqual([]);
    const text = JSON.stringify(json);
    expect(text).not.toMatch(/\$\{/); // every binding was filled
    for (const action of executeActions(json)) expect(isVerb(action.verb), String(action.verb)).toBe(true);
  });
});

describe('card content', () => {
  it('marks an overdue task and speaks Russian for ru', () => {
    const ru = JSON.stringify(taskDetailCard({ task: sampleTask, userIds: [] }, translatorFor('ru-RU')));
    expect(ru).toContain('просрочено');
    expect(ru).toContain('Переместить');
    const en = JSON.stringify(taskDetailCard({ task: sampleTask, userIds: [] }, translatorFor('en-US')));
    expect(en).toContain('overdue');
  });

  it('never pre-fills a password and masks the password input', () => {
    const card = signInCard(
      { browserUrl: 'http://x/#/signin', email: 'a@b.c', error: 'wrong' },
      translatorFor('en'),
    );
    const password = (card.body as { id?: string; style?: string; value?: string }[]).find(
      (e) => e.id === 'password',
    )!;
    expect(password.style).toBe('Password');
    expect(password.value).toBeUndefined();
  });

  it('lists at most 60 user ids for automatic refresh', () => {
    const ids = Array.from({ length: 80 }, (_, i) => `29:${i}`);
    const card = boardCard({ board: sampleBoard, userIds: ids }, translatorFor('en'));
    expect((card.refresh as { userIds: string[] }).userIds).toHaveLength(60);
  });
});
