import { zonesProperty } from '../catalog/directions.ts';
import type { Catalog, CatalogItem, DistrictInfo, ItemDetails, Measure } from '../catalog/types.ts';
import { CATEGORIES, type Mode, STATUSES, ZONES, type Zone } from '../catalog/vocab.ts';

// A synthetic catalogue for scale tests (10,000 and 100,000 items): the real districts and zones,
// with the items replaced by made-up points (~80 %) and lines (~20 %) spread over Jinan. It runs in
// the browser (the bench opens the app with ?synthetic=N), so it is pure and dependency-free: no
// zod, no Turf, and one pass over the items. Every item is valid per build/schema.ts (a test checks), and
// the same seed gives the same catalogue. The output has the shape of the build's (split) output:
// catalog.json's items and items.geojson's features; syntheticDetails() stands for details.json.

export interface SyntheticOutput {
  catalog: Catalog;
  /** One geometry feature per item plus one label point each (`label: true`), as build/pipeline.ts makes. */
  map: { type: 'FeatureCollection'; features: object[] };
}

/** The share of points; the rest are lines. */
export const POINT_SHARE = 0.8;
// Transport items are drawn by mode: these are the modes real items use for each kind.
const POINT_MODES = ['airport', 'port', 'station'] as const satisfies readonly Mode[];
const LINE_MODES = ['rail', 'road', 'waterway', 'runway', 'corridor'] as const satisfies readonly Mode[];

const EARTH_RADIUS_KM = 6371.0088; // the mean radius Turf uses, so lengths agree with the build's
const KM_PER_DEG_LAT = (EARTH_RADIUS_KM * Math.PI) / 180;
const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;

/** mulberry32: a tiny seeded PRNG, uniform in [0, 1); good enough for spreading test data. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T;

function haversineKm([x0, y0]: [number, number], [x1, y1]: [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (y1 - y0) * rad;
  const dLon = (x1 - x0) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(y0 * rad) * Math.cos(y1 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * A position rounded to 6 decimals (0.1 m) and kept in the box. District bounds have 5 decimals, so
 * rounding alone cannot leave the box; the clamp guards against what the walk's arithmetic drifts.
 */
function at([w, s, e, n]: DistrictInfo['bounds'], x: number, y: number): [number, number] {
  return [Math.min(e, Math.max(w, round(x, 6))), Math.min(n, Math.max(s, round(y, 6)))];
}

/** A random position in the box (its bbox stands in for the district: membership is by construction). */
function pointIn(rng: Rng, b: DistrictInfo['bounds']): [number, number] {
  return at(b, b[0] + rng() * (b[2] - b[0]), b[1] + rng() * (b[3] - b[1]));
}

/**
 * A line of 2–6 vertices and 2–30 km that stays inside the box: a walk of equal steps whose heading is
 * random when the step fits, and towards the farthest corner otherwise. That corner is at least half
 * the box's diagonal away from anywhere in it, so a step capped below that always fits; small
 * districts get shorter lines rather than lines that leave them.
 */
function lineIn(rng: Rng, b: DistrictInfo['bounds']): [number, number][] {
  const [w, s, e, n] = b;
  const kx = KM_PER_DEG_LAT * Math.cos((((s + n) / 2) * Math.PI) / 180); // km per degree of longitude
  const ky = KM_PER_DEG_LAT;
  const diagonal = Math.hypot((e - w) * kx, (n - s) * ky);
  const vertices = 2 + Math.floor(rng() * 5);
  // 29.8, not 30: the walk is planned on a flat box and measured on the sphere, a few hundred metres apart.
  const step = Math.min((2 + rng() * 27.8) / (vertices - 1), 0.45 * diagonal);
  const line = [pointIn(rng, b)];
  for (let v = 1; v < vertices; v++) {
    const [x, y] = line[v - 1] as [number, number];
    let dx = 0;
    let dy = 0;
    for (let attempt = 0; attempt < 4 && dx === 0 && dy === 0; attempt++) {
      const heading = rng() * 2 * Math.PI;
      const cx = Math.cos(heading);
      const cy = Math.sin(heading);
      // How far (km) the box lets us go along this heading.
      const room = Math.min(
        cx > 0 ? ((e - x) * kx) / cx : cx < 0 ? ((w - x) * kx) / cx : Infinity,
        cy > 0 ? ((n - y) * ky) / cy : cy < 0 ? ((s - y) * ky) / cy : Infinity,
      );
      if (room >= step) [dx, dy] = [(cx * step) / kx, (cy * step) / ky];
    }
    if (dx === 0 && dy === 0) {
      const cornerX = x - w > e - x ? w : e;
      const cornerY = y - s > n - y ? s : n;
      const km = Math.hypot((cornerX - x) * kx, (cornerY - y) * ky);
      [dx, dy] = [((cornerX - x) * step) / km, ((cornerY - y) * step) / km];
    }
    line.push(at(b, x + dx, y + dy));
  }
  return line;
}

