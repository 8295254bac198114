// Creating tasks, boards and columns from forms; what is wrong is shown in the form itself.
import { createBoardCard, createColumnCard, createTaskCard, errorCard } from '../cards/index.js';
import type { BotTurn } from '../core/bot-turn.js';
import type { ActionResult, BotRegistry } from '../core/registry.js';
import { runOnce } from '../core/run-once.js';
import type { UserSession } from '../core/user-session.js';
import { boardCardFor, taskCardFor } from '../core/board-cards.js';
import { chosenBoard, rememberBoard } from '../core/chosen-board.js';

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

async function createdTask(turn: BotTurn, session: UserSession, taskId: string): Promise<ActionResult> {
  return { card: await taskCardFor(turn, session, taskId, { notice: turn.t('task.created') }), taskId };
}

/** Projects to create a board in; the value carries the space too ("spaceId/projectId"). */
async function projectChoices(turn: BotTurn, session: UserSession) {
  const projects = await turn.services.boards.reader(session).projectChoices();
  return projects.map((p) => ({ id: `${p.spaceId}/${p.id}`, title: `${p.spaceName} / ${p.name}` }));
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
        const task = await turn.services.boards.createTask(
          session,
          { boardId: data.boardId, columnId: data.columnId, name, descriptionText: description },
          turn.origin,
        );
        return createdTask(turn, session, task.id);
      },
      {
        recover: async (turn, data, session) => {
          const name = data.name?.trim() ?? '';
          const created =
            name &&
            (await turn.services.boards.taskCreatedBefore(session, data.boardId, name, data.columnId));
          return created ? createdTask(turn, session, created.id) : undefined;
        },
      },
    )
    .action('board.new', async (turn, _data, session) => {
      return { card: createBoardCard({ projects: await projectChoices(turn, session) }, turn.t) };
    })
    .action('board.create', async (turn, data, session) => {
      const name = data.name?.trim() ?? '';
      const [spaceId, projectId] = (data.project ?? '').split('/');
      const problem =
        nameProblem(turn, name, turn.t('create.boardName')) ??
        (!spaceId || !projectId ? turn.t('create.projectRequired') : undefined);
      if (problem) {
        const projects = await projectChoices(turn, session);
        return {
          card: createBoardCard({ projects, name, project: data.project, problem }, turn.t),
          rejected: true,
        };
      }
      const board = await session.client.boards.create({ name, spaceId: spaceId!, projectId: projectId! });
      await rememberBoard(turn, session, board.id);
      return { card: await boardCardFor(turn, session, board.id, { notice: turn.t('create.boardCreated') }) };
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
      return {
        card: await boardCardFor(turn, session, board.id, { notice: turn.t('create.columnCreated') }),
      };
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
      const created = await runOnce(
        turn.services,
        `${session.user.id}:message:${turn.activity.id}`,
        async (retaken) =>
          (retaken && (await turn.services.boards.taskCreatedBefore(session, boardId, title))) ||
          (await turn.services.boards.createTask(session, { boardId, name: title })),
        (task) => ({ taskId: task.id }),
      );
      if (!created.ran) return;
      const task = created.value;
      await turn.sendCard(await taskCardFor(turn, session, task.id, { notice: turn.t('task.created') }), {
        taskId: task.id,
      });
    });
}
