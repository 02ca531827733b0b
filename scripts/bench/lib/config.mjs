// The bench's settings: where the builds go, how they are made, the window, the goals and the command line.
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../../..');
export const BENCH = path.join(ROOT, 'bench');
export const TMP = path.join(BENCH, 'tmp');

/**
 * The app build the bench measures: the one place that names its Vite mode and folder, so that a change of
 * build (another mode, another folder) is made here only.
 */
export const APP_BUILD = {
  mode: 'test',
  outDir: 'bench/tmp/app',
};

export const DIRS = {
  app: path.join(ROOT, APP_BUILD.outDir),
  ref6: path.join(TMP, 'reference-v6'),
  ref5: path.join(TMP, 'reference-v5'),
};
export const VIEWPORT = { width: 1600, height: 1000 };
export const SYNTHETIC = 10_000;
export const LOAD_TIMEOUT = 90_000;
export const IDLE_TIMEOUT = 30_000;
export const GOAL_LOAD_RATIO = 1.2;
/** Start-up with the service worker allowed, as ratios to the reference: first frame, settled, main thread. */
export const GOAL_STARTUP = { firstFrame: 1.2, settled: 1.1, taskMs: 1.3 };
export const GOAL_INTERACTION_MS = 100;
export const GOAL_INTERACTION_LARGE_MS = 200;

function option(name, fallback) {
  const at = process.argv.indexOf(name);
  if (at < 0) return fallback;
  const value = Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} takes a positive integer`);
  return value;
}
export const RUNS = option('--runs', 5);
export const HEAP_STEPS = option('--heap-steps', 200);
export const SKIP_BUILD = process.argv.includes('--skip-build');
// Interactions are timed with reduced motion (the camera jumps); this adds a pass with the camera's flights.
export const WITH_MOTION = process.argv.includes('--with-motion');
// Only the start-up figures (app with the service worker blocked and allowed, reference 6.x) and the bytes.
export const STARTUP_ONLY = process.argv.includes('--startup-only');
// Only the timeline slider's step (app data and the synthetic catalogue) against its goals; no reference build.
export const TIMELINE_ONLY = process.argv.includes('--timeline-only');
// Other builds of the app to load in the same runs, service worker allowed (`--compare NAME=DIR`, repeatable):
// a change is judged by its ratio in the same runs as the build before it.
export const COMPARE = process.argv.flatMap((a, i) => {
  if (process.argv[i - 1] !== '--compare') return [];
  const [name, dir] = a.split('=');
  if (!name || !dir) throw new Error('--compare takes NAME=DIR');
  return [{ name, dir: path.resolve(dir) }];
});

export const started = Date.now();
export const log = (msg) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${msg}`);
