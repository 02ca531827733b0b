import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { realCatalog } from '../../../scripts/test/realCatalog.ts';
import { statusesAt } from '../../catalog/atMonth.ts';
import { type Filters, passes } from '../../catalog/select.ts';
import { CATEGORIES, STATUSES, ZONES } from '../../catalog/vocab.ts';
import { itemFilter } from './filters.ts';

// The map's filter expression and the panel's predicate must keep exactly the same items, or the
// list would say one thing and the map another.

const out = realCatalog();
const features = (out.map.features as { properties: Record<string, unknown> }[]).filter((f) => !f.properties.label);
const byId = new Map(out.catalog.items.map((i) => [i.id, i]));
const none: Filters = { zone: null, districts: [], categories: [], statuses: [], hits: null };

const cases: Filters[] = [
  none,
  ...ZONES.map((zone) => ({ ...none, zone })),
  ...out.catalog.districts.map((d) => ({ ...none, districts: [d.adcode] })),
  { ...none, districts: ['370114', '370112'] },
  ...CATEGORIES.map((c) => ({ ...none, categories: [c] })),
  ...STATUSES.map((s) => ({ ...none, statuses: [s] })),
  { ...none, zone: '东强', districts: ['370116'], categories: ['transport'], statuses: ['in_operation'] },
  { ...none, hits: new Set(['hsr-jinan-laiwu', 'daming-lake']) },
  // At a month: the status filter and the behind-schedule filter read each item's status then.
  ...['2022-06', '2024-01', '2030-12'].flatMap((month): Filters[] => {
    const at = statusesAt(out.catalog.items, month, out.catalog.reviewed);
    return [
      ...STATUSES.map((s) => ({ ...none, statuses: [s], at })),
      { ...none, late: true, at },
      { ...none, zone: '东强', statuses: ['under_construction', 'planned'], late: true, at },
    ];
  }),
];

describe('map filter expression', () => {
  it.each(cases.map((c, i) => [i, c] as const))('keeps the same items as the panel (case %i)', (_, f) => {
    const compiled = featureFilter(itemFilter(f) as never, 'layers[0].filter');
    for (const feature of features) {
      const item = byId.get(String(feature.properties.id));
      if (!item) throw new Error(`map feature ${feature.properties.id} has no catalogue item`);
      const onMap = compiled.filter({ zoom: 9 } as never, { type: 1, properties: feature.properties } as never);
      expect(onMap, `${item.id} ${JSON.stringify(itemFilter(f))}`).toBe(passes(item, f));
    }
  });

  it('keeps the airport under 东强 and 北起 (its zones_also), and the 鹊华 corridor under 中优 and 北起', () => {
    const kept = (zone: Filters['zone']) => {
      const compiled = featureFilter(itemFilter({ ...none, zone }) as never, 'layers[0].filter');
      return features
        .filter((f) => compiled.filter({ zoom: 9 } as never, { type: 1, properties: f.properties } as never))
        .map((f) => f.properties.id);
    };
    expect(features.find((f) => f.properties.id === 'airport-phase2')?.properties.zones).toBe('北起,东强');
    expect(kept('东强')).toEqual(expect.arrayContaining(['airport-phase2', 'airport-t2', 'station-jinan-east']));
    expect(kept('北起')).toEqual(expect.arrayContaining(['airport-phase2', 'que-hua-view-corridor']));
    expect(kept('中优')).toContain('que-hua-view-corridor');
    expect(kept('中优')).not.toContain('airport-phase2');
    expect(kept('西兴')).not.toContain('airport-phase2');
  });

  it('chooses 章丘区 on the map: the Jinan–Laiwu line and 城子崖 stay, the west station goes', () => {
    const compiled = featureFilter(itemFilter({ ...none, districts: ['370114'] }) as never, 'layers[0].filter');
    const kept = features
      .filter((f) => compiled.filter({ zoom: 9 } as never, { type: 1, properties: f.properties } as never))
      .map((f) => f.properties.id);
    expect(kept).toContain('hsr-jinan-laiwu');
    expect(kept).toContain('longshan-culture-chengziya');
    expect(kept).not.toContain('station-jinan-west');
  });
});
