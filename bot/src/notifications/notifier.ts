// Polls a followed board with a subscriber's own token, diffs it against the stored snapshot, records each
// change once (unique event ids) with who made it when it was made through this app, and delivers: one card
// per poll to conversations that get changes at once, a digest per period to the others, and a personal
// message to people a change concerns (newly assigned, or following "my tasks"). Nobody is told about their
// own change. Every message is a card of the card layer, rendered whole in the language of the conversation
// it goes to (not the language of the follower whose token read the board).
import { randomUUID } from 'node:crypto';
import { CardFactory } from 'botbuilder';
import type { BotServices } from '../bot/core/services.js';
import {
  digestCard,
  notificationCard,
  personalCard,
  renewNoticeCard,
  type BoardEventView,
  type DeliveryView,
} from '../bot/cards/index.js';
import { deliveryOf } from '../boards/index.js';
import { nextDigestAt } from '../boards/delivery.js';
import { translatorFor, type TFunction } from '../i18n/index.js';
import type { ConversationRow, Repositories, SubscriptionRow, UserRow } from '../data/index.js';
import type { Account } from '../accounts/index.js';
import { TeamFlameAuthError } from '../teamflame/index.js';
import { diffBoards, overdueEvents, snapshotOf, type BoardEvent, type BoardSnapshot } from './board-diff.js';
import { madeBy, personalViewsOf, viewsOf, type TeamFlamePerson } from './event-views.js';
import { membersToMention } from './mentions.js';
import { personalDeliveries } from './personal-stream.js';

/** How often the boards of a follower of "my tasks" are listed again. */
const RECHECK_MS = 10 * 60 * 1000;

type NotifierServices = Pick<BotServices, 'db' | 'accounts' | 'boards' | 'logger' | 'proactive'>;
type NameOf = (teamflameUserId: string) => Promise<string>;

/** A conversation that gets this poll's changes at once, and who may not be told of their own. */
interface InstantDelivery {
  conversation: ConversationRow;
  /** In a personal chat: its only member, whose own changes are left out. */
  member?: TeamFlamePerson;
  /** In channels and group chats: people newly assigned, to @mention when Teams lists them there. */
  assignees: UserRow[];
}

export class BoardNotifier {
  constructor(private readonly services: NotifierServices) {}

  /** One poll of one board. Returns how many new changes it found. */
  async poll(boardId: string): Promise<number> {
    const { db } = this.services;
    const [subscriptions, followers] = await Promise.all([
      db.subscriptions.forBoard(boardId),
      db.personalFollows.forBoard(boardId),
    ]);
    if (subscriptions.length === 0 && followers.length === 0) return 0;
    const reader = await this.readerFor(boardId, [
      ...subscriptions.map((s) => s.subscribedBy),
      ...followers.map((f) => f.userId),
    ]);
    if (!reader) {
      await this.askToRenew(
        boardId,
        subscriptions.map((s) => s.conversationId),
      );
      return 0;
    }
    const readAt = new Date();
    const layout = await reader.account.client.loadBoard(boardId);
    const next = { ...snapshotOf(layout, randomUUID()), boardName: reader.board.name };
    const previousRow = await db.snapshots.get(boardId);
    const previous = previousRow?.snapshot as unknown as BoardSnapshot | undefined;
    // Only writes recorded after the previous snapshot was read can be what this poll finds: one recorded
    // earlier is in that snapshot already (it is recorded after TeamFlame took it), and matching it to a
    // later change would name the wrong person.
    const writtenSince = previousRow?.takenAt ?? new Date(0);
    const found = previous ? diffBoards(boardId, previous, next) : [];
    await db.transaction(async (tx) => {
      for (const { event, made } of found) {
        const actor = await tx.appChanges.authorOf(event.id, { taskId: event.taskId, ...made }, writtenSince);
        await record(tx, boardId, actor ? { ...event, actor } : event);
      }
      // Overdue is a state, not a change: told once per person, task and due date. What is overdue when a
      // board first comes into someone's stream counts as known: they hear of tasks that become overdue.
      for (const follower of followers) {
        const overdue = overdueEvents(boardId, next, [follower.teamflameUserId]);
        for (const event of overdue) await record(tx, boardId, event);
        if (follower.overdueKnownBoardIds.includes(boardId)) continue;
        await tx.events.markDispatched(overdue.map((event) => event.id));
        await tx.personalFollows.markOverdueKnown(follower.userId, boardId);
      }
      // Writes too old to be matched any more go when there was something to match them with.
      if (found.length > 0) await tx.appChanges.prune();
      await tx.snapshots.save(boardId, next as unknown as Record<string, string>, readAt);
    });
    // Changes made elsewhere in TeamFlame go down the same path as the app's own: sent task cards are redrawn.
    for (const taskId of new Set(found.map(({ event }) => event.taskId)))
      this.services.boards.changes.taskChanged({ taskId, boardId, actor: reader.account, source: 'poll' });
    const nameOf = this.namesAs(reader.account);
    await this.dispatch(boardId, reader.board.name, nameOf);
    await this.sendDueDigests(boardId, reader.board.name, nameOf);
    return found.length;
  }

