// Chromium for the browser tests and the benchmark: plain ESM, so that `node scripts/bench/run.mjs`
// needs no TypeScript loader; tests/browser/chromium.ts gives it types.
import fs from 'node:fs';
import { chromium } from 'playwright-core';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!fs.existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`);
    return fromEnv;
  }
  const found = CANDIDATES.find((p) => fs.existsSync(p));
  if (!found) {
    throw new Error(
      'No Chromium found for the browser tests. Install one (Debian/Ubuntu: `sudo apt-get install chromium`; ' +
        'macOS: install Google Chrome) or set CHROMIUM_PATH to its executable.',
    );
  }
  return found;
}

// Headless without a GPU or a network: SwiftShader WebGL2, no background calls home.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  '--mute-audio',
];

export function launchChromium(extraArgs = []) {
  return chromium.launch({ executablePath: findChromium(), headless: true, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

/** The same browser as a server that several processes connect to (tests/browser/globalSetup.ts). */
export function launchChromiumServer(extraArgs = []) {
  return chromium.launchServer({
    executablePath: findChromium(),
    headless: true,
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
}
