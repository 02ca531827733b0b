import turfDistance from '@turf/distance';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ESM script without types
import { gcjToWgs84, wgs84ToGcj } from './crs.mjs';

describe('GCJ-02 ↔ WGS-84', () => {
  const quancheng: [number, number] = [117.0195, 36.6612];

  it('moves a Jinan position by the familiar few hundred metres', () => {
    const gcj = wgs84ToGcj(quancheng) as [number, number];
    const metres = turfDistance(quancheng, gcj, { units: 'meters' });
    expect(metres).toBeGreaterThan(300);
    expect(metres).toBeLessThan(800);
    // In Jinan the GCJ-02 position lies east and north of the true one.
    expect(gcj[0]).toBeGreaterThan(quancheng[0]);
    expect(gcj[1]).toBeGreaterThan(quancheng[1]);
  });

  it('round-trips within 2 m', () => {
    const back = gcjToWgs84({ type: 'Point', coordinates: wgs84ToGcj(quancheng) });
    expect(turfDistance(quancheng, back.coordinates, { units: 'meters' })).toBeLessThan(2);
  });

  it('converts every position of a FeatureCollection', () => {
    const fc = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { name: 'x' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [117, 36.6],
                [117.1, 36.6],
                [117.1, 36.7],
                [117, 36.6],
              ],
            ],
          },
        },
      ],
    };
    const out = gcjToWgs84(structuredClone(fc));
    const ring = out.features[0].geometry.coordinates[0];
    expect(ring).toHaveLength(4);
    for (const [x, y] of ring) {
      expect(x).toBeLessThan(117.1);
      expect(y).toBeLessThan(36.7);
    }
    expect(out.features[0].properties.name).toBe('x');
  });
});
