import type { Map as MapLibreMap } from 'maplibre-gl';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { drawWholeFrames, HOLD_MS, repaintDelay } from './wholeFrames';

describe('repaintDelay', () => {
  const waiting = { over: false, asksForTiles: false, sourceWhole: false, complete: false, sinceFrame: 100 };

  it('holds a repaint while tiles are still arriving, for what is left of HOLD_MS', () => {
    expect(repaintDelay(waiting)).toBe(HOLD_MS - 100);
    expect(repaintDelay({ ...waiting, sinceFrame: HOLD_MS + 50 })).toBe(0);
  });

  it('draws at once what asks for tiles, shows a whole source or the complete map, or comes after the start-up', () => {
    expect(repaintDelay({ ...waiting, asksForTiles: true })).toBe(0);
    expect(repaintDelay({ ...waiting, sourceWhole: true })).toBe(0);
    expect(repaintDelay({ ...waiting, complete: true })).toBe(0);
    expect(repaintDelay({ ...waiting, over: true })).toBe(0);
  });
});

// The engine as far as the hold sees it: a repaint method on the prototype, the `data` listener that asks
// for a repaint before `sourcedata` and `styledata` are fired (as maplibre-gl's Map does), tile states.
class EngineMap {
  drawn = 0;
  tilesLoading: Record<string, number> = { base: 2, items: 3 };
  private listeners = new Map<string, ((e: unknown) => void)[]>();
  triggerRepaint() {
    this.drawn += 1;
  }
  on(type: string, f: (e: unknown) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), f]);
    return { unsubscribe: () => this.off(type, f) };
  }
  off(type: string, f: (e: unknown) => void) {
    this.listeners.set(
      type,
      (this.listeners.get(type) ?? []).filter((x) => x !== f),
    );
    return this;
  }
  fire(type: string, event: object = {}) {
    for (const f of [...(this.listeners.get(type) ?? [])]) f({ type, ...event });
  }
  listening() {
    return [...this.listeners.values()].reduce((n, fs) => n + fs.length, 0);
  }
  loaded() {
    return Object.values(this.tilesLoading).every((n) => n === 0);
  }
  isSourceLoaded(id: string) {
    return this.tilesLoading[id] === 0;
  }
  /** A tile of `sourceId` arrives. */
  tile(sourceId: string) {
    this.tilesLoading[sourceId] = (this.tilesLoading[sourceId] ?? 0) - 1;
    this.triggerRepaint();
    this.fire('sourcedata', { sourceId, tile: {} });
  }
  /** A source's data arrives: the engine asks for its tiles at the next frame. */
  metadata(sourceId: string) {
    this.triggerRepaint();
    this.fire('sourcedata', { sourceId, sourceDataType: 'metadata' });
  }
  /** What the engine's frame does once it has drawn. */
  render() {
    this.fire('render');
  }
}

describe('drawWholeFrames', () => {
  let map: EngineMap;
  const start = () => drawWholeFrames(map as unknown as MapLibreMap);
  const settle = () => vi.advanceTimersByTimeAsync(0);

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    map = new EngineMap();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('holds the frame for a tile while others are still arriving, and draws it after HOLD_MS at most', async () => {
    start();
    map.tile('items');
    await settle();
    expect(map.drawn).toBe(0);
    // More repaints while one is held make no second frame.
    map.tile('items');
    await vi.advanceTimersByTimeAsync(HOLD_MS - 1);
    expect(map.drawn).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(map.drawn).toBe(1);
  });

  it('counts the wait from the last frame', async () => {
    start();
    map.render();
    await vi.advanceTimersByTimeAsync(HOLD_MS - 100);
    map.tile('items');
    await vi.advanceTimersByTimeAsync(99);
    expect(map.drawn).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(map.drawn).toBe(1);
  });

  it('draws at once when a source is whole, and when the map is complete', async () => {
    start();
    map.tile('base');
    await settle();
    expect(map.drawn).toBe(0);
    map.tile('base');
    await settle();
    expect(map.drawn).toBe(1);
    map.render();
    map.tile('items');
    map.tile('items');
    await settle();
    expect(map.drawn).toBe(1);
    map.tile('items');
    await settle();
    expect(map.drawn).toBe(2);
    // The labels' placement asks for more frames once all is in: none of them waits.
    map.render();
    map.triggerRepaint();
    await settle();
    expect(map.drawn).toBe(3);
  });

  it('never holds the frame that asks for tiles: new source data, a style change', async () => {
    start();
    map.metadata('items');
    await settle();
    expect(map.drawn).toBe(1);
    map.render();
    map.triggerRepaint();
    map.fire('styledata');
    await settle();
    expect(map.drawn).toBe(2);
    // Once drawn, the next tile's frame waits again.
    map.render();
    map.tile('items');
    await settle();
    expect(map.drawn).toBe(2);
  });

  it('ends at the first idle: the held frame is drawn and the engine repaints by itself again', async () => {
    start();
    expect(Object.hasOwn(map, 'triggerRepaint')).toBe(true);
    map.tile('items');
    await settle();
    expect(map.drawn).toBe(0);
    map.fire('idle');
    expect(map.drawn).toBe(1);
    expect(Object.hasOwn(map, 'triggerRepaint')).toBe(false);
    map.tile('items');
    expect(map.drawn).toBe(2);
    // The timer of the held frame is gone with it.
    await vi.advanceTimersByTimeAsync(HOLD_MS);
    expect(map.drawn).toBe(2);
  });

  it('ends when the map is moved, so that a drag is never held', async () => {
    start();
    map.fire('movestart');
    map.tile('items');
    expect(map.drawn).toBe(1);
  });

  it('draws nothing more once the map is removed', async () => {
    start();
    map.tile('items');
    await settle();
    map.fire('remove');
    await vi.advanceTimersByTimeAsync(HOLD_MS);
    expect(map.drawn).toBe(0);
  });

  it('can be stopped by its caller, and leaves no listener behind', async () => {
    const stop = start();
    stop();
    map.tile('items');
    expect(map.drawn).toBe(1);
    expect(map.listening()).toBe(0);
  });
});
