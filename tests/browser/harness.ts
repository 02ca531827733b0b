import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
// @ts-expect-error: a plain ESM script without types
import { startServer } from '../../scripts/serve.mjs';
import type { Catalog, CatalogItem, ShippedItem } from '../../src/catalog/types';
import { sessionBrowser } from './chromium';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const ARTIFACTS = path.join(ROOT, 'tests/artifacts');
/**
 * The build under test: the test build (`npm run build:test`, dist-test/), which carries the map probe
 * (src/map/probe.ts) the tests read; BLUEPRINT_DIST names another folder built with `--mode test`.
 */
export const DIST = path.resolve(ROOT, process.env.BLUEPRINT_DIST ?? 'dist-test');
/** The production build (`npm run build`), for what is checked in the files that ship. */
export const PRODUCTION_DIST = path.join(ROOT, 'dist');

/** An item of catalog.json with the lists the file leaves out when empty put back, as the app does. */
export type TestItem = Omit<ShippedItem, 'milestones' | 'history'> & Pick<CatalogItem, 'milestones' | 'history'>;

/** The catalogue the build under test ships (its assets/catalog-*.json), read from disk. */
export function shippedCatalog(): Catalog<TestItem> {
  const dir = path.join(DIST, 'assets');
  const name = fs.readdirSync(dir).find((f) => /^catalog-[\w-]+\.json$/.test(f));
  if (!name) throw new Error(`no catalog-*.json in ${dir}: build first (npm run build)`);
  const shipped = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as Catalog<ShippedItem>;
  return {
    ...shipped,
    items: shipped.items.map((i) => ({ ...i, milestones: i.milestones ?? [], history: i.history ?? [] })),
  };
}

/**
 * Waits until the item list holds exactly `count` rows. The list fills when the catalogue has
 * loaded, which may be after the map's first idle: a count taken at once can see a partial list.
 */
export async function waitForRows(page: Page, count: number, timeout = 30_000): Promise<void> {
  try {
    await page.waitForFunction((n) => document.querySelectorAll('#item-list button.item-row').length === n, count, {
      timeout,
    });
  } catch {
    const rows = await page.locator('#item-list button.item-row').count();
    throw new Error(`the item list has ${rows} rows, expected ${count}, after ${timeout} ms`);
  }
}

export interface Session {
  origin: string;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Every request the page and its workers made, in order, the service worker's own included. */
  requests: string[];
  /**
   * The requests the service worker made itself (its precache, its update check), in order; they are
   * in `requests` too, and a foreign one is in `foreign`. Playwright routes a Chromium service
   * worker's own requests through the context's handlers unless service workers are blocked.
   */
  workerRequests: string[];
  /** Requests that left the page's origin; each was aborted. */
  foreign: string[];
  failed: string[];
  consoleErrors: string[];
  /** Content Security Policy violations the page reported ('securitypolicyviolation' events). */
  cspViolations: string[];
  /** Stops the static server only (the browser stays open): the network is gone for the page. */
  stopServer: () => Promise<void>;
  close: () => Promise<void>;
}

export interface OpenOptions {
  /**
   * Extra request handlers, set up before the page is opened (e.g. to fail one file). They take
   * precedence over the recording handler, so the requests they answer are not in `requests`.
   */
  routes?: (context: BrowserContext, origin: string) => Promise<void>;
  /**
   * Lets the app's service worker register (offline.test.ts, csp.test.ts). Kept out by default: it
   * registers once the page has been quiet for 2 s and then precaches the whole build, work that a
   * test of anything else only waits behind; and with it out, every request of the page reaches `routes`.
   */
  serviceWorker?: boolean;
  /**
   * Every session fails on closing if the page reported a Content Security Policy violation, so that
   * each test's clicks, cards, decks and pictures are checked against the policy. csp.test.ts provokes
   * violations on purpose and says so here.
   */
  cspViolationsExpected?: boolean;
  /**
   * Whether the page sees prefers-reduced-motion: reduce (the default here). The app then frames at
   * once instead of flying for 600 ms, and every frame of a flight costs software WebGL a full redraw;
   * no test looks at the flight itself. A test of the animated path passes false.
   */
  reducedMotion?: boolean;
}

