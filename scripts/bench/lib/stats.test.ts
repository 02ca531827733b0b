import { describe, expect, it } from 'vitest';
import { median, ratio, ratioInterval, seeded, verdict } from './stats.mjs';

/** Deterministic noise around 1, uniform in ±amplitude. */
function noisy(n: number, centre: number, amplitude: number, seed: number): number[] {
  const random = seeded(seed);
  return Array.from({ length: n }, () => centre * (1 + (random() * 2 - 1) * amplitude));
}

describe('seeded', () => {
  it('gives the same numbers for the same seed, in [0, 1)', () => {
    const a = Array.from({ length: 1000 }, seeded(7));
    expect(Array.from({ length: 1000 }, seeded(7))).toEqual(a);
    expect(Math.min(...a)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...a)).toBeLessThan(1);
    // Not stuck in a corner: both halves are drawn about equally.
    expect(a.filter((x) => x < 0.5).length).toBeGreaterThan(400);
    expect(a.filter((x) => x < 0.5).length).toBeLessThan(600);
  });
});

describe('ratioInterval', () => {
  it('holds the ratio of medians, and narrows as runs are added', () => {
    const ref20 = noisy(20, 300, 0.15, 1);
    const app20 = noisy(20, 345, 0.15, 2);
    const few = ratioInterval(app20, ref20);
    const ref80 = noisy(80, 300, 0.15, 1);
    const app80 = noisy(80, 345, 0.15, 2);
    const many = ratioInterval(app80, ref80);
    expect(few).not.toBeNull();
    expect(many).not.toBeNull();
    const [lo20, hi20] = few as [number, number];
    const [lo80, hi80] = many as [number, number];
    const r20 = (median(app20) as number) / (median(ref20) as number);
    expect(lo20).toBeLessThanOrEqual(r20);
    expect(hi20).toBeGreaterThanOrEqual(r20);
    expect(hi80 - lo80).toBeLessThan(hi20 - lo20);
    // The true ratio, 1.15, inside the wider sample's interval.
    expect(lo80).toBeLessThan(1.15);
    expect(hi80).toBeGreaterThan(1.15);
  });

  it('draws each run with both its values: a slow run slows both pages and leaves the ratio alone', () => {
    // Every run's app takes 1.1 × its reference, while the runs themselves vary by a factor of 2.
    const ref = noisy(30, 300, 0.5, 3);
    const app = ref.map((x) => x * 1.1);
    const [lo, hi] = ratioInterval(app, ref) as [number, number];
    expect(lo).toBeCloseTo(1.1, 6);
    expect(hi).toBeCloseTo(1.1, 6);
  });

  it('is the same for the same samples, and leaves out the runs one page failed', () => {
    const ref = noisy(12, 300, 0.2, 4);
    const app = noisy(12, 330, 0.2, 5);
    expect(ratioInterval(app, ref)).toEqual(ratioInterval(app, ref));
    const holed: (number | null)[] = [...app];
    holed[3] = null;
    const without = ratioInterval(
      app.filter((_, i) => i !== 3),
      ref.filter((_, i) => i !== 3),
    );
    expect(ratioInterval(holed, ref)).toEqual(without);
  });

  it('says nothing from fewer than 5 complete runs', () => {
    expect(ratioInterval([1, 2, 3, 4], [1, 2, 3, 4])).toBeNull();
    expect(ratioInterval([1, 2, 3, 4, null], [1, 2, 3, 4, 5])).toBeNull();
  });
});

describe('ratio and verdict', () => {
  it('report the interval with the ratio, and judge a goal on it', () => {
    const ref = noisy(40, 300, 0.15, 6);
    const r = ratio(noisy(40, 330, 0.15, 7), ref);
    expect(r.low).not.toBeNull();
    expect(r.low as number).toBeLessThanOrEqual(r.ofMedians as number);
    expect(r.high as number).toBeGreaterThanOrEqual(r.ofMedians as number);
    expect(verdict(r, (r.high as number) + 0.01)).toBe('met');
    expect(verdict(r, r.ofMedians as number)).toBe('unclear');
    expect(verdict(r, (r.ofMedians as number) - 0.01)).toBe('missed');
  });

  it('fall back on the ratio of medians alone when there are too few runs', () => {
    const r = ratio([330, 340, 320], [300, 300, 300]);
    expect(r.high).toBeNull();
    expect(verdict(r, 1.2)).toBe('met');
    expect(verdict(r, 1.05)).toBe('missed');
    expect(verdict(ratio([], []), 1.2)).toBeNull();
  });
});
