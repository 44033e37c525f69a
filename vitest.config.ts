import { defineConfig } from 'vitest/config';

/** Unit and integration tests. `DB_ENGINE=postgres` (set by scripts/test.mjs) reruns the SQL tests on PostgreSQL. */
export default defineConfig({
  test: {
    include: ['server/**/*.test.ts', 'shared/**/*.test.ts', 'web/**/*.test.ts'],
    globalSetup: ['server/test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
