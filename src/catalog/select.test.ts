import { describe, expect, it } from 'vitest';
import { realCatalog } from '../../scripts/test/realCatalog.ts';
import { statusesAt } from './atMonth.ts';
import { counts, directionCounts, type Filters, lengths, listGroups, passes, visible } from './select.ts';
import { ZONES } from './vocab.ts';

const { catalog } = realCatalog();
const none: Filters = { zone: null, districts: [], categories: [], statuses: [], hits: null };
const ids = (f: Filters) => visible(catalog.items, f).map((i) => i.id);

describe('filters', () => {
  it('keep everything when nothing is chosen', () => {
    expect(ids(none)).toHaveLength(catalog.items.length);
  });

  it('keep the items that touch any chosen district, and drop city-wide items', () => {
    const zq = ids({ ...none, districts: ['370114'] });
    expect(zq).toEqual(expect.arrayContaining(['hsr-jinan-laiwu', 'longshan-culture-chengziya']));
    expect(zq).not.toContain('station-jinan-west');
    expect(zq).not.toContain('carbon-peak-action');
    const both = ids({ ...none, districts: ['370114', '370104'] });
    expect(both).toEqual(expect.arrayContaining(['longshan-culture-chengziya', 'station-jinan-west']));
  });

  it('combine facets with AND and values within a facet with OR', () => {
    const f: Filters = { ...none, categories: ['transport', 'culture'], statuses: ['under_construction'] };
    const kept = visible(catalog.items, f);
    expect(kept.length).toBeGreaterThan(0);
    for (const i of kept) {
      expect(['transport', 'culture']).toContain(i.category);
      expect(i.status).toBe('under_construction');
    }
    expect(ids({ ...f, zone: '北起' }).every((id) => kept.some((k) => k.id === id))).toBe(true);
  });

  it('follow the search hits', () => {
    expect(ids({ ...none, hits: new Set(['daming-lake', 'no-such-item']) })).toEqual(['daming-lake']);
  });
});

describe('items in more than one direction (zones_also)', () => {
  const item = (id: string) => {
    const i = catalog.items.find((x) => x.id === id);
    if (!i) throw new Error(`no item ${id}`);
    return i;
  };

  it('are kept under their primary zone and under each other direction', () => {
    expect(item('airport-phase2')).toMatchObject({ zone: '北起', zones_also: ['东强'] });
    expect(ids({ ...none, zone: '北起' })).toContain('airport-phase2');
    expect(ids({ ...none, zone: '东强' })).toContain('airport-phase2');
    expect(ids({ ...none, zone: '西兴' })).not.toContain('airport-phase2');
    expect(item('que-hua-view-corridor')).toMatchObject({ zone: '中优', zones_also: ['北起'] });
    expect(ids({ ...none, zone: '中优' })).toContain('que-hua-view-corridor');
    expect(ids({ ...none, zone: '北起' })).toContain('que-hua-view-corridor');
    expect(ids({ ...none, zone: '东强' })).toContain('station-jinan-east');
  });

  it('count once under each direction, and once in the total', () => {
    const airport = catalog.items.filter((i) => i.id.startsWith('airport-'));
    expect(airport.length).toBeGreaterThan(1);
    const c = directionCounts(airport);
    expect(c.get('北起')).toBe(airport.length);
    expect(c.get('东强')).toBe(airport.length);
    expect(c.get('中优')).toBeUndefined();
    // For the whole catalogue: each direction's count is what choosing it keeps.
    const all = directionCounts(catalog.items);
    for (const zone of ZONES) expect(all.get(zone) ?? 0, zone).toBe(ids({ ...none, zone }).length);
  });

  it('are listed once under the primary zone, or in the chosen direction’s one group', () => {
    const all = listGroups(catalog.items, null, ZONES);
    expect(all.flatMap(([, g]) => g)).toHaveLength(catalog.items.length);
    expect(all.find(([z]) => z === '北起')?.[1].map((i) => i.id)).toContain('airport-phase2');
    expect(all.find(([z]) => z === '东强')?.[1].map((i) => i.id)).not.toContain('airport-phase2');
    const east = visible(catalog.items, { ...none, zone: '东强' });
    const groups = listGroups(east, '东强', ZONES);
    expect(groups.map(([z]) => z)).toEqual(['东强']);
    expect(groups[0]?.[1].map((i) => i.id)).toEqual(east.map((i) => i.id));
    expect(groups[0]?.[1].map((i) => i.id)).toContain('airport-phase2');
  });
});

