import { REGION_BOUNDS } from '../catalog/region.ts';
import { CATEGORIES, STATUSES, ZONES } from '../catalog/vocab.ts';
import { LANGS } from '../i18n/index.ts';
import { mulberry32 } from '../scale/synthetic.ts';
import { type KnownIds, URL_KEYS } from './url.ts';

// Generated hostile query strings for the URL parser's tests: the unit fuzz (url.test.ts) and the same
// queries fed to the running app (tests/browser/url-fuzz.test.ts). Seeded, so every run tries the same
// queries and a failure can be replayed. Not part of the app: nothing in src/ imports it.

export type UrlKey = (typeof URL_KEYS)[number];

export const HTML_PAYLOADS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
] as const;

/** Keys a link may carry: the real ones (three times, so they dominate), near misses and prototype names. */
function keyPool(keys: readonly string[]): string[] {
  return [
    ...keys,
    ...keys,
    ...keys,
    'Zone',
    'LANG',
    'x',
    '',
    '__proto__',
    'constructor',
    'prototype',
    '__proto__[polluted]',
    'utm_source',
    'q[]',
    'cam ',
    '%00d',
  ];
}

const PAYLOADS = [
  ...HTML_PAYLOADS,
  'NaN',
  'Infinity',
  '-Infinity',
  '1e999',
  '0x75',
  '__proto__',
  'constructor',
  'prototype',
  'null',
  'undefined',
  '[]',
  '{}',
  '%E4%ZZ',
  '%',
  '%%',
  '%2',
  '%C0%AF',
  '%00',
  '\u0000',
  '\u202e',
  '370000',
  '999999',
  'hsr-jinan-laiwu-',
  '../../etc/passwd',
  ' ',
  ',',
  ',,,',
  '+',
  '&',
  '=',
  '#',
  '?',
];

// Controls, ASCII, Latin-1 controls, CJK, astral, lone surrogates, and general punctuation (with the
// zero-width and bidirectional controls).
const RANGES: [number, number][] = [
  [0x00, 0x1f],
  [0x20, 0x7e],
  [0x7f, 0x9f],
  [0x4e00, 0x9fff],
  [0x1f600, 0x1f64f],
  [0xd800, 0xdfff],
  [0x2000, 0x206f],
];

/**
 * Valid values per key, for the fuzzer to mix with the hostile ones: every zone, category and status,
 * the given districts and items, searches, and cameras at the region's corners.
 */
export function validValues(known: KnownIds, searches: readonly string[] = ['jlgt', '济南 地铁', 'R3']) {
  const values: Record<UrlKey, readonly string[]> = {
    lang: LANGS,
    zone: ZONES,
    d: [...known.districts],
    cat: CATEGORIES,
    status: STATUSES,
    late: ['1'],
    asof: ['2022-04', '2022-06', '2024-01', '2035-12'],
    q: searches,
    item: [...known.items].slice(0, 20),
    cam: [
      '117.3,36.6,9.25',
      `${REGION_BOUNDS[0]},${REGION_BOUNDS[1]},5`,
      `${REGION_BOUNDS[2]},${REGION_BOUNDS[3]},16`,
      '117.123456,36.654321,9.256',
    ],
    present: ['default', 'results'],
    slide: ['1', '2', '17', '999'],
    view: ['console'],
    embed: ['1'],
  };
  return values;
}

/**
 * A generator of query strings: up to nine parameters each, mixing valid values (from `valid`, per key),
 * payloads, random text, cameras and repeats of thousands of characters, sometimes percent-encoded, sometimes raw.
 */
export function queryFuzzer(seed: number, valid: Record<UrlKey, readonly string[]>): () => string {
  const random = mulberry32(seed);
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)] as T;
  const keys = keyPool(URL_KEYS);

  const randomText = () => {
    let s = '';
    for (let n = int(24); n > 0; n--) {
      const [lo, hi] = pick(RANGES);
      s += String.fromCodePoint(lo + int(hi - lo + 1));
    }
    return s;
  };
  const randomCamera = () =>
    [112 + random() * 10, 33 + random() * 8, random() * 20].map((x) => x.toFixed(int(8))).join(',');
  const randomValue = (key: string) => {
    const values = valid[key as UrlKey] ?? valid.q;
    const parts = Array.from({ length: 1 + int(4) }, () => {
      const r = random();
      if (r < 0.45) return pick(values);
      if (r < 0.7) return pick(PAYLOADS);
      if (r < 0.85) return randomText();
      if (r < 0.95) return randomCamera();
      return pick(PAYLOADS).repeat(200 + int(400));
    });
    return parts.join(',');
  };
  const encode = (s: string) => {
    const mode = random();
    if (mode < 0.4) return s;
    try {
      const encoded = encodeURIComponent(s);
      return mode < 0.8 ? encoded : encoded.replaceAll('%20', '+');
    } catch {
      return s; // a lone surrogate: send it raw
    }
  };
  return () => {
    const parts = Array.from({ length: int(10) }, () => {
      const key = pick(keys);
      return random() < 0.1 ? encode(key) : `${encode(key)}=${encode(randomValue(key))}`;
    });
    return (random() < 0.5 ? '?' : '') + parts.join(random() < 0.9 ? '&' : '&&');
  };
}
