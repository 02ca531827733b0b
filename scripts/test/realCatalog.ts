import path from 'node:path';
import { inject } from 'vitest';
import { buildCatalog, type Output } from '../../src/catalog/build/pipeline.ts';
import { readInputs } from '../vite/catalog.ts';

// The real catalogue (geo/), built once per unit-test run by scripts/test/unitSetup.ts and handed to each
// test file, instead of every file that needs it building it again (seconds each on this machine). The
// pipeline's own tests still run it themselves.

declare module 'vitest' {
  export interface ProvidedContext {
    realCatalog: Output;
  }
}

export const ROOT = path.resolve(import.meta.dirname, '../..');

/** The build of geo/ as it is now: from the run's setup when there is one, else built here. */
export function realCatalog(): Output {
  let provided: Output | undefined;
  try {
    provided = inject('realCatalog');
  } catch {
    // Outside a run with the setup (a single file run with another config): build it.
  }
  // A copy per caller: a test that edits what it got cannot change what the next one sees.
  return structuredClone(provided ?? buildCatalog(readInputs(ROOT)));
}