/** Serves the test build on loopback and opens it in headless Chromium, recording every request. */
export async function openApp(
  query = '',
  viewport = { width: 1600, height: 1000 },
  browserArgs: string[] = [],
  options: OpenOptions = {},
): Promise<Session> {
  if (!fs.existsSync(path.join(DIST, 'index.html'))) throw new Error(`${DIST} is missing: run npm run build:test`);
  const server = await startServer(DIST);
  const origin = new URL(server.url).origin;
  const browser = await sessionBrowser(browserArgs);
  const context = await browser.newContext({
    viewport,
    deviceScaleFactor: 1,
    reducedMotion: options.reducedMotion === false ? 'no-preference' : 'reduce',
    serviceWorkers: options.serviceWorker ? 'allow' : 'block',
  });
  const requests: string[] = [];
  const workerRequests: string[] = [];
  const foreign: string[] = [];
  const failed: string[] = [];
  const consoleErrors: string[] = [];
  const cspViolations: string[] = [];
  // Every document of the context reports the policy violations it sees, before any script of the page runs.
  await context.exposeBinding('__reportCspViolation', (_source, text: string) => {
    cspViolations.push(text);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __reportCspViolation?: (text: string) => void }).__reportCspViolation;
      report?.(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    requests.push(url);
    if (route.request().serviceWorker()) workerRequests.push(url);
    const local = url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:');
    // A request still in flight when the session closes has nowhere to go; that is not a failure.
    const ignoreClosed = () => undefined;
    if (local) return route.continue().catch(ignoreClosed);
    foreign.push(url);
    return route.abort().catch(ignoreClosed);
  });
  await options.routes?.(context, origin);
  context.on('requestfailed', (r: Request) => failed.push(`${r.url()} ${r.failure()?.errorText ?? ''}`));
  context.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.url()} ${r.status()}`);
  });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  await page.goto(`${server.url}${query}`);
  return {
    origin,
    browser,
    context,
    page,
    requests,
    workerRequests,
    foreign,
    failed,
    consoleErrors,
    cspViolations,
    stopServer: () => server.close(),
    close: async () => {
      // Route handlers still running when the browser goes (a tile, a font) would reject afterwards.
      await context.unrouteAll({ behavior: 'ignoreErrors' }).catch(() => undefined);
      await browser.close();
      await server.close();
      if (cspViolations.length > 0 && !options.cspViolationsExpected)
        throw new Error(`the page broke its Content Security Policy: ${cspViolations.join(' | ')}`);
    },
  };
}

/** Resolves once the map has loaded and gone idle at least once. */
export async function waitForIdle(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForFunction(() => (window.__blueprint?.idleCount ?? 0) > 0, undefined, { timeout });
}

/** openApp, then waits for the map's first idle. */
export async function openIdle(...args: Parameters<typeof openApp>): Promise<Session> {
  const s = await openApp(...args);
  await waitForIdle(s.page);
  return s;
}

/**
 * One session for every test of the enclosing describe block (or file): `open` runs before the first
 * test, the browser closes after the last. The returned handle reads the open session; a test that
 * runs before it is open fails with a message rather than on undefined.
 */
export function sharedSession(open: () => Promise<Session> = () => openIdle()): Session {
  let session: Session | undefined;
  beforeAll(async () => {
    session = await open();
  });
  afterAll(async () => {
    await session?.close();
  });
  return new Proxy({} as Session, {
    get(_target, key) {
      if (!session) throw new Error('the shared session is not open: its beforeAll failed or has not run');
      return Reflect.get(session, key);
    },
  });
}

/**
 * Opens a session of its own for one test (the map idle), hands it to `body`, and closes it whatever
 * happens (closing checks the session's policy violations: see OpenOptions).
 */
export async function withSession<T>(open: () => Promise<Session>, body: (s: Session) => Promise<T>): Promise<T> {
  const s = await open();
  let result: T;
  try {
    result = await body(s);
  } catch (error) {
    // The test's own failure is the one to report.
    await s.close().catch(() => undefined);
    throw error;
  }
  await s.close();
  return result;
}

/** Waits until the map has finished whatever it was doing (camera moves, new filters). */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.__blueprint?.map;
        if (!map) return resolve();
        // A style change may still wait for the current redraw (see MapView): wait for it too.
        const busy = () => map.isMoving() || !map.loaded() || window.__blueprint?.stylePending === true;
        const check = () => (busy() ? map.once('idle', check) : resolve());
        // Give React a frame to hand the change to the map first.
        requestAnimationFrame(() => requestAnimationFrame(check));
      }),
  );
}

/** The default deck in meeting mode at 1920×1080: the map idle, the first slide shown and drawn. */
export async function openDeck(): Promise<Session> {
  const s = await openIdle('?present=default', { width: 1920, height: 1080 });
  await s.page.getByTestId('progress').waitFor({ timeout: 30_000 });
  await settle(s.page);
  return s;
}
