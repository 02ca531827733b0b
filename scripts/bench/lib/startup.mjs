// 1. Navigation → the map's first `idle`, on a fresh context (cold cache), with what the load requested;
// and the start-up as the browser drew it: first frame, settled frame and the main thread's work.
import { LOAD_TIMEOUT } from './config.mjs';
import { framesUntilQuiet, mainThreadCounter } from './frames.mjs';
import { districtLabelCount, newContext, settle, waitFirstIdle } from './pages.mjs';
import { ratio, summary } from './stats.mjs';

/** One cold load of `target`; `target.serviceWorkers` is 'allow' or (by default) 'block'. */
export async function measureLoad(browser, target) {
  const { context, page, responses, errors } = await newContext(browser, {
    serviceWorkers: target.serviceWorkers ?? 'block',
  });
  try {
    const mainThread = await mainThreadCounter(context, page);
    await page.goto(target.url, { waitUntil: 'commit', timeout: LOAD_TIMEOUT });
    const idleAt = await waitFirstIdle(page, target.kind);
    const info = await page.evaluate(() => {
      const map = window.__blueprint?.map ?? window.__ref?.map;
      const canvas = map.getCanvas();
      return {
        synthetic: window.__blueprint?.synthetic ?? null,
        canvas: { width: canvas.clientWidth, height: canvas.clientHeight },
        ref: window.__ref ? { version: window.__ref.version, fonts: window.__ref.fonts } : null,
      };
    });
    let listAt = null;
    if (target.kind === 'app') {
      await page.waitForFunction(() => window.__benchListAt != null, undefined, { timeout: LOAD_TIMEOUT, polling: 50 });
      listAt = await page.evaluate(() => window.__benchListAt);
    }
    // Before anything else is asked of the page: the frames until 2 s of quiet, and the main thread's work.
    const frames = await framesUntilQuiet(page, LOAD_TIMEOUT);
    const work = await mainThread.since();
    await settle(page);
    info.labels = await districtLabelCount(page);
    // What the map drew of the plan (items and clusters): a check that the data reached it.
    info.drawn = await page.evaluate(() => {
      const map = window.__blueprint?.map;
      if (!map) return null;
      const layers = map.getLayersOrder().filter((id) => /^(item|cluster)/.test(id));
      return map.queryRenderedFeatures({ layers }).length;
    });
    const sized = await Promise.all(responses.map(async (r) => ({ ...r, sizes: await r.sizes })));
    return { idleAt, listAt, ...frames, ...work, info, responses: sized, errors };
  } finally {
    await context.close();
  }
}

const FIGURES = ['firstFrame', 'settled', 'taskMs', 'scriptMs', 'frames'];

/**
 * The start-up figures of the loads (name → one result per run, null for a failed run): each figure's
 * summary for the app with the service worker allowed (`appSW`) and blocked (`app`), for each build given
 * with --compare (allowed), and for the reference (`ref6`), and the ratios to the reference from the same runs.
 */
export function startupFigures(loads) {
  const pick = (name, figure) => (loads[name] ?? []).map((r) => r?.[figure] ?? null);
  // The app both ways, the builds compared with it (--compare), and the reference.
  const names = [
    'appSW',
    'app',
    ...Object.keys(loads).filter((k) => !['app', 'appSW', 'synthetic', 'ref6', 'ref5'].includes(k)),
    'ref6',
  ];
  const pages = {};
  const ratios = {};
  for (const name of names) {
    if (!loads[name]) continue;
    pages[name] = Object.fromEntries(FIGURES.map((f) => [f, summary(pick(name, f))]));
    if (name !== 'ref6')
      ratios[name] = Object.fromEntries(FIGURES.map((f) => [f, ratio(pick(name, f), pick('ref6', f))]));
  }
  return { pages, ratios };
}
