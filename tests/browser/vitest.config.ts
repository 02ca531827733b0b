import { defineConfig } from 'vitest/config';

// Browser tests: the production build in headless Chromium. One file at a time: this machine has 2 cores
// and software WebGL.
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
