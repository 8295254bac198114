import type { EntityManager } from 'typeorm';
import { SubscriptionEntity, type JsonObject, type SubscriptionRow } from '../entities/index.js';
import { returnedRows } from './returning.js';

/**
 * The boards someone follows, as one column "boardId": boards that at least one installed conversation
 * follows, and the boards of people who follow their own tasks (in a personal chat that still has the app).
 */
export const FOLLOWED_BOARDS = `
  SELECT s.board_id AS "boardId" FROM subscriptions s
    JOIN conversations c ON c.id = s.conversation_id AND c.installed
  UNION
  SELECT jsonb_array_elements_text(f.board_ids) FROM personal_follows f
    JOIN conversations c ON c.id = f.conversation_id AND c.installed`;

/** Every kind of change is followed; the column stays for a later choice of kinds per subscription. */
const ALL_EVENTS = ['created', 'moved', 'assigned', 'due', 'commented', 'renamed'] as const;

/** How a subscription is delivered, as stored. */
export interface DeliverySettings {
  delivery: SubscriptionRow['delivery'];
  everyMinutes: number | null;
  dailyAt: string | null;
  timeZone: string | null;
  /** When the first digest is due; null for instant delivery. */
  nextDigestAt: Date | null;
}

const INSTANT: DeliverySettings = {
  delivery: 'instant',
  everyMinutes: null,
  dailyAt: null,
  timeZone: null,
  nextDigestAt: null,
};

/** A change waiting for its digest: the card layer's view of it, as the notifier made it. */
export interface DigestItem {
  change: JsonObject;
  createdAt: Date;
}

export class SubscriptionsRepository {
  constructor(private readonly manager: EntityManager) {}

  /** Follows the board, or changes how an existing subscription is delivered. */
  async subscribe(
    conversationId: string,
    boardId: string,
    subscribedBy: string | null,
    settings: DeliverySettings = INSTANT,
  ): Promise<void> {
    await this.manager
      .getRepository(SubscriptionEntity)
      .upsert({ conversationId, boardId, subscribedBy, events: [...ALL_EVENTS], ...settings }, [
        'conversationId',
        'boardId',
      ]);
  }

  /** True when there was a subscription to remove. */
  async unsubscribe(conversationId: string, boardId: string): Promise<boolean> {
    const result = await this.manager.getRepository(SubscriptionEntity).delete({ conversationId, boardId });
    return (result.affected ?? 0) > 0;
  }

  forConversation(conversationId: string): Promise<SubscriptionRow[]> {
    return this.manager.getRepository(SubscriptionEntity).findBy({ conversationId });
  }

  async get(conversationId: string, boardId: string): Promise<SubscriptionRow | undefined> {
    return (
      (await this.manager.getRepository(SubscriptionEntity).findOneBy({ conversationId, boardId })) ??
      undefined
    );
  }

  /** Subscriptions of a board whose conversation still has the app installed. */
  forBoard(boardId: string): Promise<SubscriptionRow[]> {
    return this.manager
      .getRepository(SubscriptionEntity)
      .createQueryBuilder('s')
      .innerJoin('conversations', 'c', 'c.id = s.conversation_id')
      .where('s.board_id = :boardId AND c.installed = true', { boardId })
      .getMany();
  }

  /** What the notifier polls (FOLLOWED_BOARDS). */
  async subscribedBoards(): Promise<string[]> {
    const rows = (await this.manager.query(FOLLOWED_BOARDS)) as { boardId: string }[];
    return rows.map((r) => r.boardId);
  }

  /** Whether anyone follows the board: a change to a board nobody follows is not worth a poll. */
  async isFollowed(boardId: string): Promise<boolean> {
    const [row] = (await this.manager.query(
      `SELECT EXISTS (SELECT 1 FROM (${FOLLOWED_BOARDS}) followed WHERE "boardId" = $1) AS followed`,
      [boardId],
    )) as { followed: boolean }[];
    return row?.followed === true;
  }

  /** Keeps a change for the subscription's next digest; a change kept already is not kept twice. */
  async collect(subscriptionId: string, eventId: string, change: JsonObject): Promise<void> {
    await this.manager.query(
      `INSERT INTO digest_items (subscription_id, event_id, change) VALUES ($1, $2, $3::jsonb)
       ON CONFLICT (subscription_id, event_id) DO NOTHING`,
      [subscriptionId, eventId, JSON.stringify(change)],
    );
  }

  /**
   * Takes the subscription's digest if it is due at `now`, moving the next one to `nextAt`: when several
   * instances try at once, the first update wins and the others find it no longer due (PostgreSQL checks
   * the condition again on the row the first one committed). Undefined when it is not due (or another
   * instance took it); an empty list when due with nothing in it (nothing is sent).
   */
  async claimDigest(
    subscriptionId: string,
    nextAt: Date,
    now = new Date(),
  ): Promise<DigestItem[] | undefined> {
    const moved = returnedRows<unknown>(
      await this.manager.query(
        `UPDATE subscriptions SET next_digest_at = $2
         WHERE id = $1 AND next_digest_at <= $3 RETURNING id`,
        [subscriptionId, nextAt, now],
      ),
    );
    if (moved.length === 0) return undefined;
    const items = returnedRows<DigestItem>(
      await this.manager.query(
        `DELETE FROM digest_items WHERE subscription_id = $1 RETURNING change, created_at AS "createdAt"`,
        [subscriptionId],
      ),
    );
    return items.sort((a, b) => new Date(a.createdAt).getTime() - new Date(b.createdAt).getTime());
  }
}