function boundsOf(coordinates: [number, number][]): [number, number, number, number] {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of coordinates) {
    if (x < w) w = x;
    if (x > e) e = x;
    if (y < s) s = y;
    if (y > n) n = y;
  }
  return [round(w, 5), round(s, 5), round(e, 5), round(n, 5)];
}

/** Everything in one place, as a measure: the whole point or line in `key`. */
const whole = (unit: Measure['unit'], total: number, key: string): Measure => ({
  unit,
  total,
  inside: [{ key, amount: total, share: 1 }],
  outside: 0,
});

// 100,000 items are millions of small objects and the garbage collector is most of the run time, so
// what is the same for many items is made once and shared (nothing in the app mutates the catalogue):
// a point's measure depends only on its district, and the search keys' constant parts.
const pointMeasures = new Map<string, Measure>();
const onePointIn = (key: string): Measure => {
  const known = pointMeasures.get(key);
  if (known) return known;
  const m = whole('points', 1, key);
  pointMeasures.set(key, m);
  return m;
};
const NO_ALT: string[] = [];
const EN_STARTS = [9, 13]; // Synthetic|item|123: where the later words start in 'syntheticitem123'

// The properties the style reads, as build/pipeline.ts writes them: the ones the filter expression reads on
// every feature, how a shape is drawn on the shape, the label text on the label point (synthetic
// names have no bracketed part to drop).
const filterProperties = (item: CatalogItem, adcode: string) => ({
  id: item.id,
  districts: adcode,
  category: item.category,
  status: item.status,
  zone: item.zone,
  zones: zonesProperty(item),
  kind: item.geometry_kind,
});
const shapeProperties = (item: CatalogItem, adcode: string) => ({
  ...filterProperties(item, adcode),
  schematic: item.schematic,
  mode: item.mode,
});
const labelProperties = (item: CatalogItem, adcode: string) => ({
  ...filterProperties(item, adcode),
  label: true,
  label_zh: item.name_zh,
  label_en: item.name_en,
});

// Written as the catalogue's citations are (outlet《title》date), so that the items pass its validator.
const SYNTHETIC_SOURCE = '济南蓝图《合成数据：src/scale/synthetic.ts 生成》2026-01-01';
/** The last month a synthetic date may be: their status is as of 2026-01-01. */
const LAST_ACTUAL_YEAR = 2025;

/**
 * Milestones that fit the item's drawn status and years, made from those draws and the item's number
 * alone (no new random draw, so every other field, and so the bench's data, stays as it was): works
 * start planned in the start year, and done then if the item has started; opening planned in the end
 * year, and done if the item is complete. A planned item whose start year has passed is behind schedule.
 */
function syntheticMilestones(
  number: number,
  status: CatalogItem['status'],
  startYear: number,
  endYear: number,
): CatalogItem['milestones'] {
  // Shared between items with the same draws, like the point measures (a few thousand lists for 100,000 items).
  const key = `${number % 12}|${status}|${startYear}|${endYear}`;
  const known = milestoneLists.get(key);
  if (known) return known;
  const month = String((number % 12) + 1).padStart(2, '0');
  const started = status !== 'planned';
  const done = status === 'completed' || status === 'in_operation';
  const startActual = Math.min(startYear, LAST_ACTUAL_YEAR);
  const openActual = Math.max(startActual, Math.min(endYear, LAST_ACTUAL_YEAR));
  const stage = (s: 'works_start' | 'opening', planned: number, actual: number | null) => ({
    stage: s,
    name_zh: null,
    name_en: null,
    planned: String(planned),
    actual: actual === null ? null : `${actual}-${month}`,
    source: actual === null ? null : SYNTHETIC_SOURCE,
  });
  const list = [
    stage('works_start', startYear, started ? startActual : null),
    stage('opening', endYear, done ? openActual : null),
  ];
  milestoneLists.set(key, list);
  return list;
}
const milestoneLists = new Map<string, CatalogItem['milestones']>();

/** The long texts: every synthetic item shares them (non-empty, as the schema asks). */
export const SYNTHETIC_DETAILS: ItemDetails = {
  summary_zh: '为试验地图和列表在大量项目下的表现所生成的合成项目，不是报告内容。',
  summary_en: 'An item generated to test the map and the list with many items; not part of the report.',
  sources: [SYNTHETIC_SOURCE],
  site_note_zh: null,
  site_note_en: null,
  report_quote: '合成项目，为性能试验所用',
  report_section: '合成数据（性能试验）',
};

/**
 * The base catalogue with its items replaced by `n` synthetic ones (districts, zones and zone
 * warnings kept), and their map features. Deterministic for a seed.
 */
