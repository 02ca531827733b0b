// Builds the app (APP_BUILD in config.mjs) and the reference page with maplibre-gl 6 and 5.
import { spawnSync } from 'node:child_process';
import { APP_BUILD, log, ROOT } from './config.mjs';

function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8' });
  if (r.status !== 0) {
    process.stderr.write(`${r.stdout}\n${r.stderr}\n`);
    throw new Error(`${cmd} ${args.join(' ')} failed (${r.status ?? r.signal})`);
  }
}

/**
 * `ref5: false` skips the maplibre-gl 5 reference (the start-up-only run does not load it); `reference:
 * false` skips both (the timeline-only run measures the app alone).
 */
export function build({ ref5 = true, reference = true } = {}) {
  log(`building the app (vite build --mode ${APP_BUILD.mode})`);
  run('npx', ['vite', 'build', '--mode', APP_BUILD.mode, '--outDir', APP_BUILD.outDir, '--emptyOutDir']);
  if (!reference) return;
  // After the app: the reference imports the font subset the app's build generates.
  const config = 'scripts/bench/reference/vite.config.mjs';
  log('building the reference page with maplibre-gl 6');
  run('npx', ['vite', 'build', '--config', config], { BENCH_MAPLIBRE: '6' });
  if (!ref5) return;
  log('building the reference page with maplibre-gl 5');
  run('npx', ['vite', 'build', '--config', config], { BENCH_MAPLIBRE: '5' });
}
