import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ESM script without types
import { applyBorderCorrections, readCorrections } from './border-corrections.mjs';

// Two unit squares side by side share the border x = 1 from (1,0) to (1,1), with a vertex at (1,0.5).
const square = (adcode: number, ring: number[][]): Feature<Polygon> => ({
  type: 'Feature',
  properties: { adcode },
  geometry: { type: 'Polygon', coordinates: [ring] },
});
const pair = (): FeatureCollection<Polygon> => ({
  type: 'FeatureCollection',
  features: [
    square(1, [
      [0, 0],
      [1, 0],
      [1, 0.5],
      [1, 1],
      [0, 1],
      [0, 0],
    ]),
    square(2, [
      [1, 0],
      [2, 0],
      [2, 1],
      [1, 1],
      [1, 0.5],
      [1, 0],
    ]),
  ],
});
const correction = { id: 'test', districts: [1, 2], from: [1, 0], to: [1, 1], via: [[1.3, 0.5]] };
const ringOf = (fc: FeatureCollection<Polygon>, i: number) => fc.features[i]?.geometry.coordinates[0];

describe('border corrections', () => {
  it('replaces a shared stretch in both districts, so the border stays shared', () => {
    const fc = applyBorderCorrections(pair(), [correction]);
    expect(ringOf(fc, 0)).toEqual([
      [1, 0],
      [1.3, 0.5],
      [1, 1],
      [0, 1],
      [0, 0],
      [1, 0],
    ]);
    expect(ringOf(fc, 1)).toEqual([
      [1, 1],
      [1.3, 0.5],
      [1, 0],
      [2, 0],
      [2, 1],
      [1, 1],
    ]);
  });

  it('stops when an anchor is missing or the stretch is not a shared border', () => {
    expect(() => applyBorderCorrections(pair(), [{ ...correction, from: [1, 0.25] }])).toThrow(/anchors not found/);
    const apart = pair();
    const second = apart.features[1];
    if (second)
      second.geometry.coordinates[0] = [
        [1, 0],
        [2, 0],
        [2, 1],
        [1, 1],
        [1.1, 0.5],
        [1, 0],
      ];
    expect(() => applyBorderCorrections(apart, [correction])).toThrow(/not a shared border/);
  });

  it('documents every correction: basis, sources and accuracy', () => {
    for (const c of readCorrections() as { id: string; basis: string; sources: string[]; accuracy_m: number }[]) {
      expect(c.basis.length, c.id).toBeGreaterThan(100);
      expect(c.sources.length, c.id).toBeGreaterThan(0);
      expect(c.accuracy_m, c.id).toBeGreaterThan(0);
    }
  });
});
