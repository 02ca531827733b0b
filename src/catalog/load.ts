import catalogUrl from '../generated/catalog.json?url';
import detailsUrl from '../generated/details.json?url';
import { synthesise } from '../scale/hooks';
import { activeEdits, detailsWithEdits } from '../sheet/activeEdits';
import { withNameKeys } from './shipped';
import type { Catalog, CatalogItem, DetailedItem, ItemDetails, ShippedItem } from './types';

// Kept apart from the hooks in useCatalog.ts: the page's first script starts these downloads before
// React has even been fetched, so this file must not import it.

// The catalogue is a separate asset fetched alongside the map's own data, not part of the script:
// the first paint does not wait for it, and it is cached on its own.
let pending: Promise<Catalog> | null = null;
let loaded: Catalog | null = null;

/** The catalogue if it has arrived already, so that the first render can show it. */
export const loadedCatalog = (): Catalog | null => loaded;

/** Downloads started ahead of loadCatalog(), by URL. */
const prefetched = new Map<string, Promise<Response>>();

/**
 * Starts the catalogue's download without reading it: the page's first script does this, so that the file
 * arrives while the map starts, and is read (parsed, its search keys made: 10–20 ms of main thread) only
 * once loadCatalog() is called, after the map's first frame.
 */
export function prefetchCatalog(url = catalogUrl): void {
  if (pending || prefetched.has(url)) return;
  const response = fetch(url);
  // A failed download is reported by loadCatalog(), to whoever asks for the catalogue.
  response.catch(() => {});
  prefetched.set(url, response);
}

export function loadCatalog(url = catalogUrl): Promise<Catalog> {
  pending ??= read(url);
  return pending;
}

function read(url: string): Promise<Catalog> {
  const response = prefetched.get(url) ?? fetch(url);
  prefetched.delete(url);
  return response.then(async (r) => {
    if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
    const shipped = (await r.json()) as Catalog<ShippedItem>;
    if (shipped.version !== 1 || !Array.isArray(shipped.items)) throw new Error(`${url}: not a catalogue of version 1`);
    const data = withNameKeys(shipped);
    loaded = await synthesise(data, (d) => {
      details = Promise.resolve(d);
    });
    return loaded;
  });
}

let details: Promise<Record<string, ItemDetails>> | null = null;

/** The items' long texts (summaries, sources, site notes, the report's words), fetched once on first need. */
export function loadDetails(url = detailsUrl): Promise<Record<string, ItemDetails>> {
  details ??= fetch(url).then(async (r) => {
    if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
    return (await r.json()) as Record<string, ItemDetails>;
  });
  // A failed fetch may succeed later (a flaky intranet): do not keep the rejection.
  details.catch(() => {
    details = null;
  });
  return details;
}

/** The items with their long texts, for an export. */
export async function withDetails(items: readonly CatalogItem[]): Promise<DetailedItem[]> {
  const all = await loadDetails();
  return items.flatMap((i) => {
    const d = all[i.id];
    // Details carry the milestones and history with their sources (a synthetic item's own have them).
    return d ? [{ ...i, ...detailsWithEdits(i.id, d, activeEdits()) } as DetailedItem] : [];
  });
}
