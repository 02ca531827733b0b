import { type Browser, chromium } from 'playwright-core';
import { inject } from 'vitest';
// @ts-expect-error: a plain ESM script without types (shared with the benchmark)
import * as shared from '../../scripts/chromium.mjs';

/** The browser binary: CHROMIUM_PATH first, then the usual install paths; a clear message if none. */
export const findChromium: () => string = shared.findChromium;
/** Headless flags for a machine without a GPU or a network (SwiftShader WebGL2, no calls home). */
export const CHROMIUM_ARGS: readonly string[] = shared.CHROMIUM_ARGS;
export const launchChromium: (extraArgs?: string[]) => Promise<Browser> = shared.launchChromium;

/**
 * The browser for a session: the one the test run shares (tests/browser/globalSetup.ts) when the
 * session needs no flags of its own, else a new one with those flags.
 */
export async function sessionBrowser(extraArgs: string[] = []): Promise<Browser> {
  const endpoint = extraArgs.length === 0 ? inject('chromiumEndpoint') : undefined;
  return endpoint ? chromium.connect(endpoint) : launchChromium(extraArgs);
}
