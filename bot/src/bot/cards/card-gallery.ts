// Every card the bot sends, rendered with sample data in one language: what the tests validate with the
// official parser, and a quick way to look at all of them. Every TeamFlame string comes from `data`, so a
// test can render the whole gallery with hostile names and texts.
import { ERROR_CODES } from '../../errors/index.js';
import type { TFunction } from '../i18n/index.js';
import { boardCard } from './board.js';
import { boardPickerCard } from './board-picker.js';
import { createBoardCard, createColumnCard, createTaskCard } from './create-forms.js';
import { helpCard } from './help.js';
import { myTasksCard } from './my-tasks.js';
import { assignedToYouCard, notificationCard } from './notification.js';
import {
  errorCard,
  renewNoticeCard,
  signedInCard,
  signedOutCard,
  signInPromptCard,
  stillWorkingCard,
  subscriptionsCard,
} from './notice.js';
import type { AdaptiveCardJson } from './render.js';
import { samples, type CardSamples } from './sample-data.js';
import { signInCard } from './sign-in.js';
import { taskDetailCard } from './task-detail.js';
import { welcomeCard } from './welcome.js';

export function cardGallery(t: TFunction, data: CardSamples = samples): [string, AdaptiveCardJson][] {
  const browserUrl = 'http://localhost:3978/#/signin';
  const { task, board } = data;
  return [
    ['welcome', welcomeCard({ inChannel: true }, t)],
    ['welcome (signed in)', welcomeCard({ inChannel: false, signedInAs: data.person }, t)],
    ['help', helpCard({ inChannel: true }, t)],
    ['sign-in', signInCard({ browserUrl }, t)],
    [
      'sign-in (failed)',
      signInCard(
        { browserUrl, email: data.email, error: t('error.sign-in-refused'), resume: '{"verb":"task.show"}' },
        t,
      ),
    ],
    ['sign-in prompt', signInPromptCard(t, '{"verb":"task.show","data":{"taskId":"t1"}}')],
    ['signed-in', signedInCard({ name: data.person }, t)],
    ['signed-out', signedOutCard(t)],
    [
      'board picker',
      boardPickerCard({ boards: data.boardChoices, selected: data.boardChoices.at(-1)?.id }, t),
    ],
    ['board picker (empty)', boardPickerCard({ boards: [] }, t)],
    ['board', boardCard({ board, userIds: ['29:a'], notice: t('task.created') }, t)],
    ['board (no columns)', boardCard({ board: { ...board, columns: [] }, userIds: [] }, t)],
    [
      'task detail',
      taskDetailCard(
        { task, userIds: ['29:a', '29:b'], notice: t('task.moved', { column: task.columns.at(-1)?.name }) },
        t,
      ),
    ],
    [
      'task detail (no due, no comments, nobody on the board)',
      taskDetailCard(
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
          problem: t('task.commentRequired'),
        },
        t,
      ),
    ],
    ['my tasks', myTasksCard({ tasks: board.columns[0]!.tasks }, t)],
    ['my tasks (none)', myTasksCard({ tasks: [] }, t)],
    [
      'create task',
      createTaskCard(
        {
          boardId: board.id,
          boardName: board.name,
          columns: task.columns,
          problem: t('create.nameRequired'),
        },
        t,
      ),
    ],
    ['create board', createBoardCard({ projects: data.projectChoices }, t)],
    [
      'create task (board without columns)',
      createTaskCard({ boardId: board.id, boardName: board.name, columns: [], name: data.typedTitle }, t),
    ],
    ['create board (no project)', createBoardCard({ projects: [], problem: t('create.projectRequired') }, t)],
    ['create column', createColumnCard({ boardId: board.id, boardName: board.name }, t)],
    // Every code of the error catalog, each offered a retry (shown only where the catalog allows it).
    ...ERROR_CODES.map((code): [string, AdaptiveCardJson] => [
      `error ${code}`,
      errorCard({ code, params: { detail: data.errorDetail, seconds: 30 } }, t, {
        retry: { verb: 'task.show', data: { taskId: 't1' } },
      }),
    ]),
    ['still working', stillWorkingCard(t)],
    ['renew notice', renewNoticeCard({ boardName: board.name }, t)],
    ['subscriptions', subscriptionsCard([{ id: board.id, name: board.name }], t)],
    ['subscriptions (none)', subscriptionsCard([], t)],
    [
      'notification (one change)',
      notificationCard(
        {
          boardId: board.id,
          boardName: board.name,
          changes: [{ ...data.events[1]!, url: task.url }],
          userIds: ['29:a'],
        },
        t,
      ),
    ],
    [
      'notification (each kind, grouped)',
      notificationCard({ boardId: board.id, boardName: board.name, changes: data.events }, t),
    ],
    [
      'notification (50 changes, grouped)',
      notificationCard(
        {
          boardId: board.id,
          boardName: board.name,
          changes: Array.from({ length: 50 }, (_, i) => ({
            kind: 'created' as const,
            taskId: `t${i}`,
            taskName: task.name,
            columnName: task.columnName,
          })),
          userIds: Array.from({ length: 70 }, (_, i) => `29:${i}`),
        },
        t,
      ),
    ],
    [
      'notification (you were assigned)',
      assignedToYouCard(
        { boardId: board.id, boardName: board.name, taskId: task.id, taskName: task.name },
        t,
      ),
    ],
  ];
}
