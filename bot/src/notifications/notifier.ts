// Polls a followed board with a subscriber's own token, diffs it against the stored snapshot, records each
// change once (unique event ids), and delivers one grouped card per conversation, plus a personal message
// to people newly assigned.
import { randomUUID } from 'node:crypto';
import { CardFactory } from 'botbuilder';
import type { BotServices } from '../bot/core/services.js';
import { notificationCard, type NotificationLine } from '../bot/cards/index.js';
import { translatorFor, type TFunction } from '../bot/i18n/index.js';
import type { NotificationEventRow } from '../data/index.js';
import { displayName, TeamFlameAuthError, type TeamFlameClient } from '../teamflame/index.js';
import { diffBoards, snapshotOf, type BoardEvent, type BoardSnapshot } from './board-diff.js';

type NotifierServices = Pick<BotServices, 'db' | 'teamflame' | 'logger' | 'proactive'>;

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
    const layout = await reader.client.loadBoard(boardId);
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
    await this.dispatch(boardId, reader.board.name, reader.client, reader.locale);
    return events.length;
  }

  /** The first subscriber whose TeamFlame sign-in still works. */
  private async readerFor(boardId: string, userIds: (string | null)[]) {
    const { db, teamflame } = this.services;
    for (const userId of new Set(userIds)) {
      const user = userId ? await db.users.findById(userId) : undefined;
      const tokens = user ? await db.tokens.get(user.teamflameUserId) : undefined;
      if (!user || !tokens) continue;
      const client = teamflame.forSession(tokens, {
        onTokensRefreshed: (fresh) => db.tokens.save(user.teamflameUserId, fresh),
      });
      try {
        const board = await client.boards.get(boardId);
        return { client, board, locale: user.locale ?? undefined };
      } catch (error) {
        if (!(error instanceof TeamFlameAuthError)) throw error;
        await db.tokens.delete(user.teamflameUserId);
      }
    }
    return undefined;
  }

  private async askToRenew(boardId: string, conversationIds: string[]): Promise<void> {
    // Told once: the event's unique row is the memory of having said it.
    const fresh = await this.services.db.events.record({
      id: `${boardId}:renew`,
      boardId,
      kind: 'renew',
      payload: {},
    });
    if (!fresh) return;
    await this.services.db.events.markDispatched([`${boardId}:renew`]);
    const snapshot = (await this.services.db.snapshots.get(boardId))?.snapshot as unknown as
      BoardSnapshot | undefined;
    const board = snapshot?.boardName ?? boardId;
    for (const conversationId of conversationIds) {
      await this.send(conversationId, (t) => ({
        type: 'AdaptiveCard',
        version: '1.5',
        body: [{ type: 'TextBlock', text: t('notify.renew', { board }), wrap: true }],
        actions: [{ type: 'Action.Execute', title: t('signIn.start'), verb: 'signIn.start', data: {} }],
      }));
    }
  }

  private async dispatch(
    boardId: string,
    boardName: string,
    client: TeamFlameClient,
    locale: string | undefined,
  ): Promise<void> {
    const { db } = this.services;
    const claimed = await db.events.claimPending(boardId);
    if (claimed.length === 0) return;
    const names = new Map<string, Promise<string>>();
    const nameOf = (id: string) => {
      if (!names.has(id))
        names.set(
          id,
          client.users.get(id).then(displayName, () => id),
        );
      return names.get(id)!;
    };
    const t = translatorFor(locale);
    const lines = await Promise.all(claimed.map((row) => lineFor(row, t, nameOf)));
    for (const subscription of await db.subscriptions.forBoard(boardId)) {
      await this.send(subscription.conversationId, (tl) =>
        notificationCard({ boardId, boardName, lines }, tl),
      );
    }
    await this.notifyAssignees(claimed, boardName);
  }

  private async notifyAssignees(claimed: NotificationEventRow[], boardName: string): Promise<void> {
    const { db } = this.services;
    for (const row of claimed) {
      const event = row.payload as unknown as BoardEvent;
      if (event.kind !== 'assigned') continue;
      for (const teamflameUserId of event.added) {
        for (const user of await db.users.findByTeamFlameUser(teamflameUserId)) {
          const chat = await db.conversations.personalChatOf(user.channelUserId);
          if (!chat) continue;
          await this.send(chat.id, (t) =>
            notificationCard(
              {
                boardId: row.boardId,
                boardName,
                lines: [
                  {
                    taskId: event.taskId,
                    text: t('notify.youAssigned', { task: event.taskName, board: boardName }),
                  },
                ],
              },
              t,
            ),
          );
        }
      }
    }
  }

  private async send(conversationId: string, card: (t: TFunction) => object): Promise<void> {
    const conversation = await this.services.db.conversations.get(conversationId);
    if (!conversation?.installed) return;
    const reference = conversation.reference as { locale?: string };
    const t = translatorFor(reference.locale);
    await this.services.proactive
      .continueConversation(conversation.reference, async (context) => {
        await context.sendActivity({ attachments: [CardFactory.adaptiveCard(card(t))] });
      })
      .catch((error: unknown) =>
        this.services.logger.warn({ err: String(error), conversationId }, 'could not deliver a notification'),
      );
  }
}

async function lineFor(
  row: NotificationEventRow,
  t: TFunction,
  nameOf: (id: string) => Promise<string>,
): Promise<NotificationLine> {
  const event = row.payload as unknown as BoardEvent;
  const task = event.taskName;
  switch (event.kind) {
    case 'created':
      return { taskId: event.taskId, text: t('notify.created', { task, column: event.columnName }) };
    case 'moved':
      return { taskId: event.taskId, text: t('notify.moved', { task, from: event.from, to: event.to }) };
    case 'assigned': {
      const names = await Promise.all(event.added.map(nameOf));
      return { taskId: event.taskId, text: t('notify.assigned', { task, names: names.join(', ') || '—' }) };
    }
    case 'due':
      return {
        taskId: event.taskId,
        text: event.dueDate
          ? t('notify.due', { task, date: event.dueDate })
          : t('notify.dueCleared', { task }),
      };
    case 'commented':
      return {
        taskId: event.taskId,
        text: t('notify.commented', { task, author: event.author, text: event.text.slice(0, 200) }),
      };
  }
}
