// AES-256-GCM for stored TeamFlame tokens. Each ciphertext carries the id of the key that sealed it, so a
// new primary key can be introduced while rows sealed with an older key still open.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

const VERSION = 'v1';

/** A sealed value that cannot be opened: malformed, tampered with, or sealed with a key no longer configured. */
export class TokenCipherError extends Error {
  override name = 'TokenCipherError';
}

/** @internal Exported only for tests (so `knip --production` does not report it). */
export function keyIdOf(key: Buffer): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 8);
}

export class TokenCipher {
  private readonly keys: Map<string, Buffer>;
  private readonly primaryId: string;

  /** `keys[0]` seals; every key opens what it sealed. */
  constructor(keys: Buffer[]) {
    if (keys.length === 0 || keys.some((k) => k.length !== 32))
      throw new TokenCipherError('token keys must be 32 bytes each');
    this.keys = new Map(keys.map((k) => [keyIdOf(k), k]));
    this.primaryId = keyIdOf(keys[0]!);
  }

  get primaryKeyId(): string {
    return this.primaryId;
  }

  seal(plaintext: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.keys.get(this.primaryId)!, iv);
    cipher.setAAD(Buffer.from(`${VERSION}.${this.primaryId}`));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [
      VERSION,
      this.primaryId,
      iv.toString('base64url'),
      cipher.getAuthTag().toString('base64url'),
      body.toString('base64url'),
    ].join('.');
  }

  open(sealed: string): string {
    const [version, keyId, iv, tag, body] = sealed.split('.');
    if (version !== VERSION || !keyId || !iv || !tag || body === undefined)
      throw new TokenCipherError('not a sealed token');
    const key = this.keys.get(keyId);
    if (!key) throw new TokenCipherError(`no key with id ${keyId} is configured`);
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
      decipher.setAAD(Buffer.from(`${version}.${keyId}`));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString(
        'utf8',
      );
    } catch (error) {
      throw new TokenCipherError(`sealed token does not authenticate with key ${keyId}`, { cause: error });
    }
  }
}
