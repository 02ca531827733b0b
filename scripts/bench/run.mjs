#!/usr/bin/env node
// The benchmark (`npm run bench`; see bench/README.md): builds the app (--mode test) and a bare MapLibre
// reference page (maplibre-gl 6 and 5), serves them on loopback, drives headless Chromium and writes
// bench/results.json and bench/results.md.
// Usage: node scripts/bench/run.mjs [--runs N] [--heap-steps N] [--with-motion] [--skip-build]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { launchChromium } from '../chromium.mjs';
import { startServer } from '../serve.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BENCH = path.join(ROOT, 'bench');
const TMP = path.join(BENCH, 'tmp');
const DIRS = {
  app: path.join(TMP, 'app'),
  ref6: path.join(TMP, 'reference-v6'),
  ref5: path.join(TMP, 'reference-v5'),
};
const VIEWPORT = { width: 1600, height: 1000 };
const SYNTHETIC = 10_000;
const LOAD_TIMEOUT = 90_000;
const IDLE_TIMEOUT = 30_000;
const GOAL_LOAD_RATIO = 1.2;
const GOAL_INTERACTION_MS = 100;
const GOAL_INTERACTION_LARGE_MS = 200;

function option(name, fallback) {
  const at = process.argv.indexOf(name);
  if (at < 0) return fallback;
  const value = Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} takes a positive integer`);
  return value;
}
const RUNS = option('--runs', 5);
const HEAP_STEPS = option('--heap-steps', 200);
const SKIP_BUILD = process.argv.includes('--skip-build');
// Interactions are timed with reduced motion (the camera jumps); this adds a pass with the camera's flights.
const WITH_MOTION = process.argv.includes('--with-motion');

const started = Date.now();
const log = (msg) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${msg}`);

// ---------------------------------------------------------------------------------------------- builds

function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8' });
  if (r.status !== 0) {
    process.stderr.write(`${r.stdout}\n${r.stderr}\n`);
    throw new Error(`${cmd} ${args.join(' ')} failed (${r.status ?? r.signal})`);
  }
}

function build() {
  log('building the app (vite build --mode test)');
  run('npx', ['vite', 'build', '--mode', 'test', '--outDir', 'bench/tmp/app', '--emptyOutDir']);
  // After the app: the reference imports the font subset the app's build generates.
  const config = 'scripts/bench/reference/vite.config.mjs';
  log('building the reference page with maplibre-gl 6');
  run('npx', ['vite', 'build', '--config', config], { BENCH_MAPLIBRE: '6' });
  log('building the reference page with maplibre-gl 5');
  run('npx', ['vite', 'build', '--config', config], { BENCH_MAPLIBRE: '5' });
}

// ------------------------------------------------------------------------------------------ statistics

const round = (v, digits = 1) => (v == null ? null : Math.round(v * 10 ** digits) / 10 ** digits);

