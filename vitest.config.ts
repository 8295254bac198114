import { defineConfig } from 'vitest/config';

// One runner for every suite. The `teamflame-source` condition makes workspace packages resolve to their
// TypeScript sources, so tests never depend on a stale build.
export default defineConfig({
  resolve: { conditions: ['teamflame-source'] },
  ssr: { resolve: { conditions: ['teamflame-source'], externalConditions: ['teamflame-source'] } },
  test: {
    include: ['**/*.test.{ts,tsx}'],
    exclude: ['**/node_modules/**', '**/dist/**', '.data/**', 'devTools/**'],
    setupFiles: ['./scripts/test-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // PGlite takes several hundred MB per worker: two cores, two workers.
    maxWorkers: 2,
  },
});
