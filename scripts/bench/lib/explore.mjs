// 2. Interactions → first `idle` and settled, on one page per data set, and the bare engine's same camera jumps.
import { IDLE_TIMEOUT, LOAD_TIMEOUT, RUNS } from './config.mjs';
import { newContext, openApp, settle, waitFirstIdle } from './pages.mjs';
import { summary } from './stats.mjs';

/**
 * In the page: t0, the input (a DOM click or keydown), `idle` listened for right after it, two animation
 * frames, then until the map is loaded, still, has no style change waiting (the item labels' filter,
 * applied after the redraw that shows the choice), has gone idle since t0 and, for an action with a `card`,
 * shows the card of that name. Returns `first`, the ms to the first `idle` after the input (the choice
 * drawn), `ms`, the ms until all of that holds (null on timeout), and whether the URL (the app's view
 * state) changed.
 */
function interact(page, action) {
  return page.evaluate(
    ({ action, timeout }) =>
      new Promise((resolve) => {
        const map = window.__blueprint.map;
        const before = location.href;
        const raf = () => new Promise((r) => requestAnimationFrame(() => r()));
        let idleSince = false;
        let first = null;
        const t0 = performance.now();
        if (action.click) {
          const el = document.querySelector(action.click);
          if (!el) return resolve({ ms: null, error: `no ${action.click}` });
          el.click();
        } else {
          const target = action.keyTarget ? document.querySelector(action.keyTarget) : document.body;
          if (!target) return resolve({ ms: null, error: `no ${action.keyTarget}` });
          target.dispatchEvent(new KeyboardEvent('keydown', { key: action.key, bubbles: true, cancelable: true }));
        }
        map.once('idle', () => {
          idleSince = true;
          first = performance.now() - t0;
        });
        const nextIdleOrTick = () =>
          new Promise((r) => {
            const done = () => {
              clearTimeout(timer);
              map.off('idle', onIdle);
              r();
            };
            const onIdle = () => {
              idleSince = true;
              done();
            };
            const timer = setTimeout(done, 100);
            map.on('idle', onIdle);
          });
        (async () => {
          await raf();
          await raf();
          const pending = () => window.__blueprint?.stylePending === true;
          const mapDone = () => idleSince && map.loaded() && !map.isMoving() && !pending();
          // A search result is shown once its card is, which the app renders from a lazy chunk and may
          // be later than the map's idle: looked for every frame then, not every 100 ms.
          const shown = () =>
            !action.card || (document.querySelector('.card')?.textContent ?? '').includes(action.card);
          while (!(mapDone() && shown())) {
            if (performance.now() - t0 > timeout) return resolve({ ms: null, error: 'timeout' });
            await (mapDone() ? raf() : nextIdleOrTick());
          }
          const ms = performance.now() - t0;
          // The app writes its view to the URL (replaceState) in an effect, which may come after a
          // one-frame choice has gone idle: give it up to a second, outside the timing.
          const deadline = performance.now() + 1000;
          while (location.href === before && performance.now() < deadline) await raf();
          resolve({ ms, first, changed: location.href !== before });
        })();
      }),
    { action, timeout: IDLE_TIMEOUT },
  );
}

const EXPLORE_ACTIONS = [
  { name: 'zone', label: 'zone 北起', action: { click: 'button[data-zone="北起"]' }, undo: 'click', camera: true },
  {
    name: 'district',
    label: 'district 370114',
    action: { click: 'button[data-district="370114"]' },
    undo: 'click',
    camera: true,
  },
  {
    name: 'category',
    label: 'category transport',
    action: { click: 'button[data-category="transport"]' },
    undo: 'click',
    setup: async (page) => {
      const open = await page.evaluate(() => document.querySelector('details.more-filters')?.open);
      if (!open) await page.click('details.more-filters > summary', { timeout: 10_000 });
    },
  },
  {
    // The timeline slider a year back from today: every item's status at the new month reaches the map
    // as feature-state (src/map/timelineFlags.ts), the panel's progress bars and list with it.
    name: 'timeline',
    label: 'timeline a year back (PageDown on the slider)',
    action: { key: 'PageDown', keyTarget: '#timeline-slider' },
    undo: 'timeline',
  },
  {
    // The synthetic catalogue has no 济莱高铁: its items answer to the initials of 合成项目 and a number.
    name: 'search',
    label: 'search "jlgt" (synthetic: "hcxm5000") + Enter',
    action: { key: 'Enter', keyTarget: 'input[type="search"]' },
    undo: 'search',
    expect: (synthetic) => (synthetic ? '合成项目 5000' : '济莱高铁'),
    setup: async (page, synthetic) => {
      await page.getByRole('searchbox').fill(synthetic ? 'hcxm5000' : 'jlgt', { timeout: 10_000 });
      await settle(page);
    },
  },
];

