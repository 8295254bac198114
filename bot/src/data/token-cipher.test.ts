import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { keyIdOf, TokenCipher } from './token-cipher.js';

describe('TokenCipher', () => {
  const oldKey = randomBytes(32);
  const newKey = randomBytes(32);

  it('seals and opens, never showing the plaintext, with a fresh IV each time', () => {
    const cipher = new TokenCipher([oldKey]);
    const a = cipher.seal('secret-token');
    const b = cipher.seal('secret-token');
    expect(a).not.toContain('secret-token');
    expect(a).not.toBe(b);
    expect(a.split('.')[1]).toBe(keyIdOf(oldKey));
    expect(cipher.open(a)).toBe('secret-token');
  });

  it('opens rows sealed with an older key after rotation, and seals with the new one', () => {
    const before = new TokenCipher([oldKey]).seal('old-row');
    const rotated = new TokenCipher([newKey, oldKey]);
    expect(rotated.open(before)).toBe('old-row');
    expect(rotated.seal('x').split('.')[1]).toBe(keyIdOf(newKey));
  });

  it('refuses tampered ciphertext and unknown keys', () => {
    const cipher = new TokenCipher([oldKey]);
    const sealed = cipher.seal('value');
    const parts = sealed.split('.');
    parts[4] = Buffer.from('tampered').toString('base64url');
    expect(() => cipher.open(parts.join('.'))).toThrow();
    expect(() => new TokenCipher([newKey]).open(sealed)).toThrow(/no key/);
  });
});
