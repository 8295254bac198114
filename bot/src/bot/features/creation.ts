// Creating tasks, boards and columns from forms; what is wrong is shown in the form itself.
import { createBoardCard, createColumnCard, createTaskCard, errorCard } from '../cards/index.js';
import type { BotTurn } from '../core/bot-turn.js';
import { holdingClaim } from '../core/claim-lease.js';
import type { BotRegistry } from '../core/registry.js';
import type { UserSession } from '../core/user-session.js';
import { Views } from '../core/views.js';
import { boardCardFor, chosenBoard, rememberBoard, taskCardFor } from './boards.js';
import { changedTask } from './tasks.js';

const MAX_NAME = 500;

/** The problem with a name, in the user's words, or undefined when it is fine. */
function nameProblem(turn: BotTurn, name: string, field: string): string | undefined {
  if (!name) return turn.t('create.nameRequired');
  if (name.length > MAX_NAME) return turn.t('create.tooLong', { field, max: MAX_NAME });
  return undefined;
}

async function taskForm(
  turn: BotTurn,
  session: UserSession,
  boardId: string,
  values: { name?: string; description?: string; columnId?: string; problem?: string } = {},
) {
  const [board, columns] = await Promise.all([
    session.client.boards.get(boardId),
    session.client.columns.byBoard(boardId),
  ]);
  return createTaskCard(
    { boardId, boardName: board.name, columns: columns.map((c) => ({ id: c.id, name: c.name })), ...values },
    turn.t,
  );
}

/** Where a new task goes: the chosen column, else the board's first. */
async function placeOfNewTask(session: UserSession, boardId: string, columnId?: string) {
  const board = await session.client.boards.get(boardId);
  const targetColumn =
    columnId || board.columns?.[0] || (await session.client.columns.byBoard(boardId))[0]?.id;
  if (!targetColumn) throw new Error('the board has no columns');
  return { board, columnId: targetColumn };
}

async function createTask(
  session: UserSession,
  boardId: string,
  name: string,
  description: string,
  columnId?: string,
) {
  const place = await placeOfNewTask(session, boardId, columnId);
  return session.client.tasks.create({
    name,
    description,
    columnId: place.columnId,
    boardId,
    projectId: place.board.projectId ?? '',
    spaceId: place.board.spaceId ?? '',
  });
}

/**
 * The task an interrupted creation of this very action made, if TeamFlame has it: a task of that name in
 * the column it was going to. TeamFlame keeps no creation time or request id, so the name is the evidence;
 * only a resend of the same click after a crash asks, never a new click.
 */
async function taskCreatedBefore(session: UserSession, boardId: string, name: string, columnId?: string) {
  const place = await placeOfNewTask(session, boardId, columnId);
  const tasks = await session.client.tasks.byColumn(place.columnId);
  return tasks.find((task) => task.name === name);
}

export function registerCreation(registry: BotRegistry): void {
  registry
    .action('task.new', async (turn, data, session) => ({
      card: await taskForm(turn, session, data.boardId, { name: data.name }),
    }))
    .action(
      'task.create',
      async (turn, data, session) => {
        const name = data.name?.trim() ?? '';
        const description = data.description?.trim() ?? '';
        const problem = nameProblem(turn, name, turn.t('create.name'));
        if (problem)
          return {
            card: await taskForm(turn, session, data.boardId, {
              name,
              description,
              columnId: data.columnId,
              problem,
            }),
            rejected: true,
          };
        const task = await createTask(session, data.boardId, name, description, data.columnId);
        return changedTask(turn, session, task.id, turn.t('task.created'));
      },
      {
        recover: async (turn, data, session) => {
          const name = data.name?.trim() ?? '';
          const created = name && (await taskCreatedBefore(session, data.boardId, name, data.columnId));
          return created ? changedTask(turn, session, created.id, turn.t('task.created')) : undefined;
        },
      },
    )
    .action('board.new', async (turn, _data, session) => {
      const projects = await new Views(session.client, turn.tabUrl.bind(turn)).projectChoices();
      return { card: createBoardCard({ projects }, turn.t) };
    })
    .action('board.create', async (turn, data, session) => {
      const name = data.name?.trim() ?? '';
      const [spaceId, projectId] = (data.project ?? '').split('/');
      const problem =
        nameProblem(turn, name, turn.t('create.boardName')) ??
        (!spaceId || !projectId ? turn.t('create.projectRequired') : undefined);
      if (problem) {
        const projects = await new Views(session.client, turn.tabUrl.bind(turn)).projectChoices();
        return {
          card: createBoardCard({ projects, name, project: data.project, problem }, turn.t),
          rejected: true,
        };
      }
      const board = await session.client.boards.create({ name, spaceId: spaceId!, projectId: projectId! });
      await rememberBoard(turn, session, board.id);
      return { card: await boardCardFor(turn, session, board.id, turn.t('create.boardCreated')) };
    })
    .action('column.new', async (turn, data, session) => {
      const board = await session.client.boards.get(data.boardId);
      return { card: createColumnCard({ boardId: board.id, boardName: board.name }, turn.t) };
    })
    .action('column.create', async (turn, data, session) => {
      const name = data.name?.trim() ?? '';
      const board = await session.client.boards.get(data.boardId);
      const problem = nameProblem(turn, name, turn.t('create.columnName'));
      if (problem)
        return {
          card: createColumnCard({ boardId: board.id, boardName: board.name, name, problem }, turn.t),
          rejected: true,
        };
      await session.client.columns.create({
        name,
        boardId: board.id,
        spaceId: board.spaceId ?? '',
        projectId: board.projectId ?? '',
      });
      return { card: await boardCardFor(turn, session, board.id, turn.t('create.columnCreated')) };
    })
    .command('newTask', async (turn, args, session) => {
      const boardId = await chosenBoard(turn, session);
      if (!boardId) {
        await turn.sendCard(errorCard({ code: 'no-board' }, turn.t));
        return;
      }
      const title = args.trim();
      if (!title || title.length > MAX_NAME) {
        await turn.sendCard(
          await taskForm(turn, session, boardId, {
            name: title,
            problem: title ? nameProblem(turn, title, turn.t('create.name')) : undefined,
          }),
        );
        return;
      }
      // Teams may deliver one message twice: its activity id makes the creation happen once.
      const key = `${session.user.id}:message:${turn.activity.id}`;
      const claim = await turn.services.db.processedActions.claim(key);
      if (!claim.claimed) return;
      const task = await holdingClaim(turn.services, key, async () => {
        try {
          const created =
            (claim.retaken && (await taskCreatedBefore(session, boardId, title))) ||
            (await createTask(session, boardId, title, ''));
          await turn.services.db.processedActions.complete(key, { taskId: created.id });
          return created;
        } catch (error) {
          // Failed before its result was recorded: a redelivery of the message may try again.
          await turn.services.db.processedActions.release(key).catch(() => undefined);
          throw error;
        }
      });
      turn.services.notifications.changed(boardId);
      await turn.sendCard(await taskCardFor(turn, session, task.id, { notice: turn.t('task.created') }), {
        taskId: task.id,
      });
    });
}