async function undo(page, entry) {
  if (entry.undo === 'click') {
    await page.evaluate((sel) => document.querySelector(sel)?.click(), entry.action.click);
  } else if (entry.undo === 'search') {
    await page.evaluate(() => document.querySelector('.card__close')?.click());
    await settle(page);
    await page.getByRole('searchbox').fill('', { timeout: 10_000 });
  } else if (entry.undo === 'timeline') {
    await page.evaluate(() =>
      document
        .querySelector('#timeline-slider')
        ?.dispatchEvent(new KeyboardEvent('keydown', { key: 'PageUp', bubbles: true, cancelable: true })),
    );
  } else if (entry.undo === 'slide') {
    await page.evaluate(() =>
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'PageUp', bubbles: true, cancelable: true })),
    );
  }
  await settle(page);
}

/**
 * Every interaction, RUNS times each, on one page per (data set, motion) with each choice undone in between.
 * `only` names the exploring interactions to measure (the slide step is then left out); null: all.
 */
export async function measureInteractions(browser, appUrl, query, reducedMotion, only = null) {
  const out = {};
  const notes = [];
  const synthetic = query.includes('synthetic');
  const cameras = {};
  const explore = await openApp(browser, `${appUrl}${query}`, reducedMotion);
  try {
    for (const entry of EXPLORE_ACTIONS.filter((e) => only === null || only.includes(e.name))) {
      const samples = [];
      const firsts = [];
      for (let i = 0; i < RUNS; i++) {
        // Two failures (each up to IDLE_TIMEOUT) are enough to tell: skip the remaining runs.
        if (samples.filter((x) => x == null).length >= 2) {
          samples.push(null);
          continue;
        }
        await entry.setup?.(explore.page, synthetic);
        const from = await cameraOf(explore.page);
        const r = await interact(explore.page, { ...entry.action, card: entry.expect?.(synthetic) });
        if (entry.camera && i === 0) cameras[entry.name] = { from, to: await cameraOf(explore.page) };
        if (r.error) notes.push(`${entry.name} run ${i + 1}: ${r.error}`);
        else if (!r.changed) notes.push(`${entry.name} run ${i + 1}: the URL did not change`);
        if (entry.expect && i === 0) {
          const card = await explore.page.evaluate(() => document.querySelector('.card')?.textContent ?? '');
          if (!card.includes(entry.expect(synthetic)))
            notes.push(`${entry.name}: the card is not ${entry.expect(synthetic)}`);
        }
        samples.push(r.ms);
        firsts.push(r.ms == null ? null : r.first);
        await undo(explore.page, entry);
      }
      out[entry.name] = { label: entry.label, ...summary(samples), first: summary(firsts) };
    }
  } finally {
    await explore.context.close();
  }
  if (only !== null) return { results: out, notes: [...new Set(notes)], cameras };
  const sep = query ? '&' : '?';
  const present = await openApp(browser, `${appUrl}${query}${sep}present=default`, reducedMotion);
  try {
    await present.page.getByTestId('progress').waitFor({ timeout: 30_000 });
    const samples = [];
    const firsts = [];
    for (let i = 0; i < RUNS; i++) {
      const r = await interact(present.page, { key: 'PageDown' });
      if (r.error) notes.push(`slide run ${i + 1}: ${r.error}`);
      else if (!r.changed) notes.push(`slide run ${i + 1}: the URL did not change`);
      samples.push(r.ms);
      firsts.push(r.ms == null ? null : r.first);
      await undo(present.page, { undo: 'slide' });
    }
    out.slide = { label: 'slide step (PageDown, 1 → 2)', ...summary(samples), first: summary(firsts) };
  } finally {
    await present.context.close();
  }
  return { results: out, notes: [...new Set(notes)], cameras };
}

function cameraOf(page) {
  return page.evaluate(() => {
    const m = window.__blueprint.map;
    return { center: m.getCenter().toArray(), zoom: m.getZoom() };
  });
}

/**
 * The floor under a choice that moves the camera: the bare reference page (same basemap, same size)
 * jumps between the same two cameras as the app did, and the time to its next `idle` is measured.
 */
export async function measureReferenceJumps(browser, refUrl, cameras) {
  const out = {};
  const { context, page } = await newContext(browser);
  try {
    await page.goto(refUrl, { timeout: LOAD_TIMEOUT });
    await waitFirstIdle(page, 'ref');
    for (const [name, { from, to }] of Object.entries(cameras)) {
      const samples = [];
      for (let i = 0; i < RUNS; i++) {
        const jump = (camera) =>
          page.evaluate(
            (camera) =>
              new Promise((resolve) => {
                const map = window.__ref.map;
                const t0 = performance.now();
                map.once('idle', () => resolve(performance.now() - t0));
                map.jumpTo(camera);
              }),
            camera,
          );
        await jump(from);
        await settle(page);
        samples.push(await jump(to));
        await settle(page);
      }
      out[name] = summary(samples);
    }
  } finally {
    await context.close();
  }
  return out;
}
