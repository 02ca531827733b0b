import type { Map as MapLibreMap } from 'maplibre-gl';
import { SYNTHETIC } from '../scale/hooks';

// A read-only handle for the browser tests and the benchmark: they query rendered features and
// wait for `idle` on the real map. It exposes nothing that the page's own script could not reach.
// Only the test build (`vite build --mode test`) has it: each function returns at once in any other
// build, so the minifier drops its body and the production build carries no trace of it
// (tests/budget/production.test.ts checks).
export interface MapProbe {
  map: MapLibreMap | null;
  idleCount: number;
  /** performance.now() when the map first went idle: the benchmark's time to first view. */
  firstIdleAt: number | null;
  /** Items in a synthetic catalogue (scale tests), or null for the real one. */
  synthetic: number | null;
  /** True while a style change (the item labels' new filter) waits for the current redraw to finish. */
  stylePending: boolean;
}

declare global {
  interface Window {
    __blueprint?: MapProbe;
  }
}

/** `firstIdleAt`: when a map started early (early.ts) first went idle, before the app took it over. */
export function attachProbe(map: MapLibreMap, firstIdleAt: number | null = null): void {
  if (import.meta.env.MODE !== 'test') return;
  const probe: MapProbe = { map, idleCount: 0, firstIdleAt, synthetic: SYNTHETIC || null, stylePending: false };
  window.__blueprint = probe;
  map.on('idle', () => {
    probe.idleCount += 1;
    probe.firstIdleAt ??= performance.now();
  });
}

export function markStylePending(pending: boolean): void {
  if (import.meta.env.MODE !== 'test') return;
  if (window.__blueprint) window.__blueprint.stylePending = pending;
}
