#!/usr/bin/env node
// The benchmark (`npm run bench`; see bench/README.md): builds the app (--mode test, with its test hooks) and a bare MapLibre
// reference page (maplibre-gl 6 and 5), serves them on loopback, drives headless Chromium and writes
// bench/results.json and bench/results.md.
// Usage: node scripts/bench/run.mjs [--runs N] [--heap-steps N] [--with-motion] [--skip-build] [--startup-only]
//        [--timeline-only]
import fs from 'node:fs';
import path from 'node:path';
import { launchChromium } from '../chromium.mjs';
import { startServerProcess } from '../serve.mjs';
import { build } from './lib/build.mjs';
import { bytesOf } from './lib/bytes.mjs';
import {
  BENCH,
  COMPARE,
  DIRS,
  GOAL_INTERACTION_LARGE_MS,
  GOAL_INTERACTION_MS,
  GOAL_LOAD_RATIO,
  GOAL_STARTUP,
  HEAP_STEPS,
  log,
  RUNS,
  SKIP_BUILD,
  STARTUP_ONLY,
  SYNTHETIC,
  started,
  TIMELINE_ONLY,
  VIEWPORT,
  WITH_MOTION,
} from './lib/config.mjs';
import { measureInteractions, measureReferenceJumps } from './lib/explore.mjs';
import { measureHeap } from './lib/heap.mjs';
import { machine, markdown, startupMarkdown } from './lib/report.mjs';
import { measureLoad, startupFigures } from './lib/startup.mjs';
import { ratio, round, summary } from './lib/stats.mjs';

