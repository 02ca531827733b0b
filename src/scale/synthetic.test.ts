import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { realCatalog } from '../../scripts/test/realCatalog.ts';
import { shippedCatalog, splitCatalog } from '../catalog/build/pipeline.ts';
import { CATEGORIES, itemPropertiesSchema, MODES, STATUSES, ZONES } from '../catalog/build/schema.ts';
import { validateFile } from '../catalog/build/validate.ts';
import { REGION_BOUNDS } from '../catalog/region.ts';
import { search } from '../catalog/search.ts';
import { type Filters, passes } from '../catalog/select.ts';
import { withNameKeys } from '../catalog/shipped.ts';
import { countProgress } from '../catalog/timeline.ts';
import type { CatalogItem, ItemDetails } from '../catalog/types.ts';
import { itemFilter } from '../map/layers/filters.ts';
import { syntheticCatalog, syntheticDetails } from './synthetic.ts';

// The synthetic catalogue stands in for the real one in scale tests, so it has to be as valid as the
// real one: the same schema, the same validator, the same filter rules on the map and in the panel.

const real = realCatalog();
// What the app loads (catalog.json), as the base the app would hand to syntheticCatalog.
const { core: base, details: realDetails } = splitCatalog(real.catalog);

interface MapFeature {
  properties: Record<string, unknown>;
  geometry: { type: 'Point' | 'LineString'; coordinates: number[] | number[][] };
}

// The size the app's scale mode draws (src/scale/hooks.ts); how long it takes is the bench's business.
const small = syntheticCatalog(base, 10_000);

const SCHEMA_KEYS = Object.keys(itemPropertiesSchema.shape);
/** The item's own fields (build/schema.ts), from catalog.json's part and details.json's part. */
const own = (item: CatalogItem, details: Record<string, ItemDetails>) => {
  const full: Record<string, unknown> = { ...item, ...details[item.id] };
  return Object.fromEntries(SCHEMA_KEYS.map((k) => [k, full[k]]));
};
/** Every k-th element, so that a sample spans the whole range. */
const sample = <T>(list: readonly T[], size: number): T[] =>
  list.filter((_, i) => i % Math.ceil(list.length / size) === 0);
const shapes = (features: object[]) =>
  (features as MapFeature[]).filter((f) => f.properties.label !== true) as MapFeature[];
const positions = (g: MapFeature['geometry']) =>
  (g.type === 'Point' ? [g.coordinates] : g.coordinates) as [number, number][];

