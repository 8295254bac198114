import type { EntityManager } from 'typeorm';
import type { TeamFlameTokenSet } from '../../teamflame/token-set.js';
import { TokenEntity } from '../entities/index.js';
import type { TokenCipher } from '../token-cipher.js';

/** TeamFlame tokens per TeamFlame user, sealed with AES-256-GCM; plaintext never reaches the table. */
export class TokensRepository {
  constructor(
    private readonly manager: EntityManager,
    private readonly cipher: TokenCipher,
  ) {}

  async save(teamflameUserId: string, tokens: TeamFlameTokenSet): Promise<void> {
    await this.manager.getRepository(TokenEntity).upsert(
      {
        teamflameUserId,
        keyId: this.cipher.primaryKeyId,
        accessCiphertext: this.cipher.seal(tokens.accessToken),
        refreshCiphertext: tokens.refreshToken ? this.cipher.seal(tokens.refreshToken) : null,
        accessExpiresAt: tokens.accessExpiresAt,
        refreshExpiresAt: tokens.refreshExpiresAt ?? null,
      },
      ['teamflameUserId'],
    );
  }

  async get(teamflameUserId: string): Promise<TeamFlameTokenSet | undefined> {
    const row = await this.manager.getRepository(TokenEntity).findOneBy({ teamflameUserId });
    if (!row) return undefined;
    return {
      accessToken: this.cipher.open(row.accessCiphertext),
      accessExpiresAt: new Date(row.accessExpiresAt),
      ...(row.refreshCiphertext ? { refreshToken: this.cipher.open(row.refreshCiphertext) } : {}),
      ...(row.refreshExpiresAt ? { refreshExpiresAt: new Date(row.refreshExpiresAt) } : {}),
    };
  }

  /** Signing out: the tokens are gone, the Teams-to-TeamFlame mapping stays. */
  async delete(teamflameUserId: string): Promise<void> {
    await this.manager.getRepository(TokenEntity).delete({ teamflameUserId });
  }
}
