// What the cards say and offer, beyond being valid.
import { describe, expect, it } from 'vitest';
import { failureOf } from '../../errors/index.js';
import { TooManySignInAttempts } from '../../security/sign-in-throttle.js';
import { TeamFlameUnavailableError } from '../../teamflame/index.js';
import { translatorFor, type TFunction } from '../../i18n/index.js';
import { executeActions, findNodes, inputs, type CardNode } from '../../test-support/cards/card-nodes.js';
import {
  boardCard,
  assignedToYouCard,
  createTaskCard,
  errorCard,
  notificationCard,
  signInCard,
  taskDetailCard,
  type AdaptiveCardJson,
} from './index.js';
import { TASKS_PER_COLUMN } from './board.js';
import { MAX_LINES } from './notification.js';
import { describeBoardEvent, MAX_QUOTED_COMMENT } from './notification-text.js';
import { sampleBoard, sampleEvents, sampleTask } from '../../test-support/cards/sample-data.js';

const en = translatorFor('en-US');
const ru = translatorFor('ru-RU');
const text = (card: unknown) => JSON.stringify(card);
const action = (card: AdaptiveCardJson, verb: string) => executeActions(card).find((a) => a.verb === verb);
const input = (card: AdaptiveCardJson, id: string) => inputs(card).find((i) => i.id === id);

describe('task detail card', () => {
  it('marks an overdue task, in the reader language', () => {
    const ruCard = text(taskDetailCard({ task: sampleTask, userIds: [] }, ru));
    expect(ruCard).toContain('2026-11-20 (просрочено)');
    expect(ruCard).toContain('Переместить');
    const enCard = taskDetailCard({ task: sampleTask, userIds: [] }, en);
    const warning = findNodes(enCard, (n) => n.color === 'Attention' && String(n.text).includes('overdue'));
    expect(warning).toHaveLength(1);
    const onTime = taskDetailCard({ task: { ...sampleTask, overdue: false }, userIds: [] }, en);
    expect(text(onTime)).not.toContain('overdue');
  });

  it('offers the board columns, the board members, the due date and a comment box', () => {
    const card = taskDetailCard({ task: sampleTask, userIds: [] }, en);
    const move = input(card, 'columnId')!;
    expect(move.value).toBe('c2');
    expect((move.choices as { value: string }[]).map((c) => c.value)).toEqual(['c1', 'c2', 'c3']);
    const assign = input(card, 'assigneeIds')!;
    expect(assign).toMatchObject({ isMultiSelect: true, value: 'u1' });
    expect((assign.choices as { title: string }[]).map((c) => c.title)).toEqual([
      'Иван Петров',
      'Maria Ivanova',
    ]);
    expect(input(card, 'dueDate')).toMatchObject({ type: 'Input.Date', value: '2026-11-20' });
    expect(input(card, 'comment')).toMatchObject({ type: 'Input.Text', isMultiline: true });
    expect(action(card, 'task.move')!.data).toMatchObject({ taskId: sampleTask.id });
    const clear = executeActions(card).find((a) => (a.data as { clear?: boolean }).clear)!;
    expect(clear).toMatchObject({ verb: 'task.due', associatedInputs: 'none' });
    expect(findNodes(card, (n) => n.type === 'Action.OpenUrl')[0]!.url).toBe(sampleTask.url);
    expect(text(card)).toContain('Looks good to me.');
  });

  it('keeps what users typed as it is: never expanded as a template', () => {
    const task = {
      ...sampleTask,
      name: '${task.id} {{name}} $root',
      comments: [{ author: '${s}', text: '${x}' }],
    };
    // Less the invisible space that keeps "task.id" from being read as a domain.
    const card = text(taskDetailCard({ task, userIds: [] }, en)).replaceAll('\u200b', '');
    expect(card).toContain('${task.id} {{name}} $root');
    expect(card).toContain('"${x}"');
  });

  it('cuts a long description and long comments, never inside a character', () => {
    // The description's cut (1500) falls inside the emoji, so it is cut before it.
    const long = `${'x'.repeat(1498)}😀${'y'.repeat(600)}`;
    const card = taskDetailCard(
      { task: { ...sampleTask, description: long, comments: [{ author: 'A', text: long }] }, userIds: [] },
      en,
    );
    const shown = findNodes(card, (n) => n.type === 'TextBlock' && String(n.text).startsWith('xxx'));
    expect(shown.map((n) => n.text)).toEqual([`${'x'.repeat(1498)}…`, `${'x'.repeat(499)}…`]);
  });

  it('gets fresh idempotency keys each time it is rendered', () => {
    const keys = (card: AdaptiveCardJson) =>
      executeActions(card).flatMap((a) => (a.data as { actionId?: string }).actionId ?? []);
    const first = keys(taskDetailCard({ task: sampleTask, userIds: [] }, en));
    const second = keys(taskDetailCard({ task: sampleTask, userIds: [] }, en));
    expect(first).toHaveLength(5); // move, assign, set due, clear due, comment
    expect(first.filter((k) => second.includes(k))).toEqual([]);
  });
});

