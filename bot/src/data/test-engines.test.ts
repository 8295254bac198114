// The rule every database suite relies on: PostgreSQL joins when configured, and CI cannot silently skip it.
import { describe, expect, it } from 'vitest';
import { testEngines } from '../test-support/databases.js';

describe('testEngines', () => {
  it('runs on PGlite alone when no PostgreSQL is configured, outside CI', () => {
    expect(testEngines({})).toEqual(['pglite']);
    expect(testEngines({ CI: 'false' })).toEqual(['pglite']);
  });

  it('adds PostgreSQL when TEST_DATABASE_URL is set', () => {
    expect(testEngines({ TEST_DATABASE_URL: 'postgres://127.0.0.1/test', CI: 'true' })).toEqual([
      'pglite',
      'postgres',
    ]);
  });

  it('fails under CI=true without TEST_DATABASE_URL instead of skipping PostgreSQL', () => {
    expect(() => testEngines({ CI: 'true' })).toThrow(/TEST_DATABASE_URL/);
  });
});
