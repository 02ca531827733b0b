import type { Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { placeLabelsOnce, placementNeedsFrame } from './placeOnce';

describe('placementNeedsFrame', () => {
  it('without a fade, a finished placement needs no other frame, even one the engine marked stale', () => {
    expect(placementNeedsFrame(true, 0, true)).toBe(false);
    expect(placementNeedsFrame(false, 0, true)).toBe(false);
  });

  it('keeps the engine’s answer for a placement still running or a map with a fade', () => {
    expect(placementNeedsFrame(true, 0, false)).toBe(true);
    expect(placementNeedsFrame(true, 300, true)).toBe(true);
    expect(placementNeedsFrame(false, 300, true)).toBe(false);
  });
});

// The engine's style as far as the placement step goes: the step on the prototype, answering "dirty" as
// maplibre-gl does after the tiles in view changed, and whether its placement has finished.
class EngineStyle {
  calls: unknown[][] = [];
  done = true;
  pauseablePlacement = { isDone: () => this.done };
  _updatePlacement(...args: unknown[]) {
    this.calls.push(args);
    return true;
  }
}

class EngineMap {
  style = new EngineStyle();
  private listeners = new Map<string, (() => void)[]>();
  on(type: string, f: () => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), f]);
    return this;
  }
  /** A new style object, as setStyle makes (without a diff). */
  newStyle() {
    this.style = new EngineStyle();
    for (const f of this.listeners.get('styledata') ?? []) f();
  }
}

const place = (map: EngineMap, fadeDuration: number) =>
  (map.style as unknown as { _updatePlacement(...a: unknown[]): boolean })._updatePlacement(
    {},
    false,
    fadeDuration,
    true,
    false,
  );

describe('placeLabelsOnce', () => {
  it('runs the engine’s placement with its own arguments and answers for a map without a fade', () => {
    const map = new EngineMap();
    placeLabelsOnce(map as unknown as MapLibreMap);
    expect(place(map, 0)).toBe(false);
    expect(map.style.calls).toEqual([[{}, false, 0, true, false]]);
    map.style.done = false;
    expect(place(map, 0)).toBe(true);
    expect(place(map, 300)).toBe(true);
    expect(map.style.calls).toHaveLength(3);
  });

  it('follows a new style object, and wraps each style once', () => {
    const map = new EngineMap();
    placeLabelsOnce(map as unknown as MapLibreMap);
    const first = map.style;
    const wrapped = Object.getOwnPropertyDescriptor(first, '_updatePlacement')?.value;
    map.newStyle();
    expect(Object.hasOwn(map.style, '_updatePlacement')).toBe(true);
    expect(place(map, 0)).toBe(false);
    // Another styledata event for the same style: the wrapper is not wrapped again.
    placeLabelsOnce(map as unknown as MapLibreMap);
    expect(Object.getOwnPropertyDescriptor(first, '_updatePlacement')?.value).toBe(wrapped);
    expect(place(map, 0)).toBe(false);
    expect(map.style.calls).toHaveLength(2);
  });

  it('leaves a map that has no style yet alone', () => {
    const map = new EngineMap() as unknown as { style?: EngineStyle; on: EngineMap['on'] };
    map.style = undefined;
    expect(() => placeLabelsOnce(map as unknown as MapLibreMap)).not.toThrow();
  });
});
