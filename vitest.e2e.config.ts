import { defineConfig } from 'vitest/config';

/** Browser journeys in Debian's Chromium against the real server (PGlite, demo data). */
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    // A loaded CI machine renders slower than a laptop: polls wait up to 15 s before failing.
    expect: { poll: { timeout: 15_000, interval: 100 } },
  },
});
