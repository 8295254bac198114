// "My tasks": the person's open tasks across boards, grouped by when they are due and paged, each one a
// click from done. In a shared conversation the card names whose list it is, and its Done buttons act only
// for that person.
import { accountName } from '../../accounts/index.js';
import type { FinishOutcome } from '../../boards/index.js';
import { myTasksCard } from '../cards/index.js';
import type { BotTurn } from '../core/bot-turn.js';
import { localToday } from '../core/local-day.js';
import { myTasksView } from '../core/my-tasks-view.js';
import type { ActionResult, BotRegistry } from '../core/registry.js';
import type { UserSession } from '../core/user-session.js';

async function myTasksCardFor(
  turn: BotTurn,
  session: UserSession,
  options: { page?: number; notice?: string; problem?: string } = {},
) {
  const model = await turn.services.boards.reader(session).myTasks();
  const name = turn.inSharedConversation ? accountName(session.user) : undefined;
  const list = myTasksView(model, {
    today: localToday(turn.activity),
    page: options.page,
    owner: { id: session.user.teamflameUserId, name },
  });
  return myTasksCard({ list, notice: options.notice, problem: options.problem }, turn.t);
}

/** The list redrawn after Done, saying what happened. A refusal (`rejected`) leaves the button usable again. */
async function afterDone(
  turn: BotTurn,
  session: UserSession,
  page: number | undefined,
  outcome: FinishOutcome,
): Promise<ActionResult> {
  const { t } = turn;
  const task = outcome.taskName;
  switch (outcome.kind) {
    case 'moved':
      return {
        card: await myTasksCardFor(turn, session, {
          page,
          notice: t('task.mine.markedDone', { task, column: outcome.column }),
        }),
      };
    case 'already-done':
      return {
        card: await myTasksCardFor(turn, session, {
          page,
          notice: t('task.mine.alreadyDone', { task, column: outcome.column }),
        }),
      };
    case 'no-done-column':
      return {
        card: await myTasksCardFor(turn, session, { page, problem: t('task.mine.noDoneColumn', { task }) }),
        rejected: true,
      };
  }
}

export function registerMyTasks(registry: BotRegistry): void {
  registry
    .action('tasks.mine', async (turn, data, session) => ({
      card: await myTasksCardFor(turn, session, { page: data.page }),
    }))
    .action('task.done', async (turn, data, session) => {
      // Someone else's list, pressed in a shared conversation: they get their own list, nothing moves.
      if (data.owner !== session.user.teamflameUserId)
        return {
          card: await myTasksCardFor(turn, session, { problem: turn.t('task.mine.notYours') }),
          rejected: true,
        };
      const outcome = await turn.services.boards.finishTask(session, data.taskId, turn.origin);
      return afterDone(turn, session, data.page, outcome);
    })
    .command('myTasks', async (turn, _args, session) => {
      await turn.sendCard(await myTasksCardFor(turn, session));
    });
}
