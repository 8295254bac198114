// Polls a followed board with a subscriber's own token, diffs it against the stored snapshot, records each
// change once (unique event ids), and delivers one grouped card per conversation, plus a personal message
// to people newly assigned. Every message is a card of the card layer, rendered whole in the language of the
// conversation it goes to (not the language of the follower whose token read the board).
import { randomUUID } from 'node:crypto';
import { CardFactory } from 'botbuilder';
import type { BotServices } from '../bot/core/services.js';
import {
  assignedToYouCard,
  notificationCard,
  renewNoticeCard,
  type BoardEventView,
} from '../bot/cards/index.js';
import { translatorFor, type TFunction } from '../i18n/index.js';
import type { ConversationRow, NotificationEventRow, Repositories, UserRow } from '../data/index.js';
import type { Account } from '../accounts/index.js';
import { TeamFlameAuthError, toPlainText } from '../teamflame/index.js';
import { diffBoards, snapshotOf, type BoardEvent, type BoardSnapshot } from './board-diff.js';

type NotifierServices = Pick<BotServices, 'db' | 'accounts' | 'boards' | 'logger' | 'proactive'>;

export class BoardNotifier {
  constructor(private readonly services: NotifierServices) {}

  /** One poll of one board. Returns how many new changes it found. */
  async poll(boardId: string): Promise<number> {
    const { db } = this.services;
    const subscriptions = await db.subscriptions.forBoard(boardId);
    if (subscriptions.length === 0) return 0;
    const reader = await this.readerFor(
      boardId,
      subscriptions.map((s) => s.subscribedBy),
    );
    if (!reader) {
      await this.askToRenew(
        boardId,
        subscriptions.map((s) => s.conversationId),
      );
      return 0;
    }
    const layout = await reader.account.client.loadBoard(boardId);
    const next = { ...snapshotOf(layout, randomUUID()), boardName: reader.board.name };
    const previous = await db.snapshots.get(boardId);
    const events = previous ? diffBoards(boardId, previous.snapshot as unknown as BoardSnapshot, next) : [];
    await db.transaction(async (tx) => {
      for (const event of events) {
        await tx.events.record({
          id: event.id,
          boardId,
          kind: event.kind,
          payload: event as unknown as Record<string, string>,
        });
      }
      await tx.snapshots.save(boardId, next as unknown as Record<string, string>);
    });
    // Changes made elsewhere in TeamFlame go down the same path as the app's own: sent task cards are redrawn.
    for (const taskId of new Set(events.map((event) => event.taskId)))
      this.services.boards.changes.taskChanged({ taskId, boardId, actor: reader.account, source: 'poll' });
    await this.dispatch(boardId, reader.board.name, reader.account);
    return events.length;
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

  private async askToRenew(boardId: string, conversationIds: string[]): Promise<void> {
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

  private async dispatch(boardId: string, boardName: string, reader: Account): Promise<void> {
    // Claimed and addressed in one transaction: should the database go away before it commits, the events
    // stay pending for the next poll; once it has committed, delivering needs no database.
    const plan = await this.services.db.transaction(async (tx) => {
      const claimed = await tx.events.claimPending(boardId);
      if (claimed.length === 0) return undefined;
      const subscribers = await tx.subscriptions.forBoard(boardId);
      const channels = await installedConversations(
        tx,
        subscribers.map((s) => s.conversationId),
      );
      const personalChats = new Map<string, ConversationRow[]>();
      for (const teamflameUserId of claimed.flatMap(newlyAssigned)) {
        if (!personalChats.has(teamflameUserId))
          personalChats.set(teamflameUserId, await personalChatsOf(tx, teamflameUserId));
      }
      return { claimed, channels, personalChats };
    });
    if (!plan) return;
    // Names as the reading follower sees them, from the domain's one name cache.
    const people = this.services.boards.reader(reader);
    const nameOf = async (id: string) => (await people.people([id]))[0]!.name;
    const changes = await Promise.all(plan.claimed.map((row) => changeOf(row, nameOf)));
    for (const conversation of plan.channels) {
      await this.send(conversation, (t) => notificationCard({ boardId, boardName, changes }, t));
    }
    for (const row of plan.claimed) {
      const { taskId, taskName } = row.payload as unknown as BoardEvent;
      for (const teamflameUserId of newlyAssigned(row)) {
        for (const chat of plan.personalChats.get(teamflameUserId) ?? []) {
          await this.send(chat, (t) => assignedToYouCard({ boardId, boardName, taskId, taskName }, t));
        }
      }
    }
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

/** TeamFlame users an event newly assigns (they get a personal message). */
function newlyAssigned(row: NotificationEventRow): string[] {
  const event = row.payload as unknown as BoardEvent;
  return event.kind === 'assigned' ? event.added : [];
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

/** The personal chats with the bot of every Teams user linked to this TeamFlame user. */
async function personalChatsOf(tx: Repositories, teamflameUserId: string): Promise<ConversationRow[]> {
  const chats: ConversationRow[] = [];
  for (const user of await tx.users.findByTeamFlameUser(teamflameUserId)) {
    const chat = await tx.conversations.personalChatOf(user.channelUserId);
    if (chat) chats.push(chat);
  }
  return chats;
}

/**
 * A recorded change as the card layer tells it: people as their names, a quoted comment as plain text
 * (TeamFlame's may be HTML). Nothing here is in any language; the card words it.
 */
async function changeOf(
  row: NotificationEventRow,
  nameOf: (id: string) => Promise<string>,
): Promise<BoardEventView> {
  const event = row.payload as unknown as BoardEvent;
  const { taskId, taskName } = event;
  switch (event.kind) {
    case 'created':
      return { kind: 'created', taskId, taskName, columnName: event.columnName };
    case 'moved':
      return { kind: 'moved', taskId, taskName, from: event.from, to: event.to };
    case 'assigned':
      return { kind: 'assigned', taskId, taskName, names: await Promise.all(event.added.map(nameOf)) };
    case 'due':
      return { kind: 'due', taskId, taskName, dueDate: event.dueDate ?? undefined };
    case 'commented':
      return { kind: 'commented', taskId, taskName, author: event.author, text: toPlainText(event.text) };
  }
}