function median(values) {
  const v = values.filter((x) => x != null).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

function summary(samples) {
  const ok = samples.filter((x) => x != null);
  return {
    median: round(median(ok)),
    min: ok.length ? round(Math.min(...ok)) : null,
    max: ok.length ? round(Math.max(...ok)) : null,
    n: ok.length,
    failed: samples.length - ok.length,
    samples: samples.map((x) => round(x)),
  };
}

/** Median of a over median of b, and the spread of the paired per-run ratios. */
function ratio(a, b) {
  const pairs = a.map((x, i) => (x != null && b[i] != null ? x / b[i] : null)).filter((x) => x != null);
  const ma = median(a);
  const mb = median(b);
  return {
    ofMedians: ma != null && mb ? round(ma / mb, 2) : null,
    pairedMin: pairs.length ? round(Math.min(...pairs), 2) : null,
    pairedMax: pairs.length ? round(Math.max(...pairs), 2) : null,
  };
}

// ------------------------------------------------------------------------------------------- the pages

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

async function newContext(browser, options = {}) {
  // No service worker: its precache would download the whole build alongside the first load and
  // compete with what is being measured.
  const context = await browser.newContext({
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
    serviceWorkers: 'block',
    ...options,
  });
  const responses = [];
  const errors = [];
  context.on('response', (r) => responses.push({ url: r.url(), status: r.status() }));
  context.on('requestfailed', (r) => errors.push(`${r.url()} ${r.failure()?.errorText ?? ''}`));
  await context.addInitScript(appInitScript);
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return { context, page, responses, errors };
}

/** Waits until the map exists, has loaded, is still and has gone idle at least once. */
async function waitFirstIdle(page, kind) {
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
function settle(page) {
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
function districtLabelCount(page) {
  return page.evaluate(() => {
    const map = window.__blueprint?.map ?? window.__ref?.map;
    if (!map?.getLayer('district-label')) return 0;
    return new Set(map.queryRenderedFeatures({ layers: ['district-label'] }).map((f) => f.properties.name_zh)).size;
  });
}

// ---------------------------------------------------------------------------------------- 1. load time

async function measureLoad(browser, target) {
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

// ---------------------------------------------------------------------------------------- 4. the bytes

function classify(file) {
  if (/maplibre-gl-worker[^/]*\.m?js$/.test(file)) return 'worker';
  if (/\.m?js$/.test(file)) return 'js';
  if (/\.css$/.test(file)) return 'css';
  if (/\.(woff2?|ttf|otf)$/.test(file)) return 'font';
  if (/\.(geo)?json$/.test(file)) return 'data';
  if (/\.html?$/.test(file)) return 'html';
  return 'other';
}

const CLASSES = ['js', 'worker', 'css', 'font', 'data', 'html', 'other'];

/** Each same-origin response of a load, sized from the file on disk that the server sent. */
function bytesOf(responses, dir, origin) {
  const files = new Map();
  for (const { url, status } of responses) {
    if (!url.startsWith(`${origin}/`) || status >= 400) continue;
    let rel = decodeURIComponent(new URL(url).pathname);
    if (rel.endsWith('/')) rel += 'index.html';
    const file = path.join(dir, rel);
    if (files.has(rel) || !file.startsWith(dir) || !fs.existsSync(file)) continue;
    const body = fs.readFileSync(file);
    files.set(rel, {
      file: rel,
      kind: classify(rel),
      raw: body.length,
      gzip: zlib.gzipSync(body, { level: 9 }).length,
    });
  }
  const totals = {};
  for (const c of [...CLASSES, 'total']) totals[c] = { raw: 0, gzip: 0, files: 0 };
  for (const f of files.values()) {
    for (const c of [f.kind, 'total']) {
      totals[c].raw += f.raw;
      totals[c].gzip += f.gzip;
      totals[c].files += 1;
    }
  }
  return { totals, files: [...files.values()].sort((a, b) => b.raw - a.raw) };
}

// ---------------------------------------------------------------------------------------- 2. interactions

/**
 * In the page: t0, the input (a DOM click or keydown), `idle` listened for right after it, two animation
 * frames, then until the map is loaded, still, has no style change waiting (the item labels' filter,
 * applied after the redraw that shows the choice) and has gone idle since t0. Returns `first`, the ms to
 * the first `idle` after the input (the choice drawn), `ms`, the ms until all of that holds (null on
 * timeout), and whether the URL (the app's view state) changed.
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
          while (!(idleSince && map.loaded() && !map.isMoving() && !pending())) {
            if (performance.now() - t0 > timeout) return resolve({ ms: null, error: 'timeout' });
            await nextIdleOrTick();
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
  } else if (entry.undo === 'slide') {
    await page.evaluate(() =>
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'PageUp', bubbles: true, cancelable: true })),
    );
  }
  await settle(page);
}

async function openApp(browser, url, reducedMotion) {
  const session = await newContext(browser, { reducedMotion });
  await session.page.goto(url, { timeout: LOAD_TIMEOUT });
  await waitFirstIdle(session.page, 'app');
  await settle(session.page);
  return session;
}

/** Every interaction, RUNS times each, on one page per (data set, motion) with each choice undone in between. */
async function measureInteractions(browser, appUrl, query, reducedMotion) {
  const out = {};
  const notes = [];
  const synthetic = query.includes('synthetic');
  const cameras = {};
  const explore = await openApp(browser, `${appUrl}${query}`, reducedMotion);
  try {
    for (const entry of EXPLORE_ACTIONS) {
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
        const r = await interact(explore.page, entry.action);
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
async function measureReferenceJumps(browser, refUrl, cameras) {
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

// ------------------------------------------------------------------------------------------------ 3. heap

async function heapMB(page) {
  return page.evaluate(async () => {
    for (let i = 0; i < 3; i++) {
      window.gc?.();
      await new Promise((r) => setTimeout(r, 50));
    }
    return performance.memory.usedJSHeapSize / 2 ** 20;
  });
}

/**
 * The heap after load and after HEAP_STEPS slide steps (forward to the last slide, back to the first, and
 * again), read after gc() at each end of the deck. A step waits for the slide to be applied (the progress
 * changes) and two frames, not for the map to go idle: that is a presenter clicking on briskly, and keeps
 * 200 steps within a minute or two. The map settles fully at each end of the deck, before each reading.
 */
async function measureHeap(browser, appUrl) {
  const s = await openApp(browser, `${appUrl}?present=default`, 'reduce');
  try {
    await s.page.getByTestId('progress').waitFor({ timeout: 30_000 });
    const hasGc = await s.page.evaluate(() => typeof window.gc === 'function');
    const afterLoad = await heapMB(s.page);
    const slides = await s.page.evaluate(() =>
      Number(document.querySelector('[data-testid="progress"]').textContent.split('/')[1]),
    );
    const curve = [{ step: 0, mb: round(afterLoad) }];
    let index = 1;
    let dir = 1;
    const t0 = Date.now();
    for (let step = 1; step <= HEAP_STEPS; step++) {
      if (index + dir < 1 || index + dir > slides) dir = -dir;
      index += dir;
      const applied = await s.page.evaluate(
        ({ key, expected, timeout }) =>
          new Promise((resolve) => {
            const progress = document.querySelector('[data-testid="progress"]');
            document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
            const start = performance.now();
            const check = () => {
              if (progress.textContent.trim().startsWith(`${expected} `)) {
                requestAnimationFrame(() => requestAnimationFrame(() => resolve(true)));
              } else if (performance.now() - start > timeout) resolve(false);
              else requestAnimationFrame(check);
            };
            check();
          }),
        { key: dir > 0 ? 'PageDown' : 'PageUp', expected: index, timeout: IDLE_TIMEOUT },
      );
      if (!applied) throw new Error(`heap: slide ${index} was not shown after step ${step}`);
      if (index === slides || index === 1 || step === HEAP_STEPS) {
        await settle(s.page);
        curve.push({ step, mb: round(await heapMB(s.page)) });
      }
    }
    const afterSteps = curve.at(-1).mb;
    return {
      afterLoadMB: round(afterLoad),
      afterStepsMB: afterSteps,
      steps: HEAP_STEPS,
      slides,
      growth: round(afterSteps / afterLoad, 2),
      curve,
      stepSeconds: round((Date.now() - t0) / 1000, 0),
      gcExposed: hasGc,
    };
  } finally {
    await s.context.close();
  }
}

// --------------------------------------------------------------------------------------------- the report

function machine(chromiumVersion) {
  let cpu = os.cpus()[0]?.model ?? 'unknown';
  try {
    const m = fs.readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.+)$/m);
    if (m?.[1]) cpu = m[1].trim();
  } catch {}
  let commit = null;
  const git = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' });
  if (git.status === 0) commit = git.stdout.trim();
  const pkg = (name) =>
    JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
  return {
    cpu,
    cores: os.cpus().length,
    memoryGB: round(os.totalmem() / 2 ** 30, 1),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    chromium: chromiumVersion,
    maplibre6: pkg('maplibre-gl'),
    maplibre5: pkg('maplibre-gl-v5'),
    commit,
    date: new Date().toISOString(),
  };
}

const kb = (bytes) => (bytes / 1024).toFixed(1);
const ms = (s) => (s?.median == null ? 'n/a' : `${s.median} (${s.min}–${s.max})`);

function markdown(r) {
  const m = r.machine;
  const lines = [];
  const row = (...cells) => lines.push(`| ${cells.join(' | ')} |`);
  lines.push('# Benchmark results', '');
  lines.push(
    `Generated by \`npm run bench\` (scripts/bench/run.mjs) on ${m.date}, ${r.config.runs} runs per figure, in ${r.durationSeconds} s. ` +
      'Times in ms as **median (min–max)**. Absolute times on a shared machine with software WebGL are noise: ' +
      'compare the ratios within this run. See bench/README.md for what each figure means.',
    '',
  );
  lines.push('## Machine', '');
  row('CPU', 'Cores', 'Memory', 'OS', 'Node', 'Chromium', 'maplibre-gl', 'Commit');
  row('---', '---', '---', '---', '---', '---', '---', '---');
  row(
    m.cpu,
    m.cores,
    `${m.memoryGB} GB`,
    m.os,
    m.node,
    m.chromium,
    `${m.maplibre6} (reference also ${m.maplibre5})`,
    m.commit ?? 'n/a',
  );
  lines.push('', '## 1. Navigation → first map `idle` (cold cache)', '');
  const n = r.navigation;
  row('Page', 'Time to idle (ms)', 'Ratio to reference 6.x', 'Goal');
  row('---', '---', '---', '---');
  const ratioCell = (x) => (x?.ofMedians == null ? 'n/a' : `${x.ofMedians} (paired ${x.pairedMin}–${x.pairedMax})`);
  row(
    'App',
    ms(n.app),
    ratioCell(n.ratios.appToRef6),
    `≤ ${GOAL_LOAD_RATIO} ${n.ratios.appToRef6?.ofMedians <= GOAL_LOAD_RATIO ? '✅' : '❌'}`,
  );
  row(
    `App, ${SYNTHETIC.toLocaleString('en')} synthetic items`,
    n.synthetic ? ms(n.synthetic) : 'not available',
    ratioCell(n.ratios.syntheticToRef6),
    '',
  );
  row(`Reference, maplibre-gl ${m.maplibre6}`, ms(n.ref6), '1', '');
  row(`Reference, maplibre-gl ${m.maplibre5}`, ms(n.ref5), ratioCell(n.ratios.ref5ToRef6), '');
  lines.push('');
  if (n.list?.app)
    lines.push(
      `The panel's list is on screen at ${ms(n.list.app)} ms` +
        (n.list.synthetic ? ` (${SYNTHETIC.toLocaleString('en')} items: ${ms(n.list.synthetic)} ms)` : '') +
        ": it renders right after the map's first `idle` (src/useAfterMap.ts).",
      '',
    );
  lines.push(
    `District names drawn at first idle: app ${n.labels.app}, reference 6.x ${n.labels.ref6}, reference 5.x ${n.labels.ref5}. ` +
      `Fonts: 6.x ${n.fonts.ref6}; 5.x ${n.fonts.ref5}.`,
  );
  const passes = [...r.interactions];
  if (!r.config.synthetic) passes.splice(1, 0, { title: 'reduced motion', data: `${SYNTHETIC} items`, results: null });
  const fmt = (n) => n.replace(/^(\d+) items$/, (_, x) => `${Number(x).toLocaleString('en')} items`);
  const table = (title, pick, goalMs, floor = false) => {
    lines.push('', title, '');
    const floorHead = floor ? ['bare engine, same camera jump'] : [];
    row('Interaction', ...passes.map((p) => `${p.title} · ${fmt(p.data)}`), ...floorHead);
    row('---', ...passes.map(() => '---'), ...floorHead.map(() => '---'));
    for (const name of ['zone', 'district', 'category', 'search', 'slide']) {
      const label = r.interactions[0].results[name]?.label ?? name;
      const cells = passes.map((p) => {
        if (!p.results) return 'not available';
        const x = p.results[name] && pick(p.results[name]);
        if (!x) return 'n/a';
        const goal = goalMs(p);
        const mark = p.motion === 'reduce' && goal ? (x.median != null && x.median <= goal ? ' ✅' : ' ❌') : '';
        return `${ms(x)}${mark}`;
      });
      const jump = r.referenceJumps?.[name];
      row(label, ...cells, ...(floor ? [jump ? ms(jump) : '–'] : []));
    }
  };
  const goalFor = (p) => (p.data === 'app data' ? GOAL_INTERACTION_MS : GOAL_INTERACTION_LARGE_MS);
  table('## 2. Interaction → first `idle`: the choice drawn', (x) => x.first, goalFor, true);
  lines.push(
    '',
    'The first `idle` after the input: shapes, zones and districts follow a choice through feature-state in one redraw. ' +
      'A zone or a district also frames itself: the camera jumps. The app draws every view from zoom 8 on from the tiles the first view loaded (src/map/tiles.ts), so the jump is one frame too. ' +
      "The last column is the bare reference page, with MapLibre's defaults, making the same jump in the same run: it cuts and lays out new tiles for the new zoom.",
  );
  table(
    '## 2b. Interaction → settled: the item labels laid out again',
    (x) => x,
    () => null,
  );
  lines.push(
    '',
    'Then the item labels take the new filter (so that hidden names no longer push visible ones away), MapLibre lays them out again, and the map goes idle once more.',
  );
  lines.push('');
  lines.push(
    `Goal ≤ ${GOAL_INTERACTION_MS} ms (≤ ${GOAL_INTERACTION_LARGE_MS} ms at ${SYNTHETIC.toLocaleString('en')} items), with reduced motion (the camera jumps rather than flies; \`--with-motion\` adds a pass with the app's 600 ms flights).`,
  );
  const notes = passes.flatMap((p) => (p.notes ?? []).map((x) => `${p.title}, ${fmt(p.data)}: ${x}`));
  if (notes.length) lines.push('', 'Notes:', '', ...notes.map((x) => `- ${x}`));
  lines.push('', '## 3. JS heap (main thread, after `gc()`)', '');
  const h = r.heap;
  row('After load (`?present=default`)', `After ${h.steps} slide steps`, 'Growth');
  row('---', '---', '---');
  row(`${h.afterLoadMB} MB`, `${h.afterStepsMB} MB`, `× ${h.growth}`);
  lines.push(
    '',
    `After gc() at each end of the deck (${h.slides} slides), step: MB — ${h.curve.map((c) => `${c.step}: ${c.mb}`).join(', ')}.`,
  );
  lines.push('', '## 4. Bytes on first load (raw / gzip -9, KiB)', '');
  const pages = [
    ['App', r.bytes.app],
    [`App, ${SYNTHETIC.toLocaleString('en')} synthetic items`, r.bytes.synthetic],
    [`Reference ${m.maplibre6}`, r.bytes.ref6],
    [`Reference ${m.maplibre5}`, r.bytes.ref5],
  ].filter(([, b]) => b);
  const cols = ['js', 'worker', 'css', 'font', 'data', 'html', 'total'];
  row('Page', 'JS (main thread)', 'JS (worker)', 'CSS', 'Font', 'Data', 'HTML', 'Total');
  row('---', ...cols.map(() => '---'));
  for (const [name, b] of pages) {
    row(name, ...cols.map((c) => (b.totals[c].files ? `${kb(b.totals[c].raw)} / ${kb(b.totals[c].gzip)}` : '–')));
  }
  lines.push('', '## maplibre-gl 5.x vs 6.x (reference page)', '');
  row('', `${m.maplibre5}`, `${m.maplibre6}`);
  row('---', '---', '---');
  const js = (b) => b.totals.js.raw + b.totals.worker.raw;
  const jsz = (b) => b.totals.js.gzip + b.totals.worker.gzip;
  row(
    'JS raw / gzip (KiB)',
    `${kb(js(r.bytes.ref5))} / ${kb(jsz(r.bytes.ref5))}`,
    `${kb(js(r.bytes.ref6))} / ${kb(jsz(r.bytes.ref6))}`,
  );
  row('Time to idle (ms)', ms(n.ref5), ms(n.ref6));
  row('Labels drawn with', n.fonts.ref5, n.fonts.ref6);
  lines.push('');
  return `${lines.join('\n')}\n`;
}

// ------------------------------------------------------------------------------------------------- main

async function main() {
  if (!SKIP_BUILD) build();
  for (const [name, dir] of Object.entries(DIRS)) {
    if (!fs.existsSync(path.join(dir, 'index.html')))
      throw new Error(`No ${name} build in ${dir}: run without --skip-build.`);
  }
  const servers = {};
  for (const [name, dir] of Object.entries(DIRS)) servers[name] = await startServer(dir);
  const browser = await launchChromium(['--enable-precise-memory-info', '--js-flags=--expose-gc']);
  try {
    const chromiumVersion = browser.version();
    log(`Chromium ${chromiumVersion}; ${RUNS} runs`);

    // Warm-up (not counted): also learns the app's map size, given to the reference, and whether the build
    // has the synthetic data set.
    const appWarm = await measureLoad(browser, { kind: 'app', url: servers.app.url });
    if (appWarm.errors.length) log(`app errors: ${appWarm.errors.join('; ')}`);
    const { width, height } = appWarm.info.canvas;
    const synthWarm = await measureLoad(browser, { kind: 'app', url: `${servers.app.url}?synthetic=${SYNTHETIC}` });
    const synthetic = synthWarm.info.synthetic === SYNTHETIC;
    if (appWarm.info.drawn === 0) throw new Error(`the app drew no item: ${appWarm.errors.join('; ')}`);
    // A figure for 10,000 items is worth nothing if they never reached the map.
    if (synthetic && synthWarm.info.drawn === 0)
      throw new Error(`the synthetic items did not reach the map: ${synthWarm.errors.join('; ')}`);
    if (synthWarm.errors.length) log(`synthetic errors: ${synthWarm.errors.join('; ')}`);
    log(`app map ${width}×${height}; synthetic ${synthetic ? 'available' : 'not available'}`);
    const targets = {
      app: { kind: 'app', url: servers.app.url, dir: DIRS.app },
      ...(synthetic
        ? { synthetic: { kind: 'app', url: `${servers.app.url}?synthetic=${SYNTHETIC}`, dir: DIRS.app } }
        : {}),
      ref6: { kind: 'ref', url: `${servers.ref6.url}?w=${width}&h=${height}`, dir: DIRS.ref6 },
      ref5: { kind: 'ref', url: `${servers.ref5.url}?w=${width}&h=${height}`, dir: DIRS.ref5 },
    };
    await measureLoad(browser, targets.ref6);
    await measureLoad(browser, targets.ref5);

    // 1 and 4: navigation, the pages interleaved and their order rotated from run to run.
    const times = Object.fromEntries(Object.keys(targets).map((k) => [k, []]));
    const first = {};
    const listTimes = {};
    const names = Object.keys(targets);
    for (let i = 0; i < RUNS; i++) {
      const order = names.map((_, j) => names[(i + j) % names.length]);
      for (const name of order) {
        let r = null;
        try {
          r = await measureLoad(browser, targets[name]);
        } catch (e) {
          log(`${name} run ${i + 1} failed: ${e.message}`);
        }
        times[name].push(r?.idleAt ?? null);
        if (r?.listAt != null) listTimes[name] = [...(listTimes[name] ?? []), r.listAt];
        if (r && !first[name]) first[name] = r;
      }
      log(`load run ${i + 1}/${RUNS}: ${names.map((k) => `${k} ${round(times[k][i], 0)} ms`).join(', ')}`);
    }
    const bytes = {};
    for (const name of names) {
      if (first[name])
        bytes[name] = bytesOf(first[name].responses, targets[name].dir, new URL(targets[name].url).origin);
    }
    const navigation = {
      app: summary(times.app),
      synthetic: synthetic ? summary(times.synthetic) : null,
      ref6: summary(times.ref6),
      ref5: summary(times.ref5),
      ratios: {
        appToRef6: ratio(times.app, times.ref6),
        syntheticToRef6: synthetic ? ratio(times.synthetic, times.ref6) : null,
        ref5ToRef6: ratio(times.ref5, times.ref6),
      },
      // Navigation → the panel's list on screen (it waits for the map's first idle).
      list: {
        app: listTimes.app ? summary(listTimes.app) : null,
        synthetic: listTimes.synthetic ? summary(listTimes.synthetic) : null,
      },
      labels: Object.fromEntries(names.map((k) => [k, first[k]?.info.labels ?? null])),
      fonts: {
        ref6: `${first.ref6?.info.ref?.fonts} (${first.ref6?.info.ref?.version})`,
        ref5: `${first.ref5?.info.ref?.fonts} (${first.ref5?.info.ref?.version})`,
      },
      mapSize: { width, height },
      errors: Object.fromEntries(names.map((k) => [k, first[k]?.errors ?? []])),
    };

    // 2: interactions: with reduced motion (the goal), and with the camera's flights if asked for.
    const interactions = [];
    const passes = [
      { motion: 'reduce', title: 'reduced motion', query: '', data: 'app data' },
      ...(synthetic
        ? [{ motion: 'reduce', title: 'reduced motion', query: `?synthetic=${SYNTHETIC}`, data: `${SYNTHETIC} items` }]
        : []),
      ...(WITH_MOTION ? [{ motion: 'no-preference', title: 'with motion', query: '', data: 'app data' }] : []),
    ];
    for (const pass of passes) {
      log(`interactions, ${pass.title}, ${pass.data}`);
      interactions.push({ ...pass, ...(await measureInteractions(browser, servers.app.url, pass.query, pass.motion)) });
    }
    // The same camera moves on the bare engine, for the choices that move the camera.
    log('reference: the same camera jumps');
    const referenceJumps = await measureReferenceJumps(browser, targets.ref6.url, interactions[0].cameras);

    // 3: the heap.
    log(`heap: ${HEAP_STEPS} slide steps`);
    const heap = await measureHeap(browser, servers.app.url);

    const results = {
      machine: machine(chromiumVersion),
      config: {
        runs: RUNS,
        heapSteps: HEAP_STEPS,
        withMotion: WITH_MOTION,
        viewport: VIEWPORT,
        synthetic: synthetic ? SYNTHETIC : null,
      },
      durationSeconds: Math.round((Date.now() - started) / 1000),
      goals: { loadRatio: GOAL_LOAD_RATIO, interactionMs: GOAL_INTERACTION_MS },
      navigation,
      interactions,
      referenceJumps,
      heap,
      bytes,
    };
    fs.mkdirSync(BENCH, { recursive: true });
    fs.writeFileSync(path.join(BENCH, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
    const md = markdown(results);
    fs.writeFileSync(path.join(BENCH, 'results.md'), md);
    console.log(`\n${md}`);
    log('wrote bench/results.json and bench/results.md');
  } finally {
    await browser.close();
    for (const s of Object.values(servers)) await s.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
