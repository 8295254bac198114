// Every card the bot sends, rendered with sample data in one language: what the tests validate with the
// official parser, and a quick way to look at all of them. Every TeamFlame string comes from `data`, so a
// test can render the whole gallery with hostile names and texts.
import type { TFunction } from '../../i18n/index.js';
import { ERROR_CODES } from '../../errors/catalog.js';
import {
  boardCard,
  badDeliveryCard,
  boardPickerCard,
  composeTaskFormCard,
  createBoardCard,
  createColumnCard,
  createTaskCard,
  digestCard,
  dialogSignInCard,
  errorCard,
  helpCard,
  myTasksCard,
  myTasksFollowCard,
  notificationCard,
  notUnderstoodCard,
  personalCard,
  renewNoticeCard,
  signedInCard,
  signedOutCard,
  signInCard,
  signInPromptCard,
  stillWorkingCard,
  subscriptionsCard,
  taskDetailCard,
  taskDialogCard,
  welcomeCard,
  DIALOGS,
  type AdaptiveCardJson,
} from '../../bot/cards/index.js';
import { samples, type CardSamples } from './sample-data.js';

/**
 * A card of the gallery: its name, the card, and the exported builder that drew it (cards.test checks that
 * every exported builder drew one; it compares builders by identity only, so their type does not matter).
 */
export type GalleryEntry = [name: string, card: AdaptiveCardJson, builder: unknown];

/** Draws one card, remembering which builder drew it. */
const draw = <A extends unknown[]>(
  name: string,
  builder: (...args: A) => AdaptiveCardJson,
  ...args: A
): GalleryEntry => [name, builder(...args), builder];

