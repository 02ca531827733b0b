import fs from 'node:fs';
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type HeapReading, LEAK_BUDGET_BYTES, leakVerdict, PROJECTED_STEPS } from '../../scripts/test/heapSlope';
import { CATEGORIES, ZONES } from '../../src/catalog/vocab';
import type { Deck } from '../../src/present/types';
import { ARTIFACTS, openApp, ROOT, settle, sharedSession, waitForIdle } from './harness';
import { LONG, VARIANT } from './variant';

// A long meeting: slide steps by the hundred with the filters used in between, the way a presenter goes
// back and forth through the deck and the audience asks "and what about this district?". The page must
// keep rendering every step without an error, and what it keeps must not grow with the number of steps:
// a leak that a day of meetings turns into a slow or crashed tab.
//
// Leaks are judged on the JS objects of the heap (from heap snapshots), not on the whole heap: the
// compiled code grows for hundreds of steps while V8 optimises more of what runs, and the browser
// fills bounded buffers of its own, neither of which is a leak. The JS objects are read every
// FILTER_EVERY steps after the warm-up, always in the same state (slide 1, after a use of the filters),
// and their least-squares slope, projected over 1,000 steps, must stay within the budget of
// scripts/test/heapSlope.ts. The whole heap is read too and reported beside them.
//
// Two variants (variant.ts): the short one in `npm test`, the long one in `npm run test:long`.

const deck = JSON.parse(fs.readFileSync(path.join(ROOT, 'src/present/deck.default.json'), 'utf8')) as Deck;
const N = deck.slides.length;
/** Steps after the warm-up, over which the heap is read. */
const STEPS = LONG ? 1000 : 100;
/**
 * Steps before the first reading, the same in both variants: two passes through the deck and a use of
 * the filters fill the tile and glyph caches and load every lazy chunk, after which the JS objects no
 * longer grow. (The compiled code does, for hundreds of steps: see the readings in soak.json.)
 */
const WARMUP = 50;
/** Leave meeting mode and use the filters every this many steps; the heap is read after each use. */
const FILTER_EVERY = 50;
// Small, because software WebGL pays for every pixel (the projector profile draws 1.5× that); the heap
// does not depend on it.
const VIEWPORT = { width: 640, height: 360 };
const DISTRICTS = ['370114', '370112', '370102', '370116', '370124', '370126', '370105'];
const SEARCHES = ['jlgt', '机场', 'museum', 'quancheng', '黄河'];

/** The main thread's JS heap in bytes, after forced garbage collection until it stops shrinking. */
async function heapAfterGc(cdp: CDPSession): Promise<number> {
  let last = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 6; i++) {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    if (Math.abs(last - usedSize) < 16 * 1024) return usedSize;
    last = usedSize;
  }
  return last;
}

/**
 * The heap by kind, from a heap snapshot: JS objects (objects, arrays, strings, closures, shapes…),
 * compiled code, and native memory the snapshot shows (array buffer contents, engine internals, the
 * browser's own objects such as its performance entries).
 */
async function heapByKind(cdp: CDPSession): Promise<{ objects: number; code: number; native: number }> {
  const chunks: string[] = [];
  const onChunk = (e: { chunk: string }) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await cdp.send('HeapProfiler.disable');
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const snap = JSON.parse(chunks.join('')) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
    nodes: number[];
  };
  const fields = snap.snapshot.meta.node_fields;
  const types = snap.snapshot.meta.node_types[0];
  const [width, type, size] = [fields.length, fields.indexOf('type'), fields.indexOf('self_size')];
  const kinds = { objects: 0, code: 0, native: 0 };
  for (let i = 0; i < snap.nodes.length; i += width) {
    const t = types[snap.nodes[i + type] as number];
    const bytes = snap.nodes[i + size] as number;
    if (t === 'code') kinds.code += bytes;
    else if (t === 'native' || t === 'synthetic') kinds.native += bytes;
    else kinds.objects += bytes;
  }
  return kinds;
}

const progress = (page: Page) => page.getByTestId('progress').textContent();

/**
 * Presses a key and waits until the presenter shows slide `expected` and the map has drawn it: its next
 * `idle` after the key press (every slide changes the camera, the spotlight or the filter, so a slide
 * that never brings the map to idle again was not drawn).
 */
