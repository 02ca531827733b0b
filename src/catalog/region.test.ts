import { describe, expect, it } from 'vitest';
import { JINAN_BOUNDS, REGION_BOUNDS, unionBounds } from './region.ts';

describe('the region and Jinan', () => {
  it('has Jinan inside the region, each box west < east and south < north', () => {
    for (const [w, s, e, n] of [JINAN_BOUNDS, REGION_BOUNDS]) expect(w < e && s < n).toBe(true);
    const [w, s, e, n] = REGION_BOUNDS;
    expect(JINAN_BOUNDS[0] > w && JINAN_BOUNDS[1] > s && JINAN_BOUNDS[2] < e && JINAN_BOUNDS[3] < n).toBe(true);
  });

  it('joins boxes into the smallest box around them', () => {
    expect(
      unionBounds([
        [117, 36.5, 117.2, 36.7],
        [116.8, 36.6, 117.1, 36.9],
      ]),
    ).toEqual([116.8, 36.5, 117.2, 36.9]);
    expect(unionBounds([[117, 36.6, 117, 36.6]])).toEqual([117, 36.6, 117, 36.6]);
    expect(unionBounds([])).toBeNull();
  });
});
