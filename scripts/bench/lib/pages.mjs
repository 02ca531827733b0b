// The pages under test: a browser context per load (cold cache), the app's first-idle hook, waiting for
// first idle and for a still map, and opening the app for the interaction and heap measurements.
import { IDLE_TIMEOUT, LOAD_TIMEOUT, VIEWPORT } from './config.mjs';
import { frameInitScript } from './frames.mjs';

/**
 * Records when the app's map first goes idle: the probe's own `firstIdleAt` if it has one, else a hook on
 * the probe's assignment (src/map/probe.ts sets window.__blueprint on the map's `load`), else the first
 * animation frame that sees idleCount > 0.
 */
function appInitScript() {
  let probe;
  const mark = () => {
    window.__benchFirstIdleAt ??= performance.now();
  };
  Object.defineProperty(window, '__blueprint', {
    configurable: true,
    enumerable: true,
    get: () => probe,
    set: (value) => {
      probe = value;
      if (value?.map && window.__benchFirstIdleAt == null) {
        if (value.idleCount > 0) mark();
        else value.map.once('idle', mark);
      }
    },
  });
  // The panel's list renders after the map's first idle (src/useAfterMap.ts): the first frame that
  // has a row in it is when a reader sees the list.
  const poll = () => {
    if ((window.__blueprint?.idleCount ?? 0) > 0) mark();
    if (window.__benchListAt == null && document.querySelector('#item-list .item-row'))
      window.__benchListAt = performance.now();
    if (window.__benchFirstIdleAt == null || window.__benchListAt == null) requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}

export async function newContext(browser, options = {}) {
  // No service worker unless asked for: its precache downloads the whole build alongside the first load
  // and competes with what is being measured (the start-up figures measure the app both ways).
  const context = await browser.newContext({
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
    serviceWorkers: 'block',
    ...options,
  });
  const responses = [];
  const errors = [];
  // The bytes over the wire: the encoded body and the headers, known once the response has finished.
  context.on('response', (r) =>
    responses.push({
      url: r.url(),
      status: r.status(),
      encoding: r.headers()['content-encoding'] ?? null,
      sizes: r
        .request()
        .sizes()
        .catch(() => null),
    }),
  );
  context.on('requestfailed', (r) => errors.push(`${r.url()} ${r.failure()?.errorText ?? ''}`));
  await context.addInitScript(appInitScript);
  await context.addInitScript(frameInitScript);
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return { context, page, responses, errors };
}

/** Waits until the map exists, has loaded, is still and has gone idle at least once. */
export async function waitFirstIdle(page, kind) {
  if (kind === 'app') {
    await page.waitForFunction(() => window.__benchFirstIdleAt != null && window.__blueprint?.map, undefined, {
      timeout: LOAD_TIMEOUT,
      polling: 50,
    });
    return page.evaluate(() => window.__blueprint.firstIdleAt ?? window.__benchFirstIdleAt);
  }
  await page.waitForFunction(() => window.__ref?.firstIdleAt != null, undefined, {
    timeout: LOAD_TIMEOUT,
    polling: 50,
  });
  return page.evaluate(() => window.__ref.firstIdleAt);
}

/** Resolves once the map is loaded and still, and stays so for 100 ms (bounded). */
export function settle(page) {
  return page.evaluate(
    (timeout) =>
      new Promise((resolve) => {
        const map = window.__blueprint?.map ?? window.__ref?.map;
        if (!map) return resolve(false);
        const deadline = performance.now() + timeout;
        const still = () => map.loaded() && !map.isMoving();
        const check = () => {
          if (performance.now() > deadline) return resolve(false);
          if (!still()) return setTimeout(check, 50);
          setTimeout(() => (still() ? resolve(true) : check()), 100);
        };
        requestAnimationFrame(() => requestAnimationFrame(check));
      }),
    IDLE_TIMEOUT,
  );
}

/** The number of district names drawn: a check that the labels (and so the font) made it to the map. */
export function districtLabelCount(page) {
  return page.evaluate(() => {
    const map = window.__blueprint?.map ?? window.__ref?.map;
    if (!map?.getLayer('district-label')) return 0;
    return new Set(map.queryRenderedFeatures({ layers: ['district-label'] }).map((f) => f.properties.name_zh)).size;
  });
}

export async function openApp(browser, url, reducedMotion) {
  const session = await newContext(browser, { reducedMotion });
  await session.page.goto(url, { timeout: LOAD_TIMEOUT });
  await waitFirstIdle(session.page, 'app');
  await settle(session.page);
  return session;
}