async function step(page: Page, key: string, expected: number): Promise<void> {
  const before = idleSeen ?? (await page.evaluate(() => window.__blueprint?.idleCount ?? 0));
  await page.keyboard.press(key);
  const result = await page.evaluate(
    ({ expected, before }) =>
      new Promise<number | string>((resolve) => {
        const start = performance.now();
        const text = () => document.querySelector('[data-testid="progress"]')?.textContent ?? '';
        const check = () => {
          const probe = window.__blueprint;
          const shown = text().startsWith(`${expected} / `);
          if (shown && probe?.map && probe.idleCount > before && !probe.map.isMoving()) resolve(probe.idleCount);
          else if (performance.now() - start > 20_000)
            resolve(shown ? `slide ${expected} shown but never drawn` : `slide ${expected} not shown: ${text()}`);
          else requestAnimationFrame(check);
        };
        check();
      }),
    { expected, before },
  );
  if (typeof result === 'string') throw new Error(result);
  idleSeen = result;
}

/**
 * The map's idle count when the last step was drawn: nothing happens between two steps, so the next
 * step can start from it without asking the page. Null after anything else has touched the page.
 */
let idleSeen: number | null = null;

/** Leaves meeting mode, uses each kind of filter, clears them, and starts the deck again from slide 1. */
async function filterCycle(page: Page, cycle: number): Promise<void> {
  idleSeen = null;
  await page.keyboard.press('Escape');
  await expect.poll(() => page.locator('.presenter').count()).toBe(0);
  await page.locator('.panel').waitFor({ state: 'visible' });
  await settle(page);
  const zone = ZONES[cycle % ZONES.length] as string;
  const district = DISTRICTS[cycle % DISTRICTS.length] as string;
  const category = CATEGORIES[cycle % CATEGORIES.length] as string;
  const search = SEARCHES[cycle % SEARCHES.length] as string;
  const controls = [
    page.locator(`button[data-zone="${zone}"]`),
    page.locator(`button[data-district="${district}"]`),
    page.locator(`button[data-category="${category}"]`),
  ];
  // Categories sit in the folded "more filters" section.
  const more = page.locator('details.more-filters');
  if (!(await more.evaluate((d: HTMLDetailsElement) => d.open))) await more.locator('summary').click();
  for (const control of controls) {
    await control.click();
    await expect.poll(() => control.getAttribute('aria-pressed')).toBe('true');
    await settle(page);
  }
  await page.getByRole('searchbox').fill(search);
  await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(search);
  await settle(page);
  const params = new URL(page.url()).searchParams;
  expect([params.get('zone'), params.get('d'), params.get('cat')]).toEqual([zone, district, category]);
  // Toggle them off again, so that every cycle ends in the state the heap is read in.
  await page.getByRole('searchbox').fill('');
  for (const control of controls.reverse()) {
    await control.click();
    await expect.poll(() => control.getAttribute('aria-pressed')).toBe('false');
    await settle(page);
  }
  // The camera the filters framed stays in the URL; the deck does not need it.
  expect([...new URL(page.url()).searchParams.keys()].filter((k) => k !== 'cam')).toEqual([]);
  await page.getByRole('button', { name: '演示', exact: true }).click();
  await expect.poll(() => progress(page)).toBe(`1 / ${N}`);
  await settle(page);
}

