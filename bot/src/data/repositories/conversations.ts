import type { EntityManager } from 'typeorm';
import { ConversationEntity, type ConversationKind, type ConversationRow } from '../entities/index.js';

export interface RecordConversationInput {
  id: string;
  tenantId: string;
  kind: ConversationKind;
  reference: object;
}

/** How many conversations a process remembers as recorded (the oldest are forgotten first). */
const REMEMBERED = 10_000;

export class ConversationsRepository {
  /** What this process last recorded per conversation: the same again needs no round trip. */
  private readonly recorded = new Map<string, string>();

  constructor(private readonly manager: EntityManager) {}

  /**
   * Stores the reference proactive messages need; the app counts as installed again. Nothing is written
   * when nothing changed, and nothing is even asked when this process recorded the same already, unless
   * `installed` (the app was just added: it may have been removed through another instance meanwhile).
   */
  async record(input: RecordConversationInput, options: { installed?: boolean } = {}): Promise<void> {
    const remembered = JSON.stringify([input.tenantId, input.kind, input.reference]);
    if (!options.installed && this.recorded.get(input.id) === remembered) return;
    await this.manager.query(
      `INSERT INTO conversations (id, tenant_id, kind, reference, installed)
       VALUES ($1, $2, $3, $4::jsonb, true)
       ON CONFLICT (id) DO UPDATE
         SET tenant_id = EXCLUDED.tenant_id, kind = EXCLUDED.kind, reference = EXCLUDED.reference,
             installed = true, updated_at = now()
         WHERE conversations.installed IS NOT TRUE
            OR conversations.tenant_id IS DISTINCT FROM EXCLUDED.tenant_id
            OR conversations.kind IS DISTINCT FROM EXCLUDED.kind
            OR conversations.reference IS DISTINCT FROM EXCLUDED.reference`,
      [input.id, input.tenantId, input.kind, JSON.stringify(input.reference)],
    );
    this.recorded.delete(input.id);
    this.recorded.set(input.id, remembered);
    if (this.recorded.size > REMEMBERED) this.recorded.delete(this.recorded.keys().next().value!);
  }

  async get(id: string): Promise<ConversationRow | undefined> {
    return (await this.manager.getRepository(ConversationEntity).findOneBy({ id })) ?? undefined;
  }

  /** The app was removed: nothing is sent there any more. */
  async markUninstalled(id: string): Promise<void> {
    this.recorded.delete(id);
    await this.manager.getRepository(ConversationEntity).update({ id }, { installed: false });
  }

  /**
   * A conversation by the id a tab sees: a channel tab knows the channel's id, while the bot may know the
   * channel only through a thread in it ("<channel id>;messageid=…").
   */
  async findForTab(id: string): Promise<ConversationRow | undefined> {
    const exact = await this.get(id);
    if (exact) return exact;
    return (
      (await this.manager
        .getRepository(ConversationEntity)
        .createQueryBuilder('c')
        .where('c.id LIKE :prefix', { prefix: `${id.replace(/[\\%_]/g, '\\$&')};messageid=%` })
        .orderBy('c.updated_at', 'DESC')
        .getOne()) ?? undefined
    );
  }

  /** The personal chat of a Teams user with the bot, where the app is still installed. */
  async personalChatOf(channelUserId: string): Promise<ConversationRow | undefined> {
    return (
      (await this.manager
        .getRepository(ConversationEntity)
        .createQueryBuilder('c')
        .where(`c.kind = 'personal' AND c.installed = true AND c.reference -> 'user' ->> 'id' = :id`, {
          id: channelUserId,
        })
        .getOne()) ?? undefined
    );
  }
}
