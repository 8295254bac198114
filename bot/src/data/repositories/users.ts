import type { EntityManager } from 'typeorm';
import { TokenEntity, UserEntity, type TokenRow, type UserRow } from '../entities/index.js';

/**
 * How a Teams user is recognised: by AAD object id within the tenant when Teams gives one, else by the bot
 * channel user id (some channels and the Agents Playground send no AAD id).
 */
export interface TeamsUserKey {
  tenantId: string;
  channelUserId: string;
  aadObjectId?: string;
}

export interface LinkUserInput extends TeamsUserKey {
  locale?: string;
  teamflameUserId: string;
  teamflameEmail?: string | null;
  /** The account's name in TeamFlame: what the app calls the person who is signed in. */
  teamflameName?: string;
}

export class UsersRepository {
  constructor(private readonly manager: EntityManager) {}

  /**
   * Links a Teams user to a TeamFlame account, creating or updating the mapping. Two links racing for the
   * same new user end as one row: the insert that loses updates the winner's row instead.
   */
  async link(input: LinkUserInput): Promise<UserRow> {
    const linked = (await this.linkOnce(input)) ?? (await this.linkOnce(input));
    if (!linked) throw new Error('linking the Teams user lost the race twice');
    return linked;
  }

  /** By AAD object id when Teams gave one, else by the bot channel user id. */
  async findByTeams(key: TeamsUserKey): Promise<UserRow | undefined> {
    if (key.aadObjectId) {
      const byAad = await this.findByAad(key.tenantId, key.aadObjectId);
      if (byAad) return byAad;
    }
    return this.findByChannelUser(key.tenantId, key.channelUserId);
  }

  /**
   * `findByTeams` and the account's stored tokens, in one query: what every turn needs first. Undefined
   * when the Teams user was never linked; `tokens` undefined when the account has none stored.
   */
  async findByTeamsWithTokens(
    key: TeamsUserKey,
  ): Promise<{ user: UserRow; tokens: TokenRow | undefined } | undefined> {
    const query = this.manager
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .leftJoinAndMapOne(
        'u.storedTokens',
        TokenEntity.options.name,
        't',
        't.teamflame_user_id = u.teamflame_user_id',
      )
      .where('u.tenant_id = :tenantId', { tenantId: key.tenantId });
    const rows = (await (
      key.aadObjectId
        ? query.andWhere('(u.aad_object_id = :aad OR u.channel_user_id = :channel)', {
            aad: key.aadObjectId,
            channel: key.channelUserId,
          })
        : query.andWhere('u.channel_user_id = :channel', { channel: key.channelUserId })
    ).getMany()) as (UserRow & { storedTokens?: TokenRow })[];
    // The AAD id names the person: its row wins over one found by the channel user id alone.
    const row =
      rows.find((r) => key.aadObjectId && r.aadObjectId === key.aadObjectId) ??
      rows.find((r) => r.channelUserId === key.channelUserId);
    if (!row) return undefined;
    const { storedTokens, ...user } = row;
    return { user, tokens: storedTokens ?? undefined };
  }

  async findByAad(tenantId: string, aadObjectId: string): Promise<UserRow | undefined> {
    return (await this.manager.getRepository(UserEntity).findOneBy({ tenantId, aadObjectId })) ?? undefined;
  }

  async findByChannelUser(tenantId: string, channelUserId: string): Promise<UserRow | undefined> {
    return (await this.manager.getRepository(UserEntity).findOneBy({ tenantId, channelUserId })) ?? undefined;
  }

  async findById(id: string): Promise<UserRow | undefined> {
    return (await this.manager.getRepository(UserEntity).findOneBy({ id })) ?? undefined;
  }

  /** Every Teams identity linked to one TeamFlame account (e.g. to message a newly assigned person). */
  async findByTeamFlameUser(teamflameUserId: string): Promise<UserRow[]> {
    return this.manager.getRepository(UserEntity).findBy({ teamflameUserId });
  }

  /** This place signed out: it stays so until it signs in (links) again. */
  async markSignedOut(id: string): Promise<void> {
    await this.manager.getRepository(UserEntity).update({ id }, { signedOutAt: new Date() });
  }

  /** Undefined when a concurrent link inserted the same user first. */
  private async linkOnce(input: LinkUserInput): Promise<UserRow | undefined> {
    const repo = this.manager.getRepository(UserEntity);
    const byAad = input.aadObjectId ? await this.findByAad(input.tenantId, input.aadObjectId) : undefined;
    const byChannel = await this.findByChannelUser(input.tenantId, input.channelUserId);
    // The AAD id names the person; a row keyed only by this channel id is an older, weaker link to them.
    const superseded = byAad && byChannel && byChannel.id !== byAad.id ? byChannel : undefined;
    if (superseded) await repo.delete({ id: superseded.id });
    const existing = byAad ?? byChannel;
    const fields = {
      tenantId: input.tenantId,
      channelUserId: input.channelUserId,
      aadObjectId: input.aadObjectId ?? existing?.aadObjectId ?? null,
      teamflameUserId: input.teamflameUserId,
      teamflameEmail: input.teamflameEmail ?? null,
      // A name kept from before belongs to the account it was linked to then.
      teamflameName:
        input.teamflameName ??
        (existing?.teamflameUserId === input.teamflameUserId ? existing.teamflameName : null),
      locale: input.locale ?? existing?.locale ?? null,
      signedOutAt: null, // linking is signing in
    };
    if (existing) {
      const chosenBoardId = existing.chosenBoardId ?? superseded?.chosenBoardId ?? null;
      await repo.update({ id: existing.id }, { ...fields, chosenBoardId });
      return this.findById(existing.id);
    }
    // ON CONFLICT DO NOTHING rather than catching the violation: inside a transaction a failed statement
    // would abort the whole transaction on PostgreSQL.
    const inserted = await this.manager
      .createQueryBuilder()
      .insert()
      .into(UserEntity)
      .values({ ...fields, chosenBoardId: null })
      .orIgnore()
      .returning(['id'])
      .execute();
    const id = (inserted.raw as { id: string }[])[0]?.id;
    return id ? this.findById(id) : undefined;
  }
}
