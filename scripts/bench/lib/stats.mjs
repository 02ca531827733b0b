// Medians, spreads and paired ratios of the samples.

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

/** Median of a over median of b, and the spread of the paired per-run ratios. */
export function ratio(a, b) {
  const pairs = a.map((x, i) => (x != null && b[i] != null ? x / b[i] : null)).filter((x) => x != null);
  const ma = median(a);
  const mb = median(b);
  return {
    ofMedians: ma != null && mb ? round(ma / mb, 2) : null,
    pairedMin: pairs.length ? round(Math.min(...pairs), 2) : null,
    pairedMax: pairs.length ? round(Math.max(...pairs), 2) : null,
  };
}