describe('board card', () => {
  it('shows counts, the first tasks of each column and how many more, with Russian plurals', () => {
    const card = boardCard({ board: sampleBoard, userIds: [] }, ru);
    expect(text(card)).toContain('7 задач');
    expect(text(card)).toContain('и ещё 2');
    const opens = executeActions(card).filter((a) => a.verb === 'task.show');
    expect(opens).toHaveLength(TASKS_PER_COLUMN);
    expect(executeActions(card).map((a) => a.verb)).toEqual(
      expect.arrayContaining(['subscribe', 'task.new', 'column.new', 'refresh', 'boards.pick']),
    );
    expect(findNodes(card, (n) => n.type === 'Action.OpenUrl')[0]!.url).toBe(sampleBoard.url);
  });

  it('lists at most 60 user ids for automatic refresh', () => {
    const ids = Array.from({ length: 80 }, (_, i) => `29:${i}`);
    const card = boardCard({ board: sampleBoard, userIds: ids }, en);
    expect((card.refresh as { userIds: string[] }).userIds).toEqual(ids.slice(0, 60));
  });
});

describe('sign-in card', () => {
  it('masks the password, never pre-fills it, keeps the email and says what failed', () => {
    const card = signInCard(
      { browserUrl: 'http://x/#/signin', email: 'a@b.c', error: en('error.sign-in-refused') },
      en,
    );
    expect(input(card, 'password')).toMatchObject({ style: 'Password', isRequired: true });
    expect(input(card, 'password')!.value).toBeUndefined();
    expect(input(card, 'email')!.value).toBe('a@b.c');
    expect(findNodes(card, (n) => n.color === 'Attention')[0]!.text).toBe(en('error.sign-in-refused'));
    expect(action(card, 'signIn')).toBeDefined();
    expect(findNodes(card, (n) => n.type === 'Action.OpenUrl')[0]).toMatchObject({
      url: 'http://x/#/signin',
      title: 'Sign in in the browser',
    });
    expect(text(signInCard({ browserUrl: 'http://x/#/signin' }, ru))).toContain('Войти в браузере');
  });
});

describe('forms', () => {
  it('keep the values of a refused attempt, say what is wrong, and go back without validating', () => {
    const card = createTaskCard(
      {
        boardId: 'b1',
        boardName: 'Sprint',
        columns: sampleTask.columns,
        name: 'x',
        columnId: 'c3',
        problem: 'Too long',
      },
      en,
    );
    expect(input(card, 'name')).toMatchObject({
      value: 'x',
      isRequired: true,
      errorMessage: 'Enter a title',
    });
    expect(input(card, 'columnId')!.value).toBe('c3');
    expect(findNodes(card, (n) => n.color === 'Attention')[0]!.text).toBe('Too long');
    expect(action(card, 'board.show')!.associatedInputs).toBe('none');
  });

  it('on a board without columns offer to add one instead of a form that cannot work', () => {
    const card = createTaskCard({ boardId: 'b1', boardName: 'Sprint', columns: [] }, ru);
    expect(action(card, 'task.create')).toBeUndefined();
    expect(action(card, 'column.new')!.data).toMatchObject({ boardId: 'b1' });
    expect(text(card)).toContain('ещё нет колонок');
  });
});

