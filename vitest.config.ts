import { defineConfig } from 'vitest/config';

/**
 * Two projects. `node`: unit and integration tests (`DB_ENGINE=postgres`, set by scripts/test.mjs,
 * reruns the SQL tests on PostgreSQL); its files share a worker process, with Patuh's modules reloaded
 * for each file (server/test/fresh-modules.ts). `web`: React component tests (`*.test.tsx` under web/) in
 * jsdom with the app's providers and a stubbed API (web/test/), no database and no browser.
 */
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['server/**/*.test.ts', 'shared/**/*.test.ts', 'web/**/*.test.ts'],
          globalSetup: ['server/test/global-setup.ts'],
          // One process per worker, not per file; our modules still reload per file (fresh-modules.ts).
          isolate: false,
          setupFiles: ['server/test/fresh-modules.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'web',
          include: ['web/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['web/test/setup.ts'],
          env: { I18NEXT_NO_SUPPORT_NOTICE: '1' },
        },
      },
    ],
  },
});
