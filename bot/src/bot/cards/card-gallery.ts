// Every card the bot sends, rendered with sample data in one language: what the tests validate with the
// official parser, and a quick way to look at all of them.
import type { TFunction } from '../i18n/index.js';
import { boardCard } from './board.js';
import { boardPickerCard } from './board-picker.js';
import { createBoardCard, createColumnCard, createTaskCard } from './create-forms.js';
import { helpCard } from './help.js';
import { myTasksCard } from './my-tasks.js';
import { notificationCard } from './notification.js';
import { describeBoardEvent } from './notification-text.js';
import {
  errorCard,
  errorCardFor,
  renewNoticeCard,
  signedInCard,
  signedOutCard,
  signInPromptCard,
  stillWorkingCard,
  subscriptionsCard,
  type UserErrorCode,
} from './notice.js';
import type { AdaptiveCardJson } from './render.js';
import { sampleBoard, sampleEvents, sampleTask } from './sample-data.js';
import { signInCard } from './sign-in.js';
import { taskDetailCard } from './task-detail.js';
import { welcomeCard } from './welcome.js';

const ERROR_CODES: UserErrorCode[] = [
  'auth',
  'forbidden',
  'not-found',
  'rate-limited',
  'unavailable',
  'validation',
  'schema',
  'invalid-action',
  'unknown-action',
  'internal',
  'no-board',
  'not-signed-in',
];

export function cardGallery(t: TFunction): [string, AdaptiveCardJson][] {
  const browserUrl = 'http://localhost:3978/#/signin';
  const lines = sampleEvents.map((event) => ({ taskId: event.taskId, text: describeBoardEvent(event, t) }));
  return [
    ['welcome', welcomeCard({ inChannel: true }, t)],
    ['welcome (signed in)', welcomeCard({ inChannel: false, signedInAs: 'Demo User' }, t)],
    ['help', helpCard({ inChannel: true }, t)],
    ['sign-in', signInCard({ browserUrl }, t)],
    [
      'sign-in (failed)',
      signInCard(
        { browserUrl, email: 'a@b.c', error: t('signIn.wrongPassword'), resume: '{"verb":"task.show"}' },
        t,
      ),
    ],
    ['sign-in prompt', signInPromptCard(t, '{"verb":"task.show","data":{"taskId":"t1"}}')],
    ['signed-in', signedInCard({ name: 'Demo User' }, t)],
    ['signed-out', signedOutCard(t)],
    [
      'board picker',
      boardPickerCard(
        {
          boards: [
            { id: 'b1', title: 'Разработка / Мобильное приложение / Спринт 14' },
            { id: 'b2', title: 'Marketing / Site / Launch' },
          ],
          selected: 'b2',
        },
        t,
      ),
    ],
    ['board picker (empty)', boardPickerCard({ boards: [] }, t)],
    ['board', boardCard({ board: sampleBoard, userIds: ['29:a'], notice: t('task.created') }, t)],
    ['board (no columns)', boardCard({ board: { ...sampleBoard, columns: [] }, userIds: [] }, t)],
    [
      'task detail',
      taskDetailCard(
        { task: sampleTask, userIds: ['29:a', '29:b'], notice: t('task.moved', { column: 'Готово' }) },
        t,
      ),
    ],
    [
      'task detail (no due, no comments, nobody on the board)',
      taskDetailCard(
        {
          task: {
            ...sampleTask,
            dueDate: undefined,
            overdue: false,
            comments: [],
            assignees: [],
            members: [],
            priority: undefined,
            descriptionMarkdown: '',
          },
          userIds: [],
          problem: t('task.commentRequired'),
        },
        t,
      ),
    ],
    ['my tasks', myTasksCard({ tasks: sampleBoard.columns[0]!.tasks }, t)],
    ['my tasks (none)', myTasksCard({ tasks: [] }, t)],
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
    [
      'create task (board without columns)',
      createTaskCard({ boardId: 'b1', boardName: 'Empty', columns: [], name: 'Kept title' }, t),
    ],
    ['create board (no project)', createBoardCard({ projects: [], problem: t('create.projectRequired') }, t)],
    ['create column', createColumnCard({ boardId: 'b1', boardName: 'Спринт 14' }, t)],
    [
      'error (with retry)',
      errorCard(
        {
          message: t('error.unavailable'),
          retry: { title: t('error.tryAgain'), verb: 'board.show', data: { boardId: 'b1' } },
        },
        t,
      ),
    ],
    ...ERROR_CODES.map((code): [string, AdaptiveCardJson] => [
      `error ${code}`,
      errorCardFor(code, t, { detail: 'name', retry: { verb: 'task.show', data: { taskId: 't1' } } }),
    ]),
    ['still working', stillWorkingCard(t)],
    ['renew notice', renewNoticeCard({ boardName: 'Спринт 14' }, t)],
    ['subscriptions', subscriptionsCard([{ id: 'b1', name: 'Спринт 14' }], t)],
    ['subscriptions (none)', subscriptionsCard([], t)],
    [
      'notification (one change)',
      notificationCard(
        {
          boardId: 'b1',
          boardName: 'Спринт 14',
          lines: [{ ...lines[1]!, url: sampleTask.url }],
          userIds: ['29:a'],
        },
        t,
      ),
    ],
    [
      'notification (each kind, grouped)',
      notificationCard({ boardId: 'b1', boardName: 'Спринт 14', lines }, t),
    ],
    [
      'notification (50 changes, grouped)',
      notificationCard(
        {
          boardId: 'b1',
          boardName: 'Спринт 14',
          lines: Array.from({ length: 50 }, (_, i) => ({
            taskId: `t${i}`,
            text: describeBoardEvent(
              { kind: 'created', taskId: `t${i}`, taskName: `Task ${i}`, columnName: 'To do' },
              t,
            ),
          })),
          userIds: Array.from({ length: 70 }, (_, i) => `29:${i}`),
        },
        t,
      ),
    ],
  ];
}