describe.each([['10,000', small, 10_000]] as const)('synthetic catalogue of %s items', (_, out, n) => {
  const { items } = out.catalog;

  it('has n items, one shape and one label point each, ~80 % points', () => {
    expect(items).toHaveLength(n);
    expect(out.map.features).toHaveLength(2 * n);
    expect(shapes(out.map.features)).toHaveLength(n);
    const points = items.filter((i) => i.geometry_kind === 'point').length / n;
    expect(points).toBeGreaterThan(0.78);
    expect(points).toBeLessThan(0.82);
    expect(items.every((i) => i.geometry_kind === 'point' || i.geometry_kind === 'line')).toBe(true);
  });

  it('has the fields of the build’s output: items, details and map features', () => {
    const keys = (o: object) => Object.keys(o).sort();
    const realItem = base.items.find((i) => i.geometry_kind === 'point') as CatalogItem;
    for (const item of sample(items, 100)) expect(keys(item)).toEqual(keys(realItem));
    const details = syntheticDetails(out.catalog);
    expect(Object.keys(details)).toHaveLength(n);
    expect(keys(details[items[0]?.id as string] as object)).toEqual(keys(realDetails[realItem.id] as object));
    const realFeatures = real.map.features as MapFeature[];
    const realShape = realFeatures.find((f) => f.properties.kind === 'point' && f.properties.label !== true);
    const realLabel = realFeatures.find((f) => f.properties.label === true);
    const features = out.map.features as MapFeature[];
    const labels = features.filter((f) => f.properties.label === true);
    for (const f of sample(shapes(features), 100))
      expect(keys(f.properties)).toEqual(keys(realShape?.properties ?? {}));
    for (const f of sample(labels, 100)) expect(keys(f.properties)).toEqual(keys(realLabel?.properties ?? {}));
    expect(labels).toHaveLength(n);
  });

  it('keeps the real districts, zones and zone warnings', () => {
    expect(out.catalog.districts).toEqual(base.districts);
    expect(out.catalog.zones).toEqual(base.zones);
    expect(out.catalog.zone_warnings).toEqual(base.zone_warnings);
  });

  it('gives every item its own id, in order', () => {
    expect(new Set(items.map((i) => i.id)).size).toBe(n);
    expect(items[122]?.id).toBe('synthetic-000123');
    expect(items.map((i) => i.id)).toEqual(items.map((i) => i.id).sort());
  });

  it('spreads items over every district, category, zone, status and mode', () => {
    const seen = (key: (i: CatalogItem) => unknown) => new Set(items.map(key));
    expect(seen((i) => i.districts?.inside[0]?.key)).toEqual(new Set(base.districts.map((d) => d.adcode)));
    expect(seen((i) => i.category)).toEqual(new Set(CATEGORIES));
    expect(seen((i) => i.zone)).toEqual(new Set(ZONES));
    expect(seen((i) => i.status)).toEqual(new Set(STATUSES));
    expect(seen((i) => i.mode)).toEqual(new Set([null, ...MODES]));
    const wrong = items.filter((i) => (i.mode === null) !== (i.category !== 'transport'));
    expect(wrong.map((i) => `${i.id} ${i.category} ${i.mode}`)).toEqual([]);
  });

  it('keeps every coordinate inside its district’s bounds and the region', () => {
    const bounds = new Map(base.districts.map((d) => [d.adcode, d.bounds]));
    const [rw, rs, re, rn] = REGION_BOUNDS;
    const byId = new Map(items.map((i) => [i.id, i]));
    for (const f of out.map.features as MapFeature[]) {
      const item = byId.get(String(f.properties.id)) as CatalogItem;
      const adcode = item.districts?.inside[0]?.key as string;
      expect(f.properties.districts).toBe(adcode);
      const [w, s, e, n] = bounds.get(adcode) as [number, number, number, number];
      for (const [x, y] of positions(f.geometry)) {
        if (!(x >= w && x <= e && y >= s && y <= n && x >= rw && x <= re && y >= rs && y <= rn))
          throw new Error(`${item.id}: [${x}, ${y}] is outside ${adcode} [${w}, ${s}, ${e}, ${n}]`);
      }
    }
    for (const item of items) {
      const [w, s, e, n] = bounds.get(item.districts?.inside[0]?.key as string) as [number, number, number, number];
      const [x0, y0, x1, y1] = item.bounds as [number, number, number, number];
      if (!(x0 >= w && x1 <= e && y0 >= s && y1 <= n && x0 <= x1 && y0 <= y1))
        throw new Error(`${item.id}: bounds ${item.bounds} are not inside [${w}, ${s}, ${e}, ${n}]`);
    }
  });

  it('draws lines of 2–6 vertices, up to 30 km, and measures them as the build would', () => {
    const lines = shapes(out.map.features).filter((f) => f.geometry.type === 'LineString');
    const byId = new Map(items.map((i) => [i.id, i]));
    expect(lines.length).toBe(items.filter((i) => i.geometry_kind === 'line').length);
    for (const f of lines) {
      const vertices = (f.geometry.coordinates as number[][]).length;
      const item = byId.get(String(f.properties.id)) as CatalogItem;
      const km = item.length_km ?? 0;
      const d = item.districts;
      if (vertices < 2 || vertices > 6 || !(km > 0 && km <= 30))
        throw new Error(`${item.id}: ${vertices} vertices, ${km} km`);
      if (d?.unit !== 'km' || d.total !== km || d.outside !== 0 || d.inside.length !== 1)
        throw new Error(`${item.id}: districts ${JSON.stringify(d)}`);
      const only = d.inside[0];
      if (!only || only.key !== f.properties.districts || only.amount !== km || only.share !== 1)
        throw new Error(`${item.id}: districts ${JSON.stringify(d)}`);
    }
    // Most lines are the full 2–30 km; only small districts shorten the longest ones.
    const km = items.flatMap((i) => (i.length_km === null ? [] : [i.length_km]));
    expect(km.filter((v) => v >= 2).length / km.length).toBeGreaterThan(0.95);
    expect(Math.max(...km)).toBeGreaterThan(25);
  });

  it('passes the item schema', () => {
    const details = syntheticDetails(out.catalog);
    for (const item of n === 10_000 ? items : sample(items, 1_000)) {
      const parsed = itemPropertiesSchema.safeParse(own(item, details));
      if (!parsed.success) throw new Error(`${item.id}: ${parsed.error.message}`);
    }
  });
});

