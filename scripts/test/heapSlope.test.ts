import { describe, expect, it } from 'vitest';
import { type HeapReading, heapSlope, LEAK_BUDGET_BYTES, leakVerdict, PROJECTED_STEPS } from './heapSlope';

// The readings the soak takes (tests/browser/soak.test.ts): every 50 steps after the warm-up, over 200
// steps in `npm test` and over 1,000 in `npm run test:long`.
const SHORT = [0, 50, 100, 150, 200];
const LONG = Array.from({ length: 21 }, (_, i) => i * 50);
const BASE = 9 * 2 ** 20;
const KB = 1024;

/** Deterministic noise, uniform in ±amplitude (a linear congruential generator). */
function noise(seed: number, amplitude: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return (state / 2 ** 32) * 2 * amplitude - amplitude;
  };
}

const series = (steps: number[], bytesPerStep: number, jitter: () => number): HeapReading[] =>
  steps.map((step) => ({ step, bytes: Math.round(BASE + bytesPerStep * step + jitter()) }));

describe('heapSlope', () => {
  it('is the slope of a straight line through the readings', () => {
    expect(heapSlope(series(SHORT, 300, () => 0))).toBeCloseTo(300, 9);
    expect(heapSlope(series(LONG, -40, () => 0))).toBeCloseTo(-40, 9);
  });

  it('fits a line through noisy readings by least squares', () => {
    // Readings 0, 10, 0 at steps 0, 1, 2 are flat; 0, 0, 10 rise by 5 a step (not by 10, the last step's
    // rise); 0, 0, 10, 0 by 1.
    const at = (bytes: number[]) => bytes.map((b, step) => ({ step, bytes: b }));
    expect(heapSlope(at([0, 10, 0]))).toBe(0);
    expect(heapSlope(at([0, 0, 10]))).toBeCloseTo(5, 9);
    expect(heapSlope(at([0, 0, 10, 0]))).toBeCloseTo(1, 9);
  });

  it('refuses fewer than three readings or readings all at one step', () => {
    expect(() => heapSlope([{ step: 0, bytes: 1 }])).toThrow('1 readings, expected at least 3');
    expect(() =>
      heapSlope([
        { step: 5, bytes: 1 },
        { step: 5, bytes: 2 },
        { step: 5, bytes: 3 },
      ]),
    ).toThrow('the same step');
  });
});

describe('leakVerdict', () => {
  it('fails a heap that grows by a kilobyte a step, even over the short run and through noise', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const verdict = leakVerdict(series(SHORT, KB, noise(seed, 32 * KB)));
      expect(verdict.leaks, `seed ${seed}: ${verdict.projectedBytes} bytes`).toBe(true);
      expect(verdict.projectedBytes).toBeGreaterThan(LEAK_BUDGET_BYTES);
    }
    expect(leakVerdict(series(LONG, KB, noise(6, 32 * KB))).leaks).toBe(true);
  });

  it('passes a flat heap with noisy readings, over the short and the long run', () => {
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      expect(leakVerdict(series(SHORT, 0, noise(seed, 32 * KB))).leaks, `short, seed ${seed}`).toBe(false);
      expect(leakVerdict(series(LONG, 0, noise(seed, 32 * KB))).leaks, `long, seed ${seed}`).toBe(false);
    }
  });

  it('passes a heap that shrinks', () => {
    expect(leakVerdict(series(SHORT, -2 * KB, noise(9, 32 * KB))).leaks).toBe(false);
  });

  it('projects the slope over a thousand steps and compares it with the budget given', () => {
    const verdict = leakVerdict(
      series(SHORT, 200, () => 0),
      100 * KB,
    );
    expect(PROJECTED_STEPS).toBe(1000);
    expect(verdict.bytesPerStep).toBeCloseTo(200, 9);
    expect(verdict.projectedBytes).toBeCloseTo(200_000, 6);
    expect(verdict).toMatchObject({ budgetBytes: 100 * KB, leaks: true });
    expect(leakVerdict(series(SHORT, 200, () => 0)).leaks).toBe(false);
  });
});
