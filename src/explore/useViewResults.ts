import { useMemo } from 'react';
import { type StatusesAt, shownMonth, statusesAt } from '../catalog/atMonth';
import { type Hit, type Searchable, search } from '../catalog/search';
import { type Counts, counts, type Filters, lengths, visible } from '../catalog/select';
import type { Catalog, CatalogItem } from '../catalog/types';
import type { ViewState } from '../state/types';

/** What the view's filters and search keep of the catalogue, with the panel's counts and kilometres. */
export interface ViewResults {
  filters: Filters;
  /** The items the filters keep: search results by relevance when searching, else catalogue order. */
  items: CatalogItem[];
  counts: Counts;
  lengths: ReturnType<typeof lengths>;
  byId: Map<string, CatalogItem>;
  hits: Hit[] | null;
  /** The month shown (the view's asof, or the review month) and every item's status then. */
  month: string;
  at: StatusesAt;
}

const SEARCH_LIMIT = 50;

/** Everything the panel and the map derive from the catalogue and the view; recomputed only when they change. */
export function useViewResults(catalog: Catalog, view: ViewState): ViewResults {
  const searchables = useMemo<Searchable[]>(() => catalog.items.map((i) => ({ id: i.id, keys: i.search })), [catalog]);
  const byId = useMemo(() => new Map(catalog.items.map((i) => [i.id, i])), [catalog]);
  const hits = useMemo(() => (view.q.trim() ? search(view.q, searchables, SEARCH_LIMIT) : null), [view.q, searchables]);
  const month = shownMonth(view.asof, catalog.reviewed);
  const at = useMemo(() => statusesAt(catalog.items, month, catalog.reviewed), [catalog, month]);
  return useMemo(() => {
    const filters: Filters = {
      zone: view.zone,
      districts: view.districts,
      categories: view.categories,
      statuses: view.statuses,
      hits: hits ? new Set(hits.map((h) => h.id)) : null,
      at,
      late: view.late,
    };
    const kept = visible(catalog.items, filters);
    if (hits) {
      const rank = new Map(hits.map((h, i) => [h.id, i]));
      kept.sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
    }
    return {
      filters,
      items: kept,
      counts: counts(catalog.items, filters),
      lengths: lengths(kept, view.districts),
      byId,
      hits,
      month,
      at,
    };
  }, [catalog, view.zone, view.districts, view.categories, view.statuses, view.late, hits, byId, month, at]);
}
