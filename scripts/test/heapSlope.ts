// Whether a heap leaks, from readings taken as a long-running page works (tests/browser/soak.test.ts):
// the least-squares slope of the readings against the step count, projected over a fixed number of
// steps. A slope, unlike a ratio of the first and last reading, uses every reading, so one noisy
// reading cannot pass or fail the run, and a short run can still see a leak that a long one would.

export interface HeapReading {
  /** Steps done when the reading was taken. */
  step: number;
  bytes: number;
}

/** The projection's horizon: a long meeting. */
export const PROJECTED_STEPS = 1000;

/**
 * How much the JS objects may grow over PROJECTED_STEPS steps. After the warm-up nothing the page
 * keeps should grow with the number of steps (caches are bounded, the slides are the same each pass),
 * so the budget only has to absorb the noise of the readings. A real leak exceeds it quickly: a
 * listener with its closure, or one retained style or GeoJSON object per slide step, is a few hundred
 * bytes to many kilobytes per step, i.e. 0.3 MB to tens of MB per thousand steps.
 */
export const LEAK_BUDGET_BYTES = 512 * 1024;

/** The least-squares slope of bytes against steps, in bytes per step. */
export function heapSlope(readings: readonly HeapReading[]): number {
  if (readings.length < 3) throw new Error(`heapSlope: ${readings.length} readings, expected at least 3`);
  const n = readings.length;
  const meanStep = readings.reduce((sum, r) => sum + r.step, 0) / n;
  const meanBytes = readings.reduce((sum, r) => sum + r.bytes, 0) / n;
  let covariance = 0;
  let variance = 0;
  for (const r of readings) {
    covariance += (r.step - meanStep) * (r.bytes - meanBytes);
    variance += (r.step - meanStep) ** 2;
  }
  if (variance === 0) throw new Error('heapSlope: every reading was taken at the same step, expected a spread');
  return covariance / variance;
}

export interface LeakVerdict {
  bytesPerStep: number;
  /** Growth over PROJECTED_STEPS steps at that slope. */
  projectedBytes: number;
  budgetBytes: number;
  leaks: boolean;
}

/** The slope of the readings and whether its projection over PROJECTED_STEPS steps exceeds the budget. */
export function leakVerdict(readings: readonly HeapReading[], budgetBytes = LEAK_BUDGET_BYTES): LeakVerdict {
  const bytesPerStep = heapSlope(readings);
  const projectedBytes = bytesPerStep * PROJECTED_STEPS;
  return { bytesPerStep, projectedBytes, budgetBytes, leaks: projectedBytes > budgetBytes };
}
