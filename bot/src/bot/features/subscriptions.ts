// Following a board from a conversation (every change on it then arrives as a card, at once or in a digest),
// and following one's own tasks across boards in personal chat (notifications/).
import { unlessHidden, type Delivery, type FollowedBoard } from '../../boards/index.js';
import type { BotTurn } from '../core/bot-turn.js';
import type { BotRegistry } from '../core/registry.js';
import type { UserSession } from '../core/user-session.js';
import {
  badDeliveryCard,
  describeDelivery,
  errorCard,
  myTasksFollowCard,
  subscriptionsCard,
  type DeliveryView,
} from '../cards/index.js';
import { boardCardFor } from '../core/board-cards.js';
import { chosenBoard } from '../core/chosen-board.js';
import { deliveryFromForm, parseDeliveryWords } from '../commands/delivery-words.js';

/** The conversation's time zone, as Teams tells it on the activity (`localTimezone`, or clientInfo). */
function timeZoneOf(turn: BotTurn): string | undefined {
  const { activity } = turn;
  if (activity.localTimezone) return activity.localTimezone;
  const clientInfo = activity.entities?.find((e) => e.type === 'clientInfo') as
    { timezone?: unknown } | undefined;
  return typeof clientInfo?.timezone === 'string' ? clientInfo.timezone : undefined;
}

function deliveryView(delivery: Delivery, timeZone: string | null): DeliveryView {
  return delivery.mode === 'daily' ? { ...delivery, timeZone } : delivery;
}

async function follow(turn: BotTurn, session: UserSession, boardId: string, delivery: Delivery) {
  await turn.recordConversation();
  const board = await turn.services.boards.follow(
    session,
    turn.conversationId,
    boardId,
    delivery,
    timeZoneOf(turn),
  );
  const stored = await turn.services.db.subscriptions.get(turn.conversationId, board.id);
  const notice =
    delivery.mode === 'instant'
      ? turn.t('notify.subscribed', { board: board.name })
      : turn.t('notify.subscribedDigest', {
          board: board.name,
          mode: describeDelivery(deliveryView(delivery, stored?.timeZone ?? null), turn.t),
        });
  return boardCardFor(turn, session, board.id, { notice });
}

async function followed(turn: BotTurn, session: UserSession) {
  const boards: FollowedBoard[] = await turn.services.boards.followed(session, turn.conversationId);
  return boards.map((b) => ({ ...b, delivery: deliveryView(b.delivery, b.timeZone) }));
}

/** Stops one board; answers with the board and what happened, or, for a board hidden now, what is left. */
async function unfollow(turn: BotTurn, session: UserSession, boardId: string) {
  const stopped = await turn.services.boards.unfollow(turn.conversationId, boardId);
  const board = await session.client.boards.get(boardId).catch(unlessHidden(undefined));
  if (!board) return subscriptionsCard(await followed(turn, session), turn.t);
  const notice = turn.t(stopped ? 'notify.unsubscribed' : 'notify.notFollowed', { board: board.name });
  return boardCardFor(turn, session, board.id, { notice });
}

/** "follow my tasks": only in personal chat, where the messages go. */
async function followMine(turn: BotTurn, session: UserSession) {
  if (turn.inSharedConversation) return myTasksFollowCard('onlyPersonal', turn.t);
  await turn.recordConversation();
  await turn.services.boards.followMyTasks(session, turn.conversationId);
  return myTasksFollowCard('followed', turn.t);
}

async function unfollowMine(turn: BotTurn, session: UserSession) {
  const stopped = await turn.services.boards.unfollowMyTasks(session);
  return myTasksFollowCard(stopped ? 'unfollowed' : 'notFollowed', turn.t);
}

export function registerSubscriptions(registry: BotRegistry): void {
  registry
    .action('subscribe', async (turn, data, session) => {
      const delivery = deliveryFromForm(data.delivery, data.dailyAt);
      if (!delivery)
        return {
          card: badDeliveryCard(`${data.delivery ?? ''} ${data.dailyAt ?? ''}`.trim(), turn.t),
          rejected: true,
        };
      return { card: await follow(turn, session, data.boardId, delivery) };
    })
    .action('unsubscribe', async (turn, data, session) => ({
      card: await unfollow(turn, session, data.boardId),
    }))
    .command('subscribe', async (turn, args, session) => {
      const delivery = parseDeliveryWords(args);
      if (!delivery) {
        await turn.sendCard(badDeliveryCard(args, turn.t));
        return;
      }
      const boardId = await chosenBoard(turn, session);
      await turn.sendCard(
        boardId ? await follow(turn, session, boardId, delivery) : errorCard({ code: 'no-board' }, turn.t),
      );
    })
    .command('subscriptions', async (turn, _args, session) => {
      await turn.sendCard(subscriptionsCard(await followed(turn, session), turn.t));
    })
    // Stops what the conversation follows, whichever board was chosen since: the one board it follows, or
    // the one picked from a card when it follows several.
    .command('unsubscribe', async (turn, _args, session) => {
      const boards = await followed(turn, session);
      await turn.sendCard(
        boards.length === 1
          ? await unfollow(turn, session, boards[0]!.id)
          : subscriptionsCard(boards, turn.t, 'chooseToStop'),
      );
    })
    .command('followMine', async (turn, _args, session) => {
      await turn.sendCard(await followMine(turn, session));
    })
    .command('unfollowMine', async (turn, _args, session) => {
      await turn.sendCard(await unfollowMine(turn, session));
    });
}
