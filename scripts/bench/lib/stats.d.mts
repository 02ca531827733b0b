// Types for stats.mjs, for its unit tests.
export interface Summary {
  median: number | null;
  min: number | null;
  max: number | null;
  n: number;
  failed: number;
  samples: (number | null)[];
}
export interface Ratio {
  ofMedians: number | null;
  pairedMin: number | null;
  pairedMax: number | null;
  /** The 95 % interval of the ratio of medians; null with fewer than 5 complete runs. */
  low: number | null;
  high: number | null;
}
export type Samples = readonly (number | null)[];
export function round(value: number | null, digits?: number): number | null;
export function median(values: Samples): number | null;
export function summary(samples: Samples): Summary;
export function ratio(a: Samples, b: Samples): Ratio;
export function seeded(seed: number): () => number;
export function ratioInterval(
  a: Samples,
  b: Samples,
  options?: { level?: number; resamples?: number; seed?: number },
): [number, number] | null;
export function verdict(r: Ratio | null | undefined, goal: number): 'met' | 'missed' | 'unclear' | null;