describe('a long meeting', () => {
  let cdp: CDPSession;
  const s = sharedSession(async () => {
    const opened = await openApp('?present=default', VIEWPORT);
    // The camera jumps rather than flies: a thousand 600 ms flights would take the time, not the rendering.
    await opened.page.emulateMedia({ reducedMotion: 'reduce' });
    await waitForIdle(opened.page);
    await opened.page.getByTestId('progress').waitFor({ timeout: 30_000 });
    await settle(opened.page);
    cdp = await opened.context.newCDPSession(opened.page);
    return opened;
  });

  it(`${VARIANT} soak: ${WARMUP} warm-up and ${STEPS} measured slide steps, the filters used every ${FILTER_EVERY}; the JS objects do not grow`, async () => {
    const page = s.page;
    expect(await progress(page)).toBe(`1 / ${N}`);
    const started = Date.now();
    let index = 1;
    let dir = 1;
    let pass = 0;
    let cycles = 0;
    /** One step: on to the next slide, turning at the ends (every third turn jumps with Home/End instead). */
    const next = async () => {
      if (index + dir < 1 || index + dir > N) {
        dir = -dir;
        pass += 1;
        if (pass % 3 === 0) {
          // Wrap around instead of walking back: End from the first slide, Home from the last.
          index = dir > 0 ? N : 1;
          dir = -dir;
          await step(page, index === N ? 'End' : 'Home', index);
          return;
        }
      }
      index += dir;
      await step(page, dir > 0 ? 'PageDown' : 'PageUp', index);
    };

    /** `count` steps, with the filters used every FILTER_EVERY steps (so it ends on slide 1 after a use of them). */
    const run = async (count: number, afterFilters?: (i: number) => Promise<void>) => {
      for (let i = 1; i <= count; i++) {
        await next();
        if (i % FILTER_EVERY === 0) {
          await filterCycle(page, cycles);
          cycles += 1;
          index = 1;
          dir = 1;
          await afterFilters?.(i);
        }
      }
    };

    const readings: Reading[] = [];
    const read = async (i: number) => {
      expect(await progress(page)).toBe(`1 / ${N}`);
      const total = await heapAfterGc(cdp);
      readings.push({ step: i, total, ...(await heapByKind(cdp)) });
      // Fail early rather than after the whole run.
      expect(s.consoleErrors, `errors by step ${i}`).toEqual([]);
    };

    await run(WARMUP);
    await read(0);
    await run(STEPS, read);

    const objects = leakVerdict(readings.map((r): HeapReading => ({ step: r.step, bytes: r.objects })));
    const total = leakVerdict(readings.map((r): HeapReading => ({ step: r.step, bytes: r.total })));
    const [first, last] = [readings[0] as Reading, readings.at(-1) as Reading];
    const result = {
      variant: VARIANT,
      steps: STEPS,
      warmupSteps: WARMUP,
      slides: N,
      filterEvery: FILTER_EVERY,
      filterCycles: cycles,
      viewport: `${VIEWPORT.width}×${VIEWPORT.height}`,
      // The verdict: the JS objects' least-squares slope, projected over PROJECTED_STEPS steps.
      jsObjects: {
        firstMB: mb(first.objects),
        lastMB: mb(last.objects),
        bytesPerStep: Math.round(objects.bytesPerStep),
        projectedMB: mb(objects.projectedBytes),
        budgetMB: mb(LEAK_BUDGET_BYTES),
      },
      // Reported, not judged: includes compiled code and the browser's own memory.
      totalHeap: {
        firstMB: mb(first.total),
        lastMB: mb(last.total),
        bytesPerStep: Math.round(total.bytesPerStep),
        projectedMB: mb(total.projectedBytes),
      },
      projectedSteps: PROJECTED_STEPS,
      // Every reading: the heap after garbage collection, and the snapshot's JS objects, compiled code
      // and native memory.
      readings: readings.map((r) => ({
        step: r.step,
        totalMB: mb(r.total),
        objectsMB: mb(r.objects),
        codeMB: mb(r.code),
        nativeMB: mb(r.native),
      })),
      seconds: Math.round((Date.now() - started) / 1000),
    };
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    fs.writeFileSync(path.join(ARTIFACTS, 'soak.json'), `${JSON.stringify(result, null, 2)}\n`);
    console.info(`soak: ${JSON.stringify(result)}`);

    expect(s.consoleErrors).toEqual([]);
    expect(s.foreign).toEqual([]);
    expect(cycles).toBe((WARMUP + STEPS) / FILTER_EVERY);
    expect(readings).toHaveLength(STEPS / FILTER_EVERY + 1);
    expect(
      objects.leaks,
      `JS objects grow ${result.jsObjects.bytesPerStep} bytes a step, ${result.jsObjects.projectedMB} MB per ${PROJECTED_STEPS} steps (budget ${result.jsObjects.budgetMB} MB): ${JSON.stringify(result.readings)}`,
    ).toBe(false);
  }, 1_200_000);
});

/** A reading of the heap: after garbage collection, and by kind from a heap snapshot. */
interface Reading {
  step: number;
  total: number;
  objects: number;
  code: number;
  native: number;
}

const mb = (bytes: number) => Math.round((bytes / 2 ** 20) * 1000) / 1000;
