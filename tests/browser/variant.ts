// The soak and the URL fuzz come in two lengths, from the same test files so that the two cannot drift
// apart: `npm test` runs the short variants; `npm run test:long` (tests/browser/vitest.long.config.ts,
// which sets BLUEPRINT_LONG=1) runs the long ones.
export const LONG = process.env.BLUEPRINT_LONG === '1';
export const VARIANT: 'short' | 'long' = LONG ? 'long' : 'short';
