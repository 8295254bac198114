import type { EntityManager } from 'typeorm';
import { UserEntity, type UserRow } from '../entities/index.js';

export interface TeamsUserKey {
  tenantId: string;
  channelUserId: string;
  aadObjectId?: string;
}

export interface LinkUserInput extends TeamsUserKey {
  displayName?: string;
  locale?: string;
  teamflameUserId: string;
  teamflameEmail?: string | null;
}

export class UsersRepository {
  constructor(private readonly manager: EntityManager) {}

  /** Links a Teams user to a TeamFlame account (creating or updating the mapping). */
  async link(input: LinkUserInput): Promise<UserRow> {
    const repo = this.manager.getRepository(UserEntity);
    const existing = await this.findByTeams(input);
    const fields = {
      tenantId: input.tenantId,
      channelUserId: input.channelUserId,
      aadObjectId: input.aadObjectId ?? existing?.aadObjectId ?? null,
      teamflameUserId: input.teamflameUserId,
      teamflameEmail: input.teamflameEmail ?? null,
      displayName: input.displayName ?? existing?.displayName ?? null,
      locale: input.locale ?? existing?.locale ?? null,
    };
    if (existing) {
      await repo.update({ id: existing.id }, fields);
      return { ...existing, ...fields };
    }
    return repo.save(repo.create({ ...fields, chosenBoardId: null }));
  }

  /** By AAD object id when Teams gave one, else by the bot channel user id. */
  async findByTeams(key: TeamsUserKey): Promise<UserRow | undefined> {
    const repo = this.manager.getRepository(UserEntity);
    if (key.aadObjectId) {
      const byAad = await repo.findOneBy({ tenantId: key.tenantId, aadObjectId: key.aadObjectId });
      if (byAad) return byAad;
    }
    return (await repo.findOneBy({ tenantId: key.tenantId, channelUserId: key.channelUserId })) ?? undefined;
  }

  async findByAad(tenantId: string, aadObjectId: string): Promise<UserRow | undefined> {
    return (await this.manager.getRepository(UserEntity).findOneBy({ tenantId, aadObjectId })) ?? undefined;
  }

  async findById(id: string): Promise<UserRow | undefined> {
    return (await this.manager.getRepository(UserEntity).findOneBy({ id })) ?? undefined;
  }

  async findByTeamFlameUser(teamflameUserId: string): Promise<UserRow[]> {
    return this.manager.getRepository(UserEntity).findBy({ teamflameUserId });
  }

  async rememberBoard(userId: string, boardId: string | null): Promise<void> {
    await this.manager.getRepository(UserEntity).update({ id: userId }, { chosenBoardId: boardId });
  }

  async setLocale(userId: string, locale: string): Promise<void> {
    await this.manager.getRepository(UserEntity).update({ id: userId }, { locale });
  }
}
