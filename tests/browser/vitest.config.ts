import { defineConfig } from 'vitest/config';

// Browser tests: the test build (dist-test/: the production build plus the map probe) in headless
// Chromium. One file at a time: this machine has 2 cores and software WebGL.
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    // After both builds: the byte budgets and the no-test-hooks check of dist/, then the browser tests.
    include: ['tests/budget/**/*.test.ts', 'tests/browser/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    // One Chromium for the whole run (globalSetup.ts).
    globalSetup: ['tests/browser/globalSetup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // expect.poll gives up after 1 s by default: too soon here, where a click that changes the map can
    // take seconds to show while software WebGL draws. A poll that succeeds returns at once, so a longer
    // limit costs time only when a test fails.
    expect: { poll: { timeout: 10_000 } },
  },
});
