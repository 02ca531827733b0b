import type { TestProject } from 'vitest/node';
// @ts-expect-error: a plain ESM script without types (shared with the benchmark)
import { launchChromiumServer } from '../../scripts/chromium.mjs';

// One Chromium for every browser test file: each session connects to it and opens a context of its own
// (its own storage, cache and service worker), instead of starting a browser. Starting one costs about a
// second on this machine, and a browser that has drawn with software WebGL before compiles no shader
// twice. Sessions that need other browser flags (no WebGL, a throttled network) still start their own.

declare module 'vitest' {
  export interface ProvidedContext {
    chromiumEndpoint: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = (await launchChromiumServer()) as { wsEndpoint(): string; close(): Promise<void> };
  project.provide('chromiumEndpoint', server.wsEndpoint());
  return () => server.close();
}
