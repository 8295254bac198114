// Dropping tokens TeamFlame refused must not drop newer ones another session stored meanwhile.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, testEngines, type TestDatabase } from '../../test-support/databases.js';

const tokenSet = (name: string) => ({
  accessToken: `access-${name}`,
  refreshToken: `refresh-${name}`,
  accessExpiresAt: new Date('2030-01-01T00:00:00Z'),
});

describe.each(testEngines())('TokensRepository.deleteIfStill on %s', (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(engine);
  });
  afterAll(() => t?.dispose());

  it('deletes the tokens when they are still the refused ones', async () => {
    await t.database.tokens.save('tf-user-1', tokenSet('a'));
    expect(await t.database.tokens.deleteIfStill('tf-user-1', tokenSet('a'))).toBe(true);
    expect(await t.database.tokens.get('tf-user-1')).toBeUndefined();
  });

  it('keeps newer tokens stored meanwhile', async () => {
    await t.database.tokens.save('tf-user-2', tokenSet('a'));
    await t.database.tokens.save('tf-user-2', tokenSet('b'));
    expect(await t.database.tokens.deleteIfStill('tf-user-2', tokenSet('a'))).toBe(false);
    expect((await t.database.tokens.get('tf-user-2'))?.accessToken).toBe('access-b');
  });

  it('counts tokens already gone as dropped', async () => {
    expect(await t.database.tokens.deleteIfStill('tf-user-3', tokenSet('a'))).toBe(true);
  });
});
