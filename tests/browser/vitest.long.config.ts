import { defineConfig } from 'vitest/config';
import base from './vitest.config.ts';

// `npm run test:long`: the long variants of the soak and the URL fuzz (see variant.ts), against the test build.
export default defineConfig({
  test: {
    ...base.test,
    include: ['tests/browser/soak.test.ts', 'tests/browser/url-fuzz.test.ts'],
    env: { BLUEPRINT_LONG: '1' },
  },
});
