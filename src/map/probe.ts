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

/** One frame the early map drew before its first `idle`, and what it had been asked to show. */
export interface StartFrame {
  /** Some tile in view had not arrived when the frame was drawn. */
  tilesInFlight: boolean;
  /** Since the frame before: a source's data or the style changed, so the frame asks for tiles. */
  asksForTiles: boolean;
  /** Since the frame before: a source got all of its tiles, or every tile in view had arrived. */
  wholeSeen: boolean;
  /** Milliseconds since the frame before. */
  sinceFrame: number;
  /** performance.now() at the frame. */
  at: number;
}

declare global {
  interface Window {
    __blueprintStart?: StartFrame[];
  }
}

/**
 * The early map's frames until its first `idle`, for the browser test of src/map/wholeFrames.ts. Recorded
 * from the engine's own events, apart from the hold, so that the test checks it rather than repeats it.
 */
export function recordStartFrames(map: MapLibreMap): void {
  if (import.meta.env.MODE !== 'test') return;
  const frames: StartFrame[] = [];
  window.__blueprintStart = frames;
  let last = performance.now();
  let asksForTiles = false;
  let wholeSeen = false;
  const onSourceData = (e: { tile?: unknown; sourceId?: string }) => {
    if (!e.tile) asksForTiles = true;
    else if (map.areTilesLoaded() || (e.sourceId && map.isSourceLoaded(e.sourceId))) wholeSeen = true;
  };
  const onStyleData = () => {
    asksForTiles = true;
  };
  const onRender = () => {
    const now = performance.now();
    frames.push({ tilesInFlight: !map.areTilesLoaded(), asksForTiles, wholeSeen, sinceFrame: now - last, at: now });
    last = now;
    asksForTiles = false;
    wholeSeen = false;
  };
  map.on('sourcedata', onSourceData);
  map.on('styledata', onStyleData);
  map.on('render', onRender);
  map.once('idle', () => {
    map.off('sourcedata', onSourceData);
    map.off('styledata', onStyleData);
    map.off('render', onRender);
  });
}
