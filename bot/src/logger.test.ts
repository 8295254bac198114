import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from './logger.js';

describe('logger', () => {
  it('redacts authorization, password, token, accessToken and refreshToken wherever they appear', () => {
    const lines: string[] = [];
    const logger = createLogger(
      'info',
      new Writable({ write: (chunk, _e, done) => (lines.push(String(chunk)), done()) }),
    );
    logger.info(
      {
        password: 'p1',
        token: 't1',
        headers: { authorization: 'Bearer a1', Authorization: 'Bearer a2' },
        tokens: { accessToken: 'x1', refreshToken: 'r1' },
        deep: { er: { still: { accessToken: 'x2' } } },
      },
      'hello',
    );
    const line = lines.join('');
    for (const secret of ['p1', 't1', 'a1', 'a2', 'x1', 'r1', 'x2'])
      expect(line).not.toContain(`"${secret}"`);
    expect(line.match(/\[redacted\]/g)?.length).toBe(7);
  });
});
