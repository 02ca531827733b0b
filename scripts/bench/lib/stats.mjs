// Medians, spreads and paired ratios of the samples.
import { createHash } from 'node:crypto';

export const round = (v, digits = 1) => (v == null ? null : Math.round(v * 10 ** digits) / 10 ** digits);

export function median(values) {
  const v = values.filter((x) => x != null).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

export function summary(samples) {
  const ok = samples.filter((x) => x != null);
  return {
    median: round(median(ok)),
    min: ok.length ? round(Math.min(...ok)) : null,
    max: ok.length ? round(Math.max(...ok)) : null,
    n: ok.length,
    failed: samples.length - ok.length,
    samples: samples.map((x) => round(x)),
  };
}

/**
 * Median of a over median of b, the spread of the paired per-run ratios, and a 95 % interval for the
 * ratio of medians (ratioInterval): a single run's ratio moves by ±0.1 on a busy two-core machine, and
 * whether a goal is met is only known once the whole interval is on its side.
 */
export function ratio(a, b) {
  const pairs = a.map((x, i) => (x != null && b[i] != null ? x / b[i] : null)).filter((x) => x != null);
  const ma = median(a);
  const mb = median(b);
  const interval = ratioInterval(a, b);
  return {
    ofMedians: ma != null && mb ? round(ma / mb, 2) : null,
    pairedMin: pairs.length ? round(Math.min(...pairs), 2) : null,
    pairedMax: pairs.length ? round(Math.max(...pairs), 2) : null,
    low: interval ? round(interval[0], 2) : null,
    high: interval ? round(interval[1], 2) : null,
  };
}

/**
 * Numbers in [0, 1) from a seed, eight from each SHA-256 digest of the seed and a counter: the same
 * samples always give the same interval.
 */
export function seeded(seed) {
  let counter = 0;
  let digest = Buffer.alloc(0);
  let at = 0;
  return () => {
    if (at === digest.length) {
      digest = createHash('sha256').update(`${seed}:${counter++}`).digest();
      at = 0;
    }
    const value = digest.readUInt32LE(at) / 2 ** 32;
    at += 4;
    return value;
  };
}

/**
 * A percentile bootstrap interval for median(a) / median(b), where a[i] and b[i] come from the same run:
 * the runs are drawn with replacement, each with both of its values, so that what slowed the machine in
 * one run weighs on both pages as it did. Null with fewer than 5 complete runs, too few to say anything.
 */
export function ratioInterval(a, b, { level = 0.95, resamples = 2000, seed = 1 } = {}) {
  const runs = a.flatMap((x, i) => (x != null && b[i] != null && b[i] !== 0 ? [[x, b[i]]] : []));
  if (runs.length < 5) return null;
  const random = seeded(seed);
  const ratios = [];
  for (let k = 0; k < resamples; k++) {
    const xs = [];
    const ys = [];
    for (let j = 0; j < runs.length; j++) {
      const [x, y] = runs[Math.floor(random() * runs.length)];
      xs.push(x);
      ys.push(y);
    }
    const my = median(ys);
    if (my) ratios.push(median(xs) / my);
  }
  ratios.sort((p, q) => p - q);
  const tail = (1 - level) / 2;
  const at = (q) => ratios[Math.min(ratios.length - 1, Math.max(0, Math.round(q * (ratios.length - 1))))];
  return [at(tail), at(1 - tail)];
}

/**
 * A ratio against its goal (at most `goal`): 'met' when the whole interval is within it, 'missed' when the
 * ratio of medians is over it, and 'unclear' when the ratio meets it but the interval reaches past it (more
 * runs would tell). Without an interval (too few runs), the ratio of medians alone decides.
 */
export function verdict(r, goal) {
  if (r?.ofMedians == null) return null;
  if (r.ofMedians > goal) return 'missed';
  if (r.high == null) return 'met';
  return r.high <= goal ? 'met' : 'unclear';
}
