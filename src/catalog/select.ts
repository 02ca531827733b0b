import type { StatusesAt } from './atMonth.ts';
import { directionsOf, inDirection } from './directions.ts';
import type { CatalogItem } from './types.ts';
import type { Category, Mode, Status, Zone } from './vocab.ts';

// Which items the current filters keep, and the counts and lengths the panel shows. The map applies
// the same rules as a MapLibre filter expression (src/map/layers/filters.ts); a test checks that the
// two agree item by item. A direction keeps the items whose primary zone it is and those that name it
// in `zones_also`, so an item in two directions counts once under each (see README, "Counts").

export interface Filters {
  zone: Zone | null;
  districts: readonly string[];
  categories: readonly Category[];
  statuses: readonly Status[];
  /** Ids that match the search text; null when there is no search text. */
  hits: ReadonlySet<string> | null;
  /** Each item's status at the month shown (atMonth.ts); without it the status filter reads the item's own status. */
  at?: StatusesAt | null;
  /** Only the items behind schedule at that month (needs `at`). */
  late?: boolean;
}

export type Facet = 'zone' | 'districts' | 'categories' | 'statuses' | 'late';

/** The status a filter compares: the one at the month shown when there is one. */
export function statusOf(item: CatalogItem, f: Pick<Filters, 'at'>): Status | 'unknown' {
  return f.at?.get(item.id)?.status ?? item.status;
}

export function touchesDistricts(item: CatalogItem, districts: readonly string[]): boolean {
  const inside = item.districts?.inside;
  return !!inside && inside.some((d) => districts.includes(d.key));
}

/** True when the item passes every filter, leaving out one facet (for that facet's own counts). */
export function passes(item: CatalogItem, f: Filters, except?: Facet): boolean {
  if (except !== 'zone' && f.zone !== null && !inDirection(item, f.zone)) return false;
  if (except !== 'districts' && f.districts.length > 0 && !touchesDistricts(item, f.districts)) return false;
  if (except !== 'categories' && f.categories.length > 0 && !f.categories.includes(item.category)) return false;
  if (except !== 'statuses' && f.statuses.length > 0 && !f.statuses.includes(statusOf(item, f) as Status)) return false;
  if (except !== 'late' && f.late && !f.at?.get(item.id)?.behind) return false;
  if (f.hits && !f.hits.has(item.id)) return false;
  return true;
}

export function visible(items: readonly CatalogItem[], f: Filters): CatalogItem[] {
  return items.filter((i) => passes(i, f));
}

export interface Counts {
  zones: Map<Zone, number>;
  districts: Map<string, number>;
  categories: Map<Category, number>;
  statuses: Map<Status, number>;
  /** Items behind schedule at the month shown, given the other filters. */
  late: number;
}

const bump = <K>(m: Map<K, number>, k: K) => m.set(k, (m.get(k) ?? 0) + 1);

/**
 * Faceted counts: each facet's numbers say how many items choosing that value would show, given
 * the other filters (so a chosen district still shows the counts of the others). Like the districts,
 * the directions can add up to more than the items kept: an item counts under each of its directions.
 */
export function counts(items: readonly CatalogItem[], f: Filters): Counts {
  const c: Counts = { zones: new Map(), districts: new Map(), categories: new Map(), statuses: new Map(), late: 0 };
  for (const item of items) {
    if (passes(item, f, 'zone')) for (const z of directionsOf(item)) bump(c.zones, z);
    if (passes(item, f, 'categories')) bump(c.categories, item.category);
    if (passes(item, f, 'statuses')) {
      const status = statusOf(item, f);
      if (status !== 'unknown') bump(c.statuses, status);
    }
    if (passes(item, f, 'late') && f.at?.get(item.id)?.behind) c.late++;
    if (passes(item, f, 'districts')) for (const d of item.districts?.inside ?? []) bump(c.districts, d.key);
  }
  return c;
}

/**
 * How many of the given items are in each direction (and 全市): an item counts once under each of its
 * directions, so the numbers can add up to more than the items. The statistics and captions use this.
 */
export function directionCounts(items: readonly CatalogItem[]): Map<Zone, number> {
  const m = new Map<Zone, number>();
  for (const item of items) for (const z of directionsOf(item)) bump(m, z);
  return m;
}

/**
 * The list's groups, in ZONES order. With a direction chosen, its items form one group, those that
 * are in it through `zones_also` included; otherwise each item is listed once, under its primary zone.
 */
export function listGroups(
  items: readonly CatalogItem[],
  chosen: Zone | null,
  order: readonly Zone[],
): [Zone, CatalogItem[]][] {
  return order
    .map((zone): [Zone, CatalogItem[]] => [
      zone,
      items.filter((i) => (chosen === null ? i.zone === zone : zone === chosen && inDirection(i, zone))),
    ])
    .filter(([, group]) => group.length > 0);
}

export type LengthModes = Extract<Mode, 'rail' | 'waterway' | 'road'>;
export const LENGTH_MODES: readonly LengthModes[] = ['rail', 'waterway', 'road'];

/**
 * Kilometres of rail, waterway and road among the given items: inside the chosen districts when
 * there are any, inside Jinan otherwise. The city-wide rail overviews (the 米字形 network, the planned
 * extensions) repeat the individual lines and are left out, so that no kilometre counts twice.
 */
export function lengths(items: readonly CatalogItem[], districts: readonly string[]): Record<LengthModes, number> {
  const out: Record<LengthModes, number> = { rail: 0, waterway: 0, road: 0 };
  for (const item of items) {
    const mode = item.mode;
    if (mode !== 'rail' && mode !== 'waterway' && mode !== 'road') continue;
    if (item.districts?.unit !== 'km' || (mode === 'rail' && item.zone === '全市')) continue;
    for (const d of item.districts.inside)
      if (districts.length === 0 || districts.includes(d.key)) out[mode] += d.amount;
  }
  for (const m of LENGTH_MODES) out[m] = Math.round(out[m] * 10) / 10;
  return out;
}