  /**
   * Before each round: snapshots of boards nobody follows any more go (see dropUnfollowed), and each
   * follower of "my tasks" whose boards were not checked for RECHECK_MS has them checked again, so boards
   * shared with them since join their stream. A follower whose sign-in lapsed keeps the list.
   */
  async beforeRound(now = new Date()): Promise<void> {
    const { db, accounts, boards, logger } = this.services;
    await db.snapshots.dropUnfollowed();
    for (const userId of await db.personalFollows.claimBoardsCheck(new Date(now.getTime() - RECHECK_MS))) {
      const user = await db.users.findById(userId);
      const account = user ? await accounts.forUser(user) : undefined;
      if (!account) continue;
      await boards
        .recheckMyTasksBoards(account)
        .catch((error: unknown) =>
          logger.warn({ err: String(error), userId }, 'could not check boards again'),
        );
    }
  }

  /** The first follower whose TeamFlame sign-in still works, with the board as that follower sees it. */
  private async readerFor(boardId: string, userIds: (string | null)[]) {
    for (const userId of new Set(userIds)) {
      const user = userId ? await this.services.db.users.findById(userId) : undefined;
      const reader = user ? await this.readAs(user, boardId) : undefined;
      if (reader) return reader;
    }
    return undefined;
  }

  /**
   * Reads the board with the user's stored tokens; undefined when their sign-in has lapsed. The client
   * refreshes once on a 401, and only TeamFlame refusing that refresh means a lapse. A 401 after a refresh
   * that worked is a blip: the poll fails and the next one tries again, the tokens stay. And as refresh
   * tokens are single use, a refusal can also mean that another session (a bot turn, the tab, another
   * instance) refreshed first and stored newer tokens: then the read is tried again with those.
   */
  private async readAs(user: UserRow, boardId: string) {
    const { accounts } = this.services;
    for (let attempt = 1; ; attempt++) {
      const account = await accounts.forUser(user);
      if (!account) return undefined;
      try {
        const board = await account.client.boards.get(boardId);
        return { account, board };
      } catch (error) {
        if (!(error instanceof TeamFlameAuthError)) throw error;
        const outcome = await accounts.authFailed(account);
        if (outcome === 'lapsed') return undefined;
        if (outcome === 'blip' || attempt === 2) throw error;
      }
    }
  }

  /** Names as the reading follower sees them, from the domain's one name cache. */
  private namesAs(reader: Account): NameOf {
    const people = this.services.boards.reader(reader);
    return async (id: string) => (await people.people([id]))[0]!.name;
  }

  private async askToRenew(boardId: string, conversationIds: string[]): Promise<void> {
    if (conversationIds.length === 0) return;
    const { db } = this.services;
    const snapshot = (await db.snapshots.get(boardId))?.snapshot as unknown as BoardSnapshot | undefined;
    // Told once per lapse: the event's unique row is the memory of having said it. Its id names the last
    // snapshot taken, which only a successful poll replaces: after someone signs in again and the board is
    // read, a later lapse is told again.
    const id = `${boardId}:renew:${snapshot?.version ?? 'never-read'}`;
    const conversations = await db.transaction(async (tx) => {
      if (!(await tx.events.record({ id, boardId, kind: 'renew', payload: {} }))) return [];
      await tx.events.markDispatched([id]);
      return installedConversations(tx, conversationIds);
    });
    const board = snapshot?.boardName ?? boardId;
    for (const conversation of conversations) {
      await this.send(conversation, (t) => renewNoticeCard({ boardName: board }, t));
    }
  }

  private async dispatch(boardId: string, boardName: string, nameOf: NameOf): Promise<void> {
    // Claimed, collected for digests and addressed in one transaction: should the database go away before it
    // commits, the events stay pending for the next poll; once it has committed, delivering needs no database.
    const plan = await this.services.db.transaction(async (tx) => {
      const claimed = (await tx.events.claimPending(boardId)).map(
        (row) => row.payload as unknown as BoardEvent,
      );
      if (claimed.length === 0) return undefined;
      // Overdue events are personal: they only go to the person they name.
      const changes = claimed.filter((event) => event.kind !== 'overdue');
      const instant: InstantDelivery[] = [];
      for (const subscription of await tx.subscriptions.forBoard(boardId)) {
        if (subscription.delivery !== 'instant') {
          for (const event of changes)
            await tx.subscriptions.collect(
              subscription.id,
              event.id,
              event as unknown as Record<string, string>,
            );
          continue;
        }
        const conversation = await tx.conversations.get(subscription.conversationId);
        if (conversation?.installed) instant.push(await instantDelivery(tx, conversation, changes));
      }
      const personal = await personalDeliveries(tx, claimed, await tx.personalFollows.forBoard(boardId));
      return { changes, instant, personal };
    });
    if (!plan) return;
    for (const delivery of plan.instant) {
      const events = plan.changes.filter((e) => !delivery.member || !madeBy(e, delivery.member));
      const views = await allViews(events, nameOf, viewsOf);
      if (views.length === 0) continue;
      const mentions = await this.mentionsIn(delivery);
      await this.send(delivery.conversation, (t) =>
        notificationCard({ boardId, boardName, changes: views, mentions }, t),
      );
    }
    for (const delivery of plan.personal) {
      const views = await allViews(delivery.events, nameOf, personalViewsOf);
      for (const chat of delivery.chats)
        await this.send(chat, (t) => personalCard({ boardName, changes: views }, t));
    }
  }

