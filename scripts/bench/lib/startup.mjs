// 1. Navigation → the map's first `idle`, on a fresh context (cold cache), with what the load requested.
import { LOAD_TIMEOUT } from './config.mjs';
import { districtLabelCount, newContext, settle, waitFirstIdle } from './pages.mjs';

export async function measureLoad(browser, target) {
  const { context, page, responses, errors } = await newContext(browser);
  try {
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
    await settle(page);
    info.labels = await districtLabelCount(page);
    // What the map drew of the plan (items and clusters): a check that the data reached it.
    info.drawn = await page.evaluate(() => {
      const map = window.__blueprint?.map;
      if (!map) return null;
      const layers = map.getLayersOrder().filter((id) => /^(item|cluster)/.test(id));
      return map.queryRenderedFeatures({ layers }).length;
    });
    return { idleAt, listAt, info, responses: [...responses], errors };
  } finally {
    await context.close();
  }
}
