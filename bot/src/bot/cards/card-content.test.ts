// What the cards say and offer, beyond being valid.
import { describe, expect, it } from 'vitest';
import { failureOf } from '../../errors/index.js';
import { TooManySignInAttempts } from '../../security/sign-in-throttle.js';
import { TeamFlameUnavailableError } from '../../teamflame/index.js';
import { translatorFor, type TFunction } from '../../i18n/index.js';
import { executeActions, findNodes, inputs, type CardNode } from '../../test-support/cards/card-nodes.js';
import {
  boardCard,
  createBoardCard,
  createTaskCard,
  digestCard,
  dialogSignInCard,
  errorCard,
  notificationCard,
  personalCard,
  signInCard,
  taskDetailCard,
  taskDialogCard,
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
  const submits = (card: AdaptiveCardJson) => findNodes(card, (n) => n.type === 'Action.Submit');

  it('is compact: where the task is, who, when, how urgent and the last comments, and no form', () => {
    const card = taskDetailCard({ task: sampleTask, userIds: [] }, en);
    const shown = findNodes(card, (n) => n.type === 'TextBlock').map((n) => String(n.text));
    expect(shown).toEqual([
      'Спринт 14 / В работе',
      'Починить вход через SSO',
      'Assignees',
      'Иван Петров',
      'Due',
      '2026-11-20 · overdue',
      'Priority',
      'High',
      'Comments',
      'Demo User',
      'Looks good to me.',
      'Edit',
      'Open in tab',
      'Refresh',
      'Back to board',
    ]);
    expect(inputs(card)).toEqual([]);
    expect(text(card)).not.toContain('Нужно сделать'); // the description is in the Edit dialog
  });

  it('says "overdue" once, in red, in the reader language', () => {
    const ruCard = taskDetailCard({ task: sampleTask, userIds: [] }, ru);
    const overdue = findNodes(ruCard, (n) => String(n.text).includes('просрочено'));
    expect(overdue).toEqual([expect.objectContaining({ color: 'Attention', weight: 'Bolder' })]);
    const enCard = taskDetailCard({ task: sampleTask, userIds: [] }, en);
    expect(text(enCard).match(/overdue/g)).toHaveLength(1);
    const onTime = taskDetailCard({ task: { ...sampleTask, overdue: false }, userIds: [] }, en);
    expect(text(onTime)).not.toContain('overdue');
    expect(findNodes(onTime, (n) => n.color === 'Attention')).toEqual([]);
  });

  it('has one row of four buttons, each opening a Teams dialog; a line of links holds the rest', () => {
    const card = taskDetailCard({ task: sampleTask, userIds: [] }, en);
    const row = card.actions as CardNode[];
    expect(row.map((a) => a.title)).toEqual(['Move', 'Assign', 'Due date', 'Comment']);
    const opens = (dialog: string) => ({ msteams: { type: 'task/fetch' }, dialog, taskId: sampleTask.id });
    expect(row.map((a) => a.data)).toEqual(['move', 'assign', 'due', 'comment'].map(opens));
    const links = findNodes(card, (n) => n.type === 'Column' && n.selectAction !== undefined).map(
      (n) => n.selectAction as CardNode,
    );
    expect(links.map((a) => a.title)).toEqual(['Edit', 'Open in tab', 'Refresh', 'Back to board']);
    expect(links[0]!.data).toEqual(opens('edit'));
    expect(links[1]!.url).toBe(sampleTask.url);
    expect(links.slice(2).map((a) => a.verb)).toEqual(['refresh', 'board.show']);
    expect(submits(card)).toHaveLength(5);
  });

  it('shows the last comments briefly, and nothing about comments when there are none', () => {
    const comments = Array.from({ length: 3 }, (_, i) => ({ author: `A${i}`, text: `${i}`.repeat(500) }));
    const card = taskDetailCard({ task: { ...sampleTask, comments }, userIds: [] }, en);
    const bodies = findNodes(card, (n) => n.type === 'TextBlock' && n.maxLines === 3);
    expect(bodies.map((n) => String(n.text).length)).toEqual([200, 200, 200]);
    const none = taskDetailCard({ task: { ...sampleTask, comments: [] }, userIds: [] }, en);
    expect(text(none)).not.toContain('Comments');
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

  it('cuts a long comment, never inside a character', () => {
    // The cut (200) falls inside the emoji, so it is cut before it.
    const long = `${'x'.repeat(198)}😀${'y'.repeat(600)}`;
    const card = taskDetailCard(
      { task: { ...sampleTask, comments: [{ author: 'A', text: long }] }, userIds: [] },
      en,
    );
    const shown = findNodes(card, (n) => n.type === 'TextBlock' && String(n.text).startsWith('xxx'));
    expect(shown.map((n) => n.text)).toEqual([`${'x'.repeat(198)}…`]);
  });
});

describe('task dialogs', () => {
  const submit = (card: AdaptiveCardJson, title?: string) =>
    findNodes(card, (n) => n.type === 'Action.Submit' && (!title || n.title === title))[0]!;

  it('move: the board columns as a list, the current one chosen', () => {
    const card = taskDialogCard({ dialog: 'move', task: sampleTask }, en);
    expect(input(card, 'columnId')).toMatchObject({ style: 'expanded', value: 'c2', isRequired: true });
    expect((input(card, 'columnId')!.choices as { value: string }[]).map((c) => c.value)).toEqual([
      'c1',
      'c2',
      'c3',
    ]);
    expect(submit(card).data).toMatchObject({ dialog: 'move', taskId: sampleTask.id });
  });

  it('assign: the board members, several at once, the assignees chosen; searchable when many', () => {
    const card = taskDialogCard({ dialog: 'assign', task: sampleTask }, ru);
    expect(input(card, 'assigneeIds')).toMatchObject({ isMultiSelect: true, value: 'u1', style: 'expanded' });
    expect((input(card, 'assigneeIds')!.choices as { title: string }[]).map((c) => c.title)).toEqual([
      'Иван Петров',
      'Maria Ivanova',
    ]);
    const members = Array.from({ length: 9 }, (_, i) => ({ id: `u${i}`, name: `P${i}` }));
    const many = taskDialogCard({ dialog: 'assign', task: { ...sampleTask, members } }, en);
    expect(input(many, 'assigneeIds')).toMatchObject({ style: 'filtered' });
    const none = taskDialogCard({ dialog: 'assign', task: { ...sampleTask, members: [] } }, en);
    expect(input(none, 'assigneeIds')).toBeUndefined();
    expect(text(none)).toContain('no members');
  });

  it('due: a date input of its own (full width), set or clear', () => {
    const card = taskDialogCard({ dialog: 'due', task: sampleTask }, en);
    expect(input(card, 'dueDate')).toMatchObject({ type: 'Input.Date', value: '2026-11-20' });
    expect(findNodes(card, (n) => n.type === 'ColumnSet')).toEqual([]);
    expect(submit(card, 'Clear due date')).toMatchObject({
      associatedInputs: 'none',
      data: { dialog: 'due', clear: true },
    });
    expect(submit(card, 'Set due date').associatedInputs).toBeUndefined();
  });

  it('comment and edit: a multi-line comment; the title and description filled in', () => {
    const comment = taskDialogCard({ dialog: 'comment', task: sampleTask }, en);
    expect(input(comment, 'comment')).toMatchObject({ isMultiline: true, value: '', maxLength: 4000 });
    const edit = taskDialogCard({ dialog: 'edit', task: sampleTask }, en);
    expect(input(edit, 'name')).toMatchObject({ value: sampleTask.name, isRequired: true });
    expect(input(edit, 'description')).toMatchObject({ value: sampleTask.description, isMultiline: true });
  });

  it('come back after a refused attempt with what was typed and what is wrong', () => {
    const card = taskDialogCard(
      { dialog: 'comment', task: sampleTask, values: { comment: '  ' }, problem: 'Write a comment first' },
      en,
    );
    expect(input(card, 'comment')!.value).toBe('  ');
    expect(findNodes(card, (n) => n.color === 'Attention')[0]!.text).toBe('Write a comment first');
  });

  it('carry a fresh idempotency key each time a form is drawn', () => {
    const key = () =>
      (submit(taskDialogCard({ dialog: 'move', task: sampleTask }, en)).data as { actionId: string })
        .actionId;
    const [a, b] = [key(), key()];
    expect(a).toMatch(/^[0-9a-f-]{36}$/);
    expect(a).not.toBe(b);
  });

  it('sign-in: a masked password never pre-filled, and the dialog asked for carried along', () => {
    const card = dialogSignInCard(
      { then: { dialog: 'due', taskId: 't1' }, browserUrl: 'http://x/#/signin', email: 'a@b.c', error: 'No' },
      ru,
    );
    expect(input(card, 'password')).toMatchObject({ style: 'Password', isRequired: true });
    expect(input(card, 'password')!.value).toBeUndefined();
    expect(input(card, 'email')!.value).toBe('a@b.c');
    expect(submit(card).data).toEqual({ dialog: 'signIn', then: { dialog: 'due', taskId: 't1' } });
    expect(text(card)).toContain('Войти в браузере');
  });
});

describe('board card', () => {
  it('shows counts, the first tasks of each column and how many more, with Russian plurals', () => {
    const card = boardCard({ board: sampleBoard, userIds: [], follow: { following: false } }, ru);
    expect(text(card)).toContain('7 задач');
    expect(text(card)).toContain('и ещё 2');
    const opens = executeActions(card).filter((a) => a.verb === 'task.open');
    expect(opens).toHaveLength(TASKS_PER_COLUMN);
    expect(executeActions(card).map((a) => a.verb)).toEqual(
      expect.arrayContaining(['subscribe', 'task.new', 'column.new', 'refresh', 'boards.pick']),
    );
    expect(findNodes(card, (n) => n.type === 'Action.OpenUrl')[0]!.url).toBe(sampleBoard.url);
  });

  it('lists at most 60 user ids for automatic refresh', () => {
    const ids = Array.from({ length: 80 }, (_, i) => `29:${i}`);
    const card = boardCard({ board: sampleBoard, userIds: ids, follow: { following: false } }, en);
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

  it('the new board form goes back to the board picker without validating', () => {
    const card = createBoardCard({ projects: [{ id: 's1/p1', title: 'Space / Project' }] }, ru);
    expect(action(card, 'boards.pick')).toMatchObject({ title: 'Назад', associatedInputs: 'none' });
    expect(action(createBoardCard({ projects: [] }, en), 'boards.pick')!.title).toBe('Back');
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
    const dueLine = lines()[5]!;
    expect(lines().filter((l) => l !== dueLine)).toEqual([
      'New task “Fix SSO” in Сделать',
      'Иван Петров moved “Fix SSO” from Сделать to В работе',
      '“Release” moved from В работе to Готово',
      '“Fix SSO”: assigned Maria Ivanova, Demo User',
      'Demo User assigned John Smith to “Docs”',
      '“Release”: due date cleared',
      'Maria commented on “Fix SSO”: Проверила, всё работает',
      'Иван Петров unassigned Maria Ivanova from “Release”',
      '“Docs” renamed to “Docs, final”',
      'New comment on “Docs, final”: Unsigned note',
      'Иван Петров assigned you to “Release”',
      expect.stringMatching(/^“Release” is overdue: it was due Nov 30(, 2026)?$/),
    ]);
    // Dates in the reader's language, with the year only when it is not this one.
    expect(dueLine).toMatch(/^Demo User set the due date of “Fix SSO” to Dec 1(, 2026)?$/);
    expect(lines(ru)[5]).toMatch(/^Demo User установил\(а\) срок «Fix SSO» на 1 дек\.( 2026 г\.)?$/);
    expect(lines(ru)[1]).toBe('Иван Петров переместил(а) «Fix SSO» из Сделать в В работе');
    const long = describeBoardEvent(
      { kind: 'commented', taskId: 't', taskName: 'T', author: 'A', text: 'y'.repeat(1000) },
      en,
    );
    expect(long).toBe(`A commented on “T”: ${'y'.repeat(MAX_QUOTED_COMMENT - 1)}…`);
  });

  it('give a single change its own card with the task buttons, none of which replaces it', () => {
    const card = notificationCard(
      { boardId: 'b1', boardName: 'Sprint', changes: [{ ...sampleEvents[1]!, url: 'http://x/#/t' }] },
      en,
    );
    expect(text(card)).toContain('Иван Петров moved “Fix SSO”');
    expect(action(card, 'task.open')!.data).toMatchObject({ taskId: 't1' });
    // A record: no refresh redraws it as something else, and no button answers with another card.
    expect(card.refresh).toBeUndefined();
    expect(executeActions(card).map((a) => a.verb)).toEqual(['task.open', 'unsubscribe']);
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
    const assigned = personalCard(
      {
        boardName: 'Sprint',
        changes: [{ kind: 'assignedYou', taskId: 't1', taskName: 'Docs', who: 'Иван' }],
      },
      ru,
    );
    expect(shown(assigned)).toEqual(['Ваши задачи на доске Sprint', 'Иван назначил(а) вас на «Docs»']);
    expect(action(assigned, 'task.open')!.data).toMatchObject({ taskId: 't1' });
  });

  it('group a digest by task, each task with how many changes and its lines, in the card language', () => {
    const shown = (card: AdaptiveCardJson) =>
      findNodes(card, (n) => n.type === 'TextBlock').map((n) => String(n.text));
    const card = digestCard(
      {
        boardId: 'b1',
        boardName: 'Sprint',
        delivery: { mode: 'daily', at: '09:00', timeZone: null },
        changes: sampleEvents.slice(0, 3),
      },
      ru,
    );
    expect(shown(card)).toEqual([
      'Sprint: сводка',
      '3 изменения · ежедневная сводка в 09:00 (UTC: Teams не сообщил часовой пояс этого чата)',
      '2 изменения в «Fix SSO»',
      describeBoardEvent(sampleEvents[0]!, ru),
      describeBoardEvent(sampleEvents[1]!, ru),
      '1 изменение в «Release»',
      describeBoardEvent(sampleEvents[2]!, ru),
    ]);
    expect(executeActions(card).map((a) => a.verb)).toEqual(['task.open', 'task.open', 'unsubscribe']);
  });

  it('group many changes into one card, counting those not shown', () => {
    const many = Array.from({ length: 40 }, (_, i) => ({
      kind: 'created' as const,
      taskId: `t${i}`,
      taskName: `change ${i}`,
      columnName: 'Сделать',
    }));
    const card = notificationCard({ boardId: 'b1', boardName: 'Спринт', changes: many }, ru);
    const opens = executeActions(card).filter((a) => a.verb === 'task.open');
    expect(opens).toHaveLength(MAX_LINES);
    expect(text(card)).toContain('40 изменений');
    expect(text(card)).toContain('и ещё 25 изменений');
    expect(card.refresh).toBeUndefined();
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
    const retry = { verb: 'task.create', data: { boardId: 'b1', name: 'Fix SSO', actionId: 'same-key' } };
    const unavailable = errorCard({ code: 'teamflame-failed' }, en, { retry });
    expect(action(unavailable, 'task.create')).toMatchObject({ title: 'Try again', data: retry.data });
    expect(executeActions(errorCard({ code: 'forbidden' }, en, { retry }))).toEqual([]);
    expect(executeActions(errorCard({ code: 'teamflame-timeout' }, en))).toEqual([]);
  });
});
