import { Not, type EntityManager } from 'typeorm';
import type { Logger } from '../../logger.js';
import type { TeamFlameTokenSet } from '../../teamflame/token-set.js';
import { TokenEntity, type TokenRow } from '../entities/index.js';
import { TokenCipherError, type TokenCipher } from '../token-cipher.js';

/** TeamFlame tokens per TeamFlame user, sealed with AES-256-GCM; plaintext never reaches the table. */
export class TokensRepository {
  constructor(
    private readonly manager: EntityManager,
    private readonly cipher: TokenCipher,
    private readonly logger: Logger,
  ) {}

  /** Stores (or replaces) a user's tokens, sealed with the primary key. */
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

  /**
   * The stored tokens. Tokens that no configured key opens (their key was retired) count as absent, with a
   * warning: the user is asked to sign in again, which replaces them.
   */
  async get(teamflameUserId: string): Promise<TeamFlameTokenSet | undefined> {
    const row = await this.manager.getRepository(TokenEntity).findOneBy({ teamflameUserId });
    return row ? this.opened(row) : undefined;
  }

  /** Signing out: the tokens are gone, the Teams-to-TeamFlame mapping stays. */
  async delete(teamflameUserId: string): Promise<void> {
    await this.manager.getRepository(TokenEntity).delete({ teamflameUserId });
  }

  /**
   * Deletes the user's tokens only if the stored ones are still `tokens`: TeamFlame refused those, but
   * another session may meanwhile have refreshed and stored newer ones, which must stay. True when no
   * tokens are stored any more; false when newer ones are.
   */
  async deleteIfStill(teamflameUserId: string, tokens: TeamFlameTokenSet): Promise<boolean> {
    const row = await this.manager.getRepository(TokenEntity).findOneBy({ teamflameUserId });
    if (!row) return true;
    if (this.opened(row)?.accessToken !== tokens.accessToken) return false;
    // Matching the ciphertext just read makes it compare-and-delete: a save in between keeps its row.
    const deleted = await this.manager
      .createQueryBuilder()
      .delete()
      .from(TokenEntity)
      .where('teamflame_user_id = :teamflameUserId AND access_ciphertext = :sealed', {
        teamflameUserId,
        sealed: row.accessCiphertext,
      })
      .execute();
    return (deleted.affected ?? 0) > 0;
  }

  /**
   * After a new key became primary: seals every row still under an older key with the primary one, so the
   * old key can later be retired. Rows no configured key opens are left as they are. Returns rows resealed.
   */
  async resealWithPrimaryKey(): Promise<number> {
    const repo = this.manager.getRepository(TokenEntity);
    const stale = await repo.findBy({ keyId: Not(this.cipher.primaryKeyId) });
    let resealed = 0;
    for (const row of stale) {
      const tokens = await this.get(row.teamflameUserId);
      if (!tokens) continue;
      await this.save(row.teamflameUserId, tokens);
      resealed += 1;
    }
    return resealed;
  }

  /**
   * The tokens of a row read with the user (UsersRepository.findByTeamsWithTokens); undefined, with a
   * warning, when no configured key opens them.
   */
  opened(row: TokenRow): TeamFlameTokenSet | undefined {
    try {
      return this.open(row);
    } catch (error) {
      if (!(error instanceof TokenCipherError)) throw error;
      this.logger.warn(
        { teamflameUserId: row.teamflameUserId, keyId: row.keyId, reason: error.message },
        'stored TeamFlame tokens cannot be opened with the configured keys; the user must sign in again',
      );
      return undefined;
    }
  }

  private open(row: TokenRow): TeamFlameTokenSet {
    return {
      accessToken: this.cipher.open(row.accessCiphertext),
      accessExpiresAt: new Date(row.accessExpiresAt),
      ...(row.refreshCiphertext ? { refreshToken: this.cipher.open(row.refreshCiphertext) } : {}),
      ...(row.refreshExpiresAt ? { refreshExpiresAt: new Date(row.refreshExpiresAt) } : {}),
    };
  }
}