describe('notifications', () => {
  const lines = (t = en) => sampleEvents.map((e) => describeBoardEvent(e, t));

  it('tell each kind of change, naming who did it when known', () => {
    expect(lines()).toEqual([
      'New task “Fix SSO” in Сделать',
      'Иван Петров moved “Fix SSO” from Сделать to В работе',
      '“Release” moved from В работе to Готово',
      '“Fix SSO”: assignees changed (Maria Ivanova, Demo User)',
      'Demo User changed the assignees of “Docs” (—)',
      'Demo User set the due date of “Fix SSO” to 2026-12-01',
      '“Release”: due date removed',
      'Maria commented on “Fix SSO”: Проверила, всё работает',
    ]);
    expect(lines(ru)[1]).toBe('Иван Петров переместил(а) «Fix SSO» из Сделать в В работе');
    const long = describeBoardEvent(
      { kind: 'commented', taskId: 't', taskName: 'T', author: 'A', text: 'y'.repeat(1000) },
      en,
    );
    expect(long).toBe(`A commented on “T”: ${'y'.repeat(MAX_QUOTED_COMMENT - 1)}…`);
  });

  it('give a single change its own card with the task buttons, refreshing into the task', () => {
    const card = notificationCard(
      {
        boardId: 'b1',
        boardName: 'Sprint',
        changes: [{ ...sampleEvents[1]!, url: 'http://x/#/t' }],
        userIds: ['29:a'],
      },
      en,
    );
    expect(text(card)).toContain('Иван Петров moved “Fix SSO”');
    expect(action(card, 'task.show')!.data).toMatchObject({ taskId: 't1' });
    expect(card.refresh).toMatchObject({
      action: { verb: 'refresh', data: { view: 'task', id: 't1' } },
      userIds: ['29:a'],
    });
    expect(findNodes(card, (n) => n.type === 'Action.OpenUrl')[0]!.url).toBe('http://x/#/t');
    expect(action(card, 'unsubscribe')!.data).toMatchObject({ boardId: 'b1' });
  });

  it('are in the language of the card they are on, title to last line', () => {
    const shown = (card: AdaptiveCardJson) =>
      findNodes(card, (n) => n.type === 'TextBlock').map((n) => String(n.text));
    const pairs: [TFunction, TFunction][] = [
      [en, ru],
      [ru, en],
    ];
    for (const [t, other] of pairs) {
      const card = notificationCard({ boardId: 'b1', boardName: 'Sprint', changes: sampleEvents }, t);
      const sentences = sampleEvents.map((e) => describeBoardEvent(e, t));
      expect(shown(card)).toEqual([
        t('notify.title', { board: 'Sprint' }),
        t('notify.count', { count: sampleEvents.length }),
        ...sentences,
      ]);
      for (const e of sampleEvents) expect(sentences).not.toContain(describeBoardEvent(e, other));
    }
    const assigned = assignedToYouCard(
      { boardId: 'b1', boardName: 'Sprint', taskId: 't1', taskName: 'Docs' },
      ru,
    );
    expect(shown(assigned)).toEqual(['Sprint: изменения', 'Вас назначили на задачу «Docs» на доске Sprint']);
    expect(action(assigned, 'task.show')!.data).toMatchObject({ taskId: 't1' });
  });

  it('group many changes into one card, counting those not shown', () => {
    const many = Array.from({ length: 40 }, (_, i) => ({
      kind: 'created' as const,
      taskId: `t${i}`,
      taskName: `change ${i}`,
      columnName: 'Сделать',
    }));
    const card = notificationCard({ boardId: 'b1', boardName: 'Спринт', changes: many }, ru);
    const opens = executeActions(card).filter((a) => a.verb === 'task.show');
    expect(opens).toHaveLength(MAX_LINES);
    expect(text(card)).toContain('40 изменений');
    expect(text(card)).toContain('и ещё 25 изменений');
    expect(card.refresh).toMatchObject({ action: { data: { view: 'board', id: 'b1' } }, userIds: [] });
  });
});

describe('error cards', () => {
  it("say what went wrong and what to do, from the catalog, in the reader's language", () => {
    const card = errorCard({ code: 'forbidden' }, ru);
    const body = (card.body as CardNode[]).map((n) => n.text);
    expect(body).toEqual([
      'Что-то пошло не так',
      'У вас нет доступа к этому в TeamFlame.',
      'Попросите владельца пространства в TeamFlame дать вам доступ или выберите другую доску.',
    ]);
    expect(
      text(errorCard({ code: 'teamflame-refused', params: { detail: 'the name is empty' } }, en)),
    ).toContain('TeamFlame refused this: the name is empty');
    expect(text(errorCard({ code: 'too-many-sign-in-attempts', params: { seconds: 42 } }, ru))).toContain(
      'Попробуйте снова через 42 с.',
    );
  });

  it('render what was thrown: a TeamFlame error and one of ours alike', () => {
    const unavailable = errorCard(failureOf(new TeamFlameUnavailableError('timeout')), ru);
    expect(text(unavailable)).toContain(ru('error.teamflame-timeout'));
    const throttled = errorCard(failureOf(new TooManySignInAttempts(7)), en);
    expect(text(throttled)).toContain('Try again in 7 s.');
    const bug = errorCard(failureOf(new TypeError('x is undefined')), en);
    expect(text(bug)).toContain(en('error.internal'));
    expect(text(bug)).not.toContain('x is undefined');
  });

  it('offer to try again only when the catalog says it can help, repeating the same action key', () => {
    const retry = { verb: 'task.move', data: { taskId: 't1', columnId: 'c2', actionId: 'same-key' } };
    const unavailable = errorCard({ code: 'teamflame-failed' }, en, { retry });
    expect(action(unavailable, 'task.move')).toMatchObject({ title: 'Try again', data: retry.data });
    expect(executeActions(errorCard({ code: 'forbidden' }, en, { retry }))).toEqual([]);
    expect(executeActions(errorCard({ code: 'teamflame-timeout' }, en))).toEqual([]);
  });
});
