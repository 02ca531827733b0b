import { describe, expect, it } from 'vitest';
import { fitProjection, pathData, pointsOf } from './project';

const JINAN: [number, number, number, number] = [116.2, 36.0, 118.0, 37.5];

describe('fitProjection', () => {
  it('puts the bounds’ corners on the padded edges, north up', () => {
    const p = fitProjection(JINAN, 1000, 20);
    const [x0, y0] = p.point([116.2, 37.5]);
    const [x1, y1] = p.point([118.0, 36.0]);
    expect(x0).toBeCloseTo(20, 6);
    expect(y0).toBeCloseTo(20, 6);
    expect(x1).toBeCloseTo(980, 6);
    expect(y1).toBeCloseTo(p.height - 20, 0);
  });

  it('shortens longitude by the cosine of the middle latitude', () => {
    const p = fitProjection(JINAN, 1000);
    const k = Math.cos((36.75 * Math.PI) / 180);
    // 1.5° of latitude against 1.8° × cos(36.75°) of longitude.
    expect(p.height).toBe(Math.round((1000 * 1.5) / (1.8 * k)));
    // A degree east covers as many units as cos(lat) degrees north.
    const [ax, ay] = p.point([117, 36.5]);
    const [bx] = p.point([118, 36.5]);
    const [, cy] = p.point([117, 36.5 - k]);
    expect(bx - ax).toBeCloseTo(cy - ay, 6);
  });

  it('refuses empty or inverted bounds with a message naming them', () => {
    expect(() => fitProjection([117, 36, 117, 37], 100)).toThrow(/empty bounds 117,36,117,37/);
    expect(() => fitProjection([118, 36, 117, 37], 100)).toThrow(/empty bounds/);
  });
});

describe('pathData', () => {
  const p = fitProjection([0, 0, 1, 1], 100);
  const k = Math.cos((0.5 * Math.PI) / 180);

  it('closes every ring of a polygon and of a multipolygon', () => {
    const square = [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 0],
    ];
    const d = pathData({ type: 'Polygon', coordinates: [square] }, p);
    expect(d).toMatch(/^M0 \d+(\.\d)?L100 \d+(\.\d)?L100 0L0 \d+(\.\d)?Z$/);
    const multi = pathData({ type: 'MultiPolygon', coordinates: [[square], [square, square]] }, p);
    expect(multi.match(/M/g)).toHaveLength(3);
    expect(multi.match(/Z/g)).toHaveLength(3);
  });

  it('leaves lines open and rounds to a tenth of a unit', () => {
    const d = pathData(
      {
        type: 'MultiLineString',
        coordinates: [
          [
            [0, 1],
            [0.123456, 1],
          ],
          [
            [0, 0],
            [1, 1],
          ],
        ],
      },
      p,
    );
    expect(d).not.toContain('Z');
    expect(d.match(/M/g)).toHaveLength(2);
    expect(d.startsWith(`M0 0L12.3 0M0 ${Math.round((100 / k) * 10) / 10}`)).toBe(true);
  });

  it('gives nothing for points, which are drawn as circles', () => {
    expect(pathData({ type: 'Point', coordinates: [0.5, 0.5] }, p)).toBe('');
    expect(
      pointsOf(
        {
          type: 'MultiPoint',
          coordinates: [
            [0, 1],
            [1, 1],
          ],
        },
        p,
      ),
    ).toEqual([
      [0, 0],
      [100, 0],
    ]);
    expect(pointsOf({ type: 'LineString', coordinates: [] }, p)).toEqual([]);
  });
});
