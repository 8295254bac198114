import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { keyIdOf, TokenCipher, TokenCipherError } from './token-cipher.js';

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
    expect(() => cipher.open(parts.join('.'))).toThrow(TokenCipherError);
    expect(() => cipher.open('plain-token')).toThrow(TokenCipherError);
    expect(() => new TokenCipher([newKey]).open(sealed)).toThrow(/no key/);
  });

  it('never puts the plaintext in an error message', () => {
    const sealed = new TokenCipher([oldKey]).seal('do-not-leak');
    const wrongKeyWithSameId = new TokenCipher([oldKey]);
    const parts = sealed.split('.');
    parts[3] = Buffer.alloc(16).toString('base64url');
    let message = '';
    try {
      wrongKeyWithSameId.open(parts.join('.'));
    } catch (error) {
      message = String(error) + JSON.stringify(error);
    }
    expect(message).toMatch(/does not authenticate/);
    expect(message).not.toContain('do-not-leak');
  });

  it('rejects keys that are not 32 bytes', () => {
    expect(() => new TokenCipher([])).toThrow(TokenCipherError);
    expect(() => new TokenCipher([randomBytes(16)])).toThrow(/32 bytes/);
  });
});