export function cardGallery(t: TFunction, data: CardSamples = samples): GalleryEntry[] {
  const browserUrl = 'http://localhost:3978/#/signin';
  const { task, board, myTasks } = data;
  const noTasks = { ...myTasks, groups: [], page: 1, pageCount: 1, openCount: 0 };
  return [
    draw('welcome', welcomeCard, { inChannel: true }, t),
    draw('welcome (signed in)', welcomeCard, { inChannel: false, signedInAs: data.person }, t),
    draw('help', helpCard, { inChannel: true, signedIn: true }, t),
    draw('help (signed out)', helpCard, { inChannel: false, signedIn: false }, t),
    draw(
      'not understood (a command is close)',
      notUnderstoodCard,
      { typed: data.typedWords, nearest: { name: 'subscriptions', word: 'subscriptions' } },
      t,
    ),
    draw('not understood', notUnderstoodCard, { typed: data.typedWords }, t),
    draw('sign-in', signInCard, { browserUrl }, t),
    draw(
      'sign-in (failed)',
      signInCard,
      { browserUrl, email: data.email, error: t('error.sign-in-refused'), resume: '{"verb":"task.show"}' },
      t,
    ),
    draw('sign-in prompt', signInPromptCard, t, '{"verb":"task.show","data":{"taskId":"t1"}}'),
    draw('signed-in', signedInCard, { name: data.person }, t),
    draw('signed-out', signedOutCard, t),
    draw(
      'board picker',
      boardPickerCard,
      { boards: data.boardChoices, selected: data.boardChoices.at(-1)?.id },
      t,
    ),
    draw('board picker (empty)', boardPickerCard, { boards: [] }, t),
    draw(
      'board',
      boardCard,
      { board, userIds: ['29:a'], notice: t('task.created'), follow: { following: false } },
      t,
    ),
    draw(
      'board (followed, daily digest)',
      boardCard,
      {
        board,
        userIds: [],
        follow: { following: true, delivery: { mode: 'daily', at: '09:00', timeZone: 'Europe/Moscow' } },
      },
      t,
    ),
    draw(
      'board (no columns)',
      boardCard,
      {
        board: { ...board, columns: [] },
        userIds: [],
        follow: { following: true, delivery: { mode: 'instant' } },
      },
      t,
    ),
    draw('task detail', taskDetailCard, { task, userIds: ['29:a', '29:b'], notice: t('task.created') }, t),
    draw(
      'task detail (no due, no comments, nobody on the board)',
      taskDetailCard,
      {
        task: {
          ...task,
          dueDate: undefined,
          overdue: false,
          comments: [],
          assignees: [],
          members: [],
          priority: undefined,
          description: '',
        },
        userIds: [],
      },
      t,
    ),
    draw(
      'task detail (due, not overdue)',
      taskDetailCard,
      { task: { ...task, overdue: false }, userIds: [] },
      t,
    ),
    // Each dialog's form as the task is now, and refused attempts with what was typed.
    ...DIALOGS.map((dialog) => draw(`dialog ${dialog}`, taskDialogCard, { dialog, task }, t)),
    draw(
      'dialog due (no date chosen)',
      taskDialogCard,
      { dialog: 'due', task: { ...task, dueDate: undefined }, problem: t('dialog.due.required') },
      t,
    ),
    draw(
      'dialog comment (empty)',
      taskDialogCard,
      {
        dialog: 'comment',
        task,
        values: { comment: data.typedTitle },
        problem: t('dialog.comment.required'),
      },
      t,
    ),
    draw(
      'dialog edit (title refused)',
      taskDialogCard,
      {
        dialog: 'edit',
        task,
        values: { name: data.typedTitle, description: task.description },
        problem: t('create.tooLong', { field: t('dialog.edit.name'), max: 500 }),
      },
      t,
    ),
    draw(
      'dialog assign (many members)',
      taskDialogCard,
      {
        dialog: 'assign',
        task: {
          ...task,
          members: Array.from({ length: 20 }, (_, i) => ({ id: `u${i}`, name: `${data.person} ${i}` })),
        },
      },
      t,
    ),
    draw(
      'dialog assign (nobody on the board)',
      taskDialogCard,
      { dialog: 'assign', task: { ...task, members: [] } },
      t,
    ),
    draw('dialog sign-in', dialogSignInCard, { then: { dialog: 'move', taskId: task.id }, browserUrl }, t),
    draw(
      'dialog sign-in (failed)',
      dialogSignInCard,
      {
        then: { dialog: 'due', taskId: task.id },
        browserUrl,
        email: data.email,
        error: t('error.sign-in-refused'),
      },
      t,
    ),
    draw(
      'my tasks (personal chat, after Done)',
      myTasksCard,
      {
        list: { ...myTasks, owner: { id: myTasks.owner.id } },
        notice: t('task.mine.markedDone', { task: task.name, column: task.columns.at(-1)?.name }),
      },
      t,
    ),
    draw(
      'my tasks (group chat, last page, a board without a done column)',
      myTasksCard,
      {
        list: { ...myTasks, page: 2, pageCount: 2 },
        problem: t('task.mine.noDoneColumn', { task: task.name }),
      },
      t,
    ),
    draw('my tasks (a full page of the longest names)', myTasksCard, { list: data.myTasksLongest }, t),
    draw('my tasks (none)', myTasksCard, { list: { ...noTasks, finished: 0 } }, t),
    draw('my tasks (all done)', myTasksCard, { list: noTasks }, t),
    draw(
      'create task',
      createTaskCard,
      {
        boardId: board.id,
        boardName: board.name,
        columns: task.columns,
        problem: t('create.nameRequired'),
      },
      t,
    ),
    // The message extension's "Create task from this message" form, filled in from a message, and refused.
    draw(
      'compose: create task from a message',
      composeTaskFormCard,
      {
        places: task.columns.map((c) => ({
          boardId: board.id,
          boardName: board.name,
          columnId: c.id,
          columnName: c.name,
        })),
        people: task.members,
        values: {
          name: task.name,
          description: `${task.description}\n\n${t('compose.fromMessage', { author: data.person, link: task.url })}`,
          place: `${board.id}/${task.columns[0]!.id}`,
          assigneeIds: task.assignees.map((a) => a.id).join(','),
        },
      },
      t,
    ),
    draw(
      'compose: create task (refused, nobody to assign)',
      composeTaskFormCard,
      {
        places: [{ boardId: board.id, boardName: board.name, columnId: 'c1', columnName: board.name }],
        people: [],
        values: { name: data.typedTitle, description: '', dueDate: '2026-12-31' },
        problem: t('compose.placeRequired'),
      },
      t,
    ),
    draw('create board', createBoardCard, { projects: data.projectChoices }, t),
    draw(
      'create task (board without columns)',
      createTaskCard,
      { boardId: board.id, boardName: board.name, columns: [], name: data.typedTitle },
      t,
    ),
    draw(
      'create board (no project)',
      createBoardCard,
      { projects: [], problem: t('create.projectRequired') },
      t,
    ),
    draw('create column', createColumnCard, { boardId: board.id, boardName: board.name }, t),
    // Every code of the error catalog, each offered a retry (shown only where the catalog allows it).
    ...ERROR_CODES.map((code) =>
      draw(`error ${code}`, errorCard, { code, params: { detail: data.errorDetail, seconds: 30 } }, t, {
        retry: { verb: 'task.show', data: { taskId: 't1' } },
      }),
    ),
    draw('still working', stillWorkingCard, t),
    draw('renew notice', renewNoticeCard, { boardName: board.name }, t),
    draw(
      'subscriptions',
      subscriptionsCard,
      [
        { id: board.id, name: board.name, path: board.path, delivery: { mode: 'instant' } },
        { id: 'b2', name: task.name, path: '', delivery: { mode: 'daily', at: '09:00', timeZone: null } },
      ],
      t,
    ),
    draw('subscriptions (none)', subscriptionsCard, [], t),
    draw('subscribe with options it does not know', badDeliveryCard, data.typedWords, t),
    draw('my tasks followed', myTasksFollowCard, 'followed', t),
    draw('my tasks followed (only in personal chat)', myTasksFollowCard, 'onlyPersonal', t),
    draw(
      'subscriptions (which to stop)',
      subscriptionsCard,
      [
        { id: board.id, name: board.name, path: board.path, delivery: { mode: 'every', minutes: 30 } },
        { id: 'b2', name: task.name, path: '', delivery: { mode: 'instant' } },
      ],
      t,
      'chooseToStop',
    ),
    draw('subscriptions (nothing to stop)', subscriptionsCard, [], t, 'chooseToStop'),
    draw(
      'notification (one change)',
      notificationCard,
      {
        boardId: board.id,
        boardName: board.name,
        changes: [{ ...data.events[1]!, url: task.url }],
      },
      t,
    ),
    draw(
      'notification (each kind, grouped)',
      notificationCard,
      { boardId: board.id, boardName: board.name, changes: data.events },
      t,
    ),
    draw(
      'notification (50 changes, grouped)',
      notificationCard,
      {
        boardId: board.id,
        boardName: board.name,
        changes: Array.from({ length: 50 }, (_, i) => ({
          kind: 'created' as const,
          taskId: `t${i}`,
          taskName: task.name,
          columnName: task.columnName,
        })),
      },
      t,
    ),
    draw(
      'notification (a channel mentions who was assigned)',
      notificationCard,
      {
        boardId: board.id,
        boardName: board.name,
        changes: [data.events[3]!],
        mentions: [{ id: '29:maria', name: data.person }],
      },
      t,
    ),
    draw(
      'digest',
      digestCard,
      {
        boardId: board.id,
        boardName: board.name,
        delivery: { mode: 'daily', at: '09:00', timeZone: null },
        changes: data.events,
      },
      t,
    ),
    draw('personal stream', personalCard, { boardName: board.name, changes: data.events.slice(-4) }, t),
  ];
}