  /**
   * Sends each digest of the board that is due: its subscription's changes since the last one, grouped by
   * task; nothing when nothing changed. Claiming a digest moves its due time on, so exactly one instance
   * sends it.
   */
  private async sendDueDigests(boardId: string, boardName: string, nameOf: NameOf): Promise<void> {
    const now = new Date();
    const due = (await this.services.db.subscriptions.forBoard(boardId)).filter(
      (s) => s.delivery !== 'instant' && s.nextDigestAt && new Date(s.nextDigestAt) <= now,
    );
    for (const subscription of due) {
      const claimed = await this.services.db.transaction(async (tx) => {
        const next = nextDigestAt(deliveryOf(subscription), subscription.timeZone, now)!;
        const items = await tx.subscriptions.claimDigest(subscription.id, next, now);
        if (!items?.length) return undefined;
        const conversation = await tx.conversations.get(subscription.conversationId);
        if (!conversation?.installed) return undefined;
        const events = items.map((item) => item.change as unknown as BoardEvent);
        return { events, ...(await instantDelivery(tx, conversation, events)) };
      });
      if (!claimed) continue;
      const events = claimed.events.filter((e) => !claimed.member || !madeBy(e, claimed.member));
      const views = await allViews(events, nameOf, viewsOf);
      if (views.length === 0) continue;
      const delivery = deliveryViewOf(subscription);
      const mentions = await this.mentionsIn(claimed);
      await this.send(claimed.conversation, (t) =>
        digestCard({ boardId, boardName, delivery, changes: views, mentions }, t),
      );
    }
  }

  /** People newly assigned who Teams says are in the conversation, to @mention there. */
  private mentionsIn(delivery: Pick<InstantDelivery, 'conversation' | 'assignees'>) {
    const { proactive, logger } = this.services;
    return membersToMention(proactive, logger, delivery.conversation, delivery.assignees);
  }

  /** Sends the card in the conversation's language: the Teams locale its stored reference carries. */
  private async send(conversation: ConversationRow, card: (t: TFunction) => object): Promise<void> {
    const reference = conversation.reference as { locale?: string };
    const t = translatorFor(reference.locale);
    await this.services.proactive
      .continueConversation(conversation.reference, async (context) => {
        await context.sendActivity({ attachments: [CardFactory.adaptiveCard(card(t))] });
      })
      .catch((error: unknown) =>
        this.services.logger.warn(
          { err: String(error), conversationId: conversation.id },
          'could not deliver a notification',
        ),
      );
  }
}

async function record(tx: Repositories, boardId: string, event: BoardEvent): Promise<void> {
  await tx.events.record({
    id: event.id,
    boardId,
    kind: event.kind,
    payload: event as unknown as Record<string, string>,
  });
}

async function allViews(
  events: BoardEvent[],
  nameOf: NameOf,
  toViews: (event: BoardEvent, nameOf: NameOf) => Promise<BoardEventView[]>,
): Promise<BoardEventView[]> {
  return (await Promise.all(events.map((event) => toViews(event, nameOf)))).flat();
}

/**
 * Who a conversation's card is for: in a personal chat, its one member (their own changes are left out);
 * elsewhere, the people these changes newly assign (to @mention).
 */
async function instantDelivery(
  tx: Repositories,
  conversation: ConversationRow,
  changes: BoardEvent[],
): Promise<InstantDelivery> {
  if (conversation.kind === 'personal') {
    const channelUserId = (conversation.reference as { user?: { id?: string } }).user?.id;
    const user = channelUserId
      ? await tx.users.findByChannelUser(conversation.tenantId, channelUserId)
      : undefined;
    return {
      conversation,
      assignees: [],
      ...(user ? { member: { teamflameUserId: user.teamflameUserId, name: user.teamflameName } } : {}),
    };
  }
  const added = new Set(changes.flatMap((e) => (e.kind === 'assigned' ? e.added : [])));
  const assignees: UserRow[] = [];
  for (const teamflameUserId of added)
    assignees.push(...(await tx.users.findByTeamFlameUser(teamflameUserId)));
  return { conversation, assignees };
}

function deliveryViewOf(subscription: SubscriptionRow): DeliveryView {
  const delivery = deliveryOf(subscription);
  return delivery.mode === 'daily' ? { ...delivery, timeZone: subscription.timeZone } : delivery;
}

/** The conversations, among these, where the app is still installed. */
async function installedConversations(tx: Repositories, ids: string[]): Promise<ConversationRow[]> {
  const found: ConversationRow[] = [];
  for (const id of ids) {
    const conversation = await tx.conversations.get(id);
    if (conversation?.installed) found.push(conversation);
  }
  return found;
}
