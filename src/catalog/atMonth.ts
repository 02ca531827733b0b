import { type ItemAt, monthOf, type ProgressCounts, statusAt, tallyProgress, type YearMonth } from './timeline.ts';
import type { CatalogItem } from './types.ts';

// The whole catalogue at one month: what the list, the cards, the statistics, the filters and the map
// read, computed once per month (the slider's step), not once per reader.

/** Each item's status at a month, by id. */
export type StatusesAt = ReadonlyMap<string, ItemAt>;

/** The month a view shows: its `asof`, or the review month when it has none (today). */
export function shownMonth(asof: string | null, reviewed: string): YearMonth {
  return asof ?? monthOf(reviewed);
}

/** The URL's value for a month: null for the review month, which is what a link without `asof` shows. */
export function asofFor(month: YearMonth, reviewed: string): string | null {
  return month === monthOf(reviewed) ? null : month;
}

export function statusesAt(items: readonly CatalogItem[], month: YearMonth, reviewed: string): StatusesAt {
  const out = new Map<string, ItemAt>();
  for (const item of items) out.set(item.id, statusAt(item, month, reviewed));
  return out;
}

/**
 * Progress at the month, per group (a direction, a district): each item counts under every group it
 * belongs to. The counts are countProgress's, from the statuses the view already holds.
 */
export function progressBy<K>(
  items: readonly CatalogItem[],
  groupsOf: (item: CatalogItem) => Iterable<K>,
  at: StatusesAt,
): Map<K, ProgressCounts> {
  const members = new Map<K, ItemAt[]>();
  for (const item of items) {
    const a = at.get(item.id);
    if (!a) continue;
    for (const k of groupsOf(item)) {
      const list = members.get(k);
      if (list) list.push(a);
      else members.set(k, [a]);
    }
  }
  return new Map([...members].map(([k, list]) => [k, tallyProgress(list)]));
}
