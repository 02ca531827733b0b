import type { Map as MapLibreMap, MapSourceDataEvent } from 'maplibre-gl';

// While the map starts, the engine draws a frame each time a tile arrives, and again while it places the
// labels of tiles that are still coming. Each frame holds the main thread for its commit: with software
// WebGL (no GPU, as in many meeting-room PCs and virtual machines) 100–300 ms, for a frame that shows a
// half-cut source. Those frames pushed the settled map back (bench/README.md, "Frames drawn only when a
// source is whole"). So until the map's first `idle`, a repaint waits while tiles are still being cut, and
// is drawn at once when it shows something whole: a source all of whose tiles have arrived, or the whole map.
// Repaints that make the engine ask for tiles (a source's data loaded, a style change) are never held, and
// nothing waits longer than HOLD_MS after the last frame, so a slow source still shows progress.

/** The longest the start-up goes without a frame while tiles are still arriving. */
export const HOLD_MS = 600;

/** What the map looked like when a repaint was asked for. */
export interface RepaintAsked {
  /** The start-up is over: the map has been idle once, or the visitor has moved it. */
  over: boolean;
  /** Since the last frame, a source's data or the style changed: the next frame asks for tiles. */
  asksForTiles: boolean;
  /** Since the last frame, a source got all of its tiles. */
  sourceWhole: boolean;
  /** The map is complete: every source's data loaded, every tile in view arrived (or failed). */
  complete: boolean;
  /** Milliseconds since the last frame. */
  sinceFrame: number;
}

/** 0: draw now; otherwise how many milliseconds the repaint waits at most. */
export function repaintDelay(asked: RepaintAsked): number {
  if (asked.over || asked.asksForTiles || asked.sourceWhole || asked.complete) return 0;
  return Math.max(0, HOLD_MS - asked.sinceFrame);
}

/**
 * Holds the map's start-up repaints as described above, until its first `idle` or the first move. Returns
 * a function that stops holding (and draws what was held).
 */
export function drawWholeFrames(map: MapLibreMap): () => void {
  // The engine calls its own triggerRepaint for every repaint; an own property in front of it sees them all.
  const engineRepaint = map.triggerRepaint.bind(map);
  let over = false;
  let asked = false;
  let deciding = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastFrame = performance.now();
  let asksForTiles = false;
  let sourceWhole = false;

  const draw = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    asked = false;
    engineRepaint();
  };
  // Decided a microtask later: the engine asks for the repaint in its own `data` listener, before the
  // `sourcedata` and `styledata` listeners below have seen what the data was.
  const decide = () => {
    deciding = false;
    if (!asked) return;
    const delay = repaintDelay({
      over,
      asksForTiles,
      sourceWhole,
      // Not areTilesLoaded(): that is also true before a source has asked for its first tile.
      complete: map.loaded(),
      sinceFrame: performance.now() - lastFrame,
    });
    if (delay === 0) draw();
    else timer ??= setTimeout(draw, delay);
  };
  const hold = () => {
    if (over) return engineRepaint();
    asked = true;
    if (deciding) return;
    deciding = true;
    queueMicrotask(decide);
  };

  const onSourceData = (event: MapSourceDataEvent) => {
    // A tile's event: its source may now be whole. Any other: the source's data or metadata changed.
    if (!event.tile) asksForTiles = true;
    else if (map.isSourceLoaded(event.sourceId)) sourceWhole = true;
  };
  const onStyleData = () => {
    asksForTiles = true;
  };
  const onRender = () => {
    lastFrame = performance.now();
    asksForTiles = false;
    sourceWhole = false;
  };
  const stop = () => {
    if (over) return;
    over = true;
    for (const subscription of subscriptions) subscription.unsubscribe();
    // The engine's own method again, from its prototype.
    delete (map as Partial<Pick<MapLibreMap, 'triggerRepaint'>>).triggerRepaint;
    if (asked) draw();
  };
  // A map removed while a frame was held (an early map nobody took over) is not drawn again.
  const drop = () => {
    asked = false;
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    stop();
  };

  map.triggerRepaint = hold;
  const subscriptions = [
    map.on('sourcedata', onSourceData),
    map.on('styledata', onStyleData),
    map.on('render', onRender),
    map.on('idle', stop),
    map.on('movestart', stop),
    map.on('remove', drop),
  ];
  return stop;
}
