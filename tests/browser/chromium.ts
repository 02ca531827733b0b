import type { Browser } from 'playwright-core';
// @ts-expect-error: a plain ESM script without types (shared with the benchmark)
import * as shared from '../../scripts/chromium.mjs';

/** The browser binary: CHROMIUM_PATH first, then the usual install paths; a clear message if none. */
export const findChromium: () => string = shared.findChromium;
/** Headless flags for a machine without a GPU or a network (SwiftShader WebGL2, no calls home). */
export const CHROMIUM_ARGS: readonly string[] = shared.CHROMIUM_ARGS;
export const launchChromium: (extraArgs?: string[]) => Promise<Browser> = shared.launchChromium;