export function syntheticCatalog(base: Catalog, n: number, seed = 1): SyntheticOutput {
  const rng = mulberry32(seed);
  const districts = base.districts;
  if (districts.length === 0) throw new Error('syntheticCatalog needs a base catalogue with districts');
  const items: CatalogItem[] = new Array(n);
  const features: object[] = new Array(2 * n);
  for (let i = 0; i < n; i++) {
    const number = i + 1;
    const digits = String(number);
    const district = pick(rng, districts);
    const isPoint = rng() < POINT_SHARE;
    const category = pick(rng, CATEGORIES);
    const zone: Zone = pick(rng, ZONES);
    const status = pick(rng, STATUSES);
    const mode: Mode | null = category === 'transport' ? pick(rng, isPoint ? POINT_MODES : LINE_MODES) : null;
    const startYear = 2018 + Math.floor(rng() * 10);
    const endYear = startYear + 1 + Math.floor(rng() * 8);
    const investment = round(0.1 + rng() * 50, 1);

    let geometry: { type: 'Point'; coordinates: [number, number] } | { type: 'LineString'; coordinates: number[][] };
    let label: [number, number];
    let bounds: [number, number, number, number];
    let lengthKm: number | null = null;
    if (isPoint) {
      label = pointIn(rng, district.bounds);
      geometry = { type: 'Point', coordinates: label };
      bounds = [round(label[0], 5), round(label[1], 5), round(label[0], 5), round(label[1], 5)];
    } else {
      const coordinates = lineIn(rng, district.bounds);
      let km = 0;
      for (let v = 1; v < coordinates.length; v++)
        km += haversineKm(coordinates[v - 1] as [number, number], coordinates[v] as [number, number]);
      lengthKm = Math.max(0.01, round(km, 2));
      const [a, b] = coordinates as [[number, number], [number, number]];
      // The middle vertex; a two-vertex line is labelled halfway (still inside the box, which is convex).
      label =
        coordinates.length === 2
          ? at(district.bounds, (a[0] + b[0]) / 2, (a[1] + b[1]) / 2)
          : (coordinates[Math.floor(coordinates.length / 2)] as [number, number]);
      geometry = { type: 'LineString', coordinates };
      bounds = boundsOf(coordinates);
    }
    const name_zh = `合成项目 ${digits}`;
    const name_en = `Synthetic item ${digits}`;
    const item: CatalogItem = {
      id: `synthetic-${digits.padStart(6, '0')}`,
      name_zh,
      name_en,
      category,
      mode,
      zone,
      // One direction each: the random draws (and so the benchmark's data) stay as they were.
      zones_also: [],
      status,
      status_as_of: '2026-01-01',
      // Made-up items are not part of the review: none is marked 待核实.
      recheck: false,
      start_year: startYear,
      end_year: endYear,
      length_km: lengthKm,
      area_km2: null,
      investment_bn_cny: investment,
      capacity_value: null,
      capacity_unit_zh: null,
      capacity_unit_en: null,
      accuracy_m: 1000,
      // As a validated item would be: a position from data, 1 km, is not a sketch (build/validate.ts).
      schematic: false,
      geometry_basis: 'dataset',
      milestones: syntheticMilestones(number, status, startYear, endYear),
      history: [],
      geometry_kind: isPoint ? 'point' : 'line',
      bounds,
      districts: lengthKm === null ? onePointIn(district.adcode) : whole('km', lengthKm, district.adcode),
      // The keys build/searchKeys.ts would make, written out: pinyin-pro stays out of the browser.
      search: {
        zh: `合成项目${digits}`,
        en: `syntheticitem${digits}`,
        pinyin: `hechengxiangmu${digits}`,
        initials: `hcxm${digits}`,
        alt: NO_ALT,
        enStarts: EN_STARTS,
      },
    };
    items[i] = item;
    features[2 * i] = { type: 'Feature', properties: shapeProperties(item, district.adcode), geometry };
    features[2 * i + 1] = {
      type: 'Feature',
      properties: labelProperties(item, district.adcode),
      geometry: { type: 'Point', coordinates: label },
    };
  }
  return {
    catalog: { ...base, items },
    map: { type: 'FeatureCollection', features },
  };
}

/**
 * What details.json holds, for a synthetic catalogue: the shared long texts under every id. Made on
 * demand (a card or an export), not with the catalogue: a 100,000-key object costs a tenth of a second.
 */
export function syntheticDetails(catalog: Catalog): Record<string, ItemDetails> {
  const details: Record<string, ItemDetails> = {};
  // As the build's details: the shared long texts, and the item's own milestones and history (whose
  // sources the generated items carry in the catalogue itself).
  for (const item of catalog.items)
    details[item.id] = {
      ...SYNTHETIC_DETAILS,
      milestones: item.milestones as ItemDetails['milestones'],
      history: item.history as ItemDetails['history'],
    };
  return details;
}