describe('faceted counts', () => {
  it('count each value as if it alone were chosen in its facet', () => {
    const f: Filters = { ...none, districts: ['370114'] };
    const c = counts(catalog.items, f);
    // The district count ignores the district filter itself: 章丘区's number is what choosing it shows.
    expect(c.districts.get('370114')).toBe(ids(f).length);
    expect(c.districts.get('370104')).toBe(ids({ ...none, districts: ['370104'] }).length);
    // Each zone's count is what choosing it shows; an item in two directions counts under both, so the
    // zone counts add up to the items kept plus one for each extra direction.
    const extra = visible(catalog.items, f).reduce((n, i) => n + i.zones_also.length, 0);
    expect([...c.zones.values()].reduce((a, b) => a + b, 0)).toBe(ids(f).length + extra);
    for (const [zone, n] of c.zones) expect(n).toBe(ids({ ...f, zone }).length);
  });

  it('agree with passes() leaving one facet out', () => {
    const f: Filters = { ...none, zone: '东强', statuses: ['in_operation'] };
    const c = counts(catalog.items, f);
    const expected = catalog.items.filter((i) => passes(i, f, 'categories') && i.category === 'transport').length;
    expect(c.categories.get('transport') ?? 0).toBe(expected);
  });
});

describe('line lengths', () => {
  it('sum rail, waterway and road inside the chosen districts', () => {
    const zq = visible(catalog.items, { ...none, districts: ['370114'] });
    const km = lengths(zq, ['370114']);
    const laiwu = catalog.items.find((i) => i.id === 'hsr-jinan-laiwu');
    const inZq = laiwu?.districts?.inside.find((d) => d.key === '370114')?.amount ?? 0;
    expect(km.rail).toBeGreaterThanOrEqual(inZq);
    expect(km.waterway).toBeGreaterThan(0); // the Xiaoqing River crosses 章丘区
    // Inside one district there cannot be more kilometres than inside the whole city.
    const all = lengths(catalog.items, []);
    expect(all.rail).toBeGreaterThan(km.rail);
  });

  it('count no kilometre twice: the city-wide rail overview is left out', () => {
    const overview = catalog.items.filter((i) => i.mode === 'rail' && i.zone === '全市');
    expect(overview.length).toBeGreaterThan(0);
    expect(lengths(overview, [])).toEqual({ rail: 0, waterway: 0, road: 0 });
  });
});

describe('filters at a month', () => {
  const HSR = 'hsr-jinan-laiwu';
  const at = (month: string) => statusesAt(catalog.items, month, catalog.reviewed);

  it('filters by the status at the month shown, not the item’s own', () => {
    const building = { ...none, statuses: ['under_construction' as const] };
    expect(ids({ ...building, at: at('2022-06') })).toContain(HSR);
    expect(ids({ ...building, at: at('2023-06') })).not.toContain(HSR);
    expect(ids({ ...none, statuses: ['in_operation'], at: at('2023-06') })).toContain(HSR);
    // The counts on the status buttons follow the month too.
    const early = counts(catalog.items, { ...none, at: at('2022-06') }).statuses;
    const later = counts(catalog.items, { ...none, at: at('2023-06') }).statuses;
    expect((later.get('in_operation') ?? 0) - (early.get('in_operation') ?? 0)).toBeGreaterThanOrEqual(1);
  });

  it('keeps only the items behind schedule at the month, and counts them', () => {
    const month = at('2026-12');
    const behind = [...month].filter(([, a]) => a.behind).map(([id]) => id);
    expect(ids({ ...none, late: true, at: month }).sort()).toEqual(behind.sort());
    expect(counts(catalog.items, { ...none, late: true, at: month }).late).toBe(behind.length);
    // Without the statuses at a month, nothing is known to be behind.
    expect(ids({ ...none, late: true })).toEqual([]);
  });
});