describe('synthetic map features', () => {
  it('pass the project’s validator as an item file (2,000-item sample)', () => {
    const byId = new Map(small.catalog.items.map((i) => [i.id, i]));
    const details = syntheticDetails(small.catalog);
    const features = sample(shapes(small.map.features), 2_000).map((f) => ({
      type: 'Feature',
      properties: own(byId.get(String(f.properties.id)) as CatalogItem, details),
      geometry: f.geometry,
    }));
    expect(features.length).toBeGreaterThanOrEqual(2_000);
    const { items, issues } = validateFile(
      'synthetic.geojson',
      JSON.stringify({ type: 'FeatureCollection', features }),
    );
    expect(issues).toEqual([]);
    expect(items).toHaveLength(features.length);
  });

  it('are found by search like real items', () => {
    const hits = search(
      'hcxm123',
      small.catalog.items.map((i) => ({ id: i.id, keys: i.search })),
    );
    expect(hits[0]?.id).toBe('synthetic-000123');
    expect(
      search(
        '合成项目 4567',
        small.catalog.items.map((i) => ({ id: i.id, keys: i.search })),
      )[0]?.id,
    ).toBe('synthetic-004567');
  });
});

describe('synthetic map filter', () => {
  const features = sample(shapes(small.map.features), 2_000);
  const byId = new Map(small.catalog.items.map((i) => [i.id, i]));
  const none: Filters = { zone: null, districts: [], categories: [], statuses: [], hits: null };
  const cases: Filters[] = [
    none,
    ...ZONES.map((zone) => ({ ...none, zone })),
    ...base.districts.map((d) => ({ ...none, districts: [d.adcode] })),
    { ...none, districts: ['370114', '370112'] },
    ...CATEGORIES.map((c) => ({ ...none, categories: [c] })),
    ...STATUSES.map((s) => ({ ...none, statuses: [s] })),
    { ...none, zone: '东强', districts: ['370116'], categories: ['transport'], statuses: ['in_operation'] },
    { ...none, hits: new Set(['synthetic-000001', 'synthetic-000006', 'synthetic-009996']) },
  ];

  it.each(cases.map((c, i) => [i, c] as const))('keeps the same items as the panel (case %i)', (_, f) => {
    const compiled = featureFilter(itemFilter(f) as never, 'layers[0].filter');
    let kept = 0;
    for (const feature of features) {
      const item = byId.get(String(feature.properties.id)) as CatalogItem;
      const onMap = compiled.filter({ zoom: 9 } as never, { type: 1, properties: feature.properties } as never);
      if (onMap !== passes(item, f)) throw new Error(`${item.id}: map ${onMap}, panel ${passes(item, f)}`);
      if (onMap) kept++;
    }
    // A case that keeps nothing would agree trivially; the broad ones must keep something.
    if (f.zone === '东强' && f.districts.length > 0) return;
    expect(kept).toBeGreaterThan(0);
  });
});

describe('synthetic generation', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const a = syntheticCatalog(base, 1_000, 7);
    expect(syntheticCatalog(base, 1_000, 7)).toEqual(a);
    expect(syntheticCatalog(base, 1_000, 8).map).not.toEqual(a.map);
    // A prefix does not depend on how many items follow it.
    expect(syntheticCatalog(base, 500, 7).catalog.items).toEqual(a.catalog.items.slice(0, 500));
  });

  it('gives the items milestones that fit their status, so that the timeline has something to show', () => {
    const { items } = syntheticCatalog(base, 2_000).catalog;
    for (const item of items) {
      const [start, opening] = item.milestones;
      expect(start?.stage).toBe('works_start');
      expect(opening?.stage).toBe('opening');
      expect(start?.actual !== null, item.id).toBe(item.status !== 'planned');
      expect(opening?.actual !== null, item.id).toBe(item.status === 'completed' || item.status === 'in_operation');
      if (start?.actual && opening?.actual) expect(start.actual <= opening.actual, item.id).toBe(true);
      for (const m of item.milestones) expect(m.actual === null || m.actual < item.status_as_of).toBe(true);
    }
    // Back at the congress report most had not started; by the review some are done and some behind.
    const early = countProgress(items, '2022-04', base.reviewed);
    const today = countProgress(items, '2026-12', base.reviewed);
    expect(today.done).toBeGreaterThan(early.done);
    expect(early.not_started).toBeGreaterThan(today.not_started);
    expect(today.behind).toBeGreaterThan(0);
    expect(today.unknown).toBe(0);
  });
});

describe('catalog.json', () => {
  it('ships only the search keys the browser cannot make, and the browser makes the rest exactly', () => {
    const shipped = shippedCatalog(base);
    for (const item of shipped.items) expect(Object.keys(item.search).sort()).toEqual(['alt', 'initials', 'pinyin']);
    // What loadCatalog hands to the app is what the build computed.
    expect(withNameKeys(JSON.parse(JSON.stringify(shipped)))).toEqual(base);
  });
});