async function main() {
  if (TIMELINE_ONLY) return timelineOnly();
  if (!SKIP_BUILD) build({ ref5: !STARTUP_ONLY });
  const needed = Object.entries(DIRS).filter(([name]) => !STARTUP_ONLY || name !== 'ref5');
  for (const [name, dir] of needed) {
    if (!fs.existsSync(path.join(dir, 'index.html')))
      throw new Error(`No ${name} build in ${dir}: run without --skip-build.`);
  }
  const servers = {};
  // Each page from a server process of its own: in this process its replies would wait behind the
  // benchmark's own work, and the app, which makes more requests than the reference, would pay more for it.
  for (const [name, dir] of needed) servers[name] = await startServerProcess(dir);
  for (const { name, dir } of COMPARE) servers[name] = await startServerProcess(dir);
  const browser = await launchChromium(['--enable-precise-memory-info', '--js-flags=--expose-gc']);
  try {
    const chromiumVersion = browser.version();
    log(`Chromium ${chromiumVersion}; ${RUNS} runs`);

    // Warm-up (not counted): also learns the app's map size, given to the reference, and whether the build
    // has the synthetic data set.
    const appWarm = await measureLoad(browser, { kind: 'app', url: servers.app.url });
    if (appWarm.errors.length) log(`app errors: ${appWarm.errors.join('; ')}`);
    const { width, height } = appWarm.info.canvas;
    if (appWarm.info.drawn === 0) throw new Error(`the app drew no item: ${appWarm.errors.join('; ')}`);
    let synthetic = false;
    if (!STARTUP_ONLY) {
      const synthWarm = await measureLoad(browser, { kind: 'app', url: `${servers.app.url}?synthetic=${SYNTHETIC}` });
      synthetic = synthWarm.info.synthetic === SYNTHETIC;
      // A figure for 10,000 items is worth nothing if they never reached the map.
      if (synthetic && synthWarm.info.drawn === 0)
        throw new Error(`the synthetic items did not reach the map: ${synthWarm.errors.join('; ')}`);
      if (synthWarm.errors.length) log(`synthetic errors: ${synthWarm.errors.join('; ')}`);
    }
    log(`app map ${width}×${height}; synthetic ${synthetic ? 'available' : 'not available'}`);
    const targets = {
      app: { kind: 'app', url: servers.app.url, dir: DIRS.app },
      // The same app as a visitor has it: its service worker installs and precaches during the load.
      appSW: { kind: 'app', url: servers.app.url, dir: DIRS.app, serviceWorkers: 'allow' },
      ...(synthetic
        ? { synthetic: { kind: 'app', url: `${servers.app.url}?synthetic=${SYNTHETIC}`, dir: DIRS.app } }
        : {}),
      ...Object.fromEntries(
        COMPARE.map(({ name, dir }) => [name, { kind: 'app', url: servers[name].url, dir, serviceWorkers: 'allow' }]),
      ),
      ref6: { kind: 'ref', url: `${servers.ref6.url}?w=${width}&h=${height}`, dir: DIRS.ref6 },
      ...(STARTUP_ONLY
        ? {}
        : { ref5: { kind: 'ref', url: `${servers.ref5.url}?w=${width}&h=${height}`, dir: DIRS.ref5 } }),
    };
    await measureLoad(browser, targets.ref6);
    if (targets.ref5) await measureLoad(browser, targets.ref5);

    // 1 and 4: navigation, the pages interleaved and their order rotated from run to run.
    const times = Object.fromEntries(Object.keys(targets).map((k) => [k, []]));
    const loads = Object.fromEntries(Object.keys(targets).map((k) => [k, []]));
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
        loads[name].push(r);
        if (r?.listAt != null) listTimes[name] = [...(listTimes[name] ?? []), r.listAt];
        if (r && !first[name]) first[name] = r;
      }
      log(`load run ${i + 1}/${RUNS}: ${names.map((k) => `${k} ${round(times[k][i], 0)} ms`).join(', ')}`);
      log(
        `  frames (first / settled / main thread): ${names
          .map((k) => {
            const r = loads[k][i];
            return `${k} ${round(r?.firstFrame, 0)} / ${round(r?.settled, 0)} / ${round(r?.taskMs, 0)} ms`;
          })
          .join(', ')}`,
      );
    }
    const startup = startupFigures(loads);
    const bytes = {};
    for (const name of names) {
      if (first[name])
        bytes[name] = bytesOf(first[name].responses, targets[name].dir, new URL(targets[name].url).origin);
    }
    if (STARTUP_ONLY) {
      const results = {
        machine: machine(browser.version()),
        config: { runs: RUNS, viewport: VIEWPORT },
        startup,
        bytes,
      };
      fs.mkdirSync(path.join(BENCH, 'tmp'), { recursive: true });
      fs.writeFileSync(path.join(BENCH, 'tmp/startup.json'), `${JSON.stringify(results, null, 2)}\n`);
      console.log(`\n${startupMarkdown(results)}`);
      log('wrote bench/tmp/startup.json');
      return;
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
      goals: { loadRatio: GOAL_LOAD_RATIO, interactionMs: GOAL_INTERACTION_MS, startup: GOAL_STARTUP },
      navigation,
      startup,
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

/** The timeline slider's step alone, on the app data and the synthetic catalogue: bench/tmp/timeline.json. */
async function timelineOnly() {
  if (!SKIP_BUILD) build({ reference: false });
  if (!fs.existsSync(path.join(DIRS.app, 'index.html')))
    throw new Error(`No app build in ${DIRS.app}: run without --skip-build.`);
  const server = await startServerProcess(DIRS.app);
  const browser = await launchChromium([]);
  try {
    const passes = [
      { data: 'app data', query: '', goal: GOAL_INTERACTION_MS },
      { data: `${SYNTHETIC} items`, query: `?synthetic=${SYNTHETIC}`, goal: GOAL_INTERACTION_LARGE_MS },
    ];
    const out = [];
    for (const pass of passes) {
      log(`timeline, ${pass.data}`);
      const r = await measureInteractions(browser, server.url, pass.query, 'reduce', ['timeline']);
      const { first, ...settled } = r.results.timeline;
      out.push({ data: pass.data, goalMs: pass.goal, first, settled, notes: r.notes });
      const verdict = first.median != null && first.median <= pass.goal ? 'within' : 'over';
      log(
        `  input → first idle (map redrawn): median ${round(first.median, 0)} ms (${verdict} the goal of ${pass.goal} ms); ` +
          `settled: median ${round(settled.median, 0)} ms${r.notes.length ? `; notes: ${r.notes.join('; ')}` : ''}`,
      );
    }
    fs.mkdirSync(path.join(BENCH, 'tmp'), { recursive: true });
    fs.writeFileSync(
      path.join(BENCH, 'tmp/timeline.json'),
      `${JSON.stringify({ machine: machine(browser.version()), runs: RUNS, passes: out }, null, 2)}\n`,
    );
    log('wrote bench/tmp/timeline.json');
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
