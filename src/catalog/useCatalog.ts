import { useEffect, useState } from 'react';
import catalogUrl from '../generated/catalog.json?url';
import detailsUrl from '../generated/details.json?url';
import { withNameKeys } from './shipped';
import { blobUrl, SYNTHETIC, syntheticLabels, syntheticUrls } from './syntheticMode';
import type { Catalog, CatalogItem, ItemDetails, ShippedItem } from './types';

export type CatalogState =
  | { status: 'loading' }
  | { status: 'ready'; catalog: Catalog }
  | { status: 'error'; message: string };

// The catalogue is a separate asset fetched alongside the map's own data, not part of the script:
// the first paint does not wait for it, and it is cached on its own.
let pending: Promise<Catalog> | null = null;

export function loadCatalog(url = catalogUrl): Promise<Catalog> {
  pending ??= fetch(url).then(async (r) => {
    if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
    const shipped = (await r.json()) as Catalog<ShippedItem>;
    if (shipped.version !== 1 || !Array.isArray(shipped.items)) throw new Error(`${url}: not a catalogue of version 1`);
    const data = withNameKeys(shipped);
    return SYNTHETIC > 0 ? synthesise(data) : data;
  });
  return pending;
}

/** Scale tests: the generated catalogue, its map data as blob URLs, and one shared details record. */
async function synthesise(real: Catalog): Promise<Catalog> {
  const { syntheticCatalog, syntheticDetails } = await import('./synthetic.ts');
  const { clusterData, labelPoints } = await import('../map/layers/clusters');
  const out = syntheticCatalog(real, SYNTHETIC);
  syntheticUrls.items = blobUrl(out.map);
  syntheticUrls.clusters = blobUrl(clusterData(out.map));
  syntheticLabels.byId = labelPoints(out.map);
  details = Promise.resolve(syntheticDetails(out.catalog));
  return out.catalog;
}

export function useCatalog(): CatalogState {
  const [state, setState] = useState<CatalogState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    loadCatalog().then(
      (catalog) => live && setState({ status: 'ready', catalog }),
      (e: unknown) => live && setState({ status: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
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
export async function withDetails(items: readonly CatalogItem[]): Promise<(CatalogItem & ItemDetails)[]> {
  const all = await loadDetails();
  return items.flatMap((i) => {
    const d = all[i.id];
    return d ? [{ ...i, ...d }] : [];
  });
}

export type DetailsState =
  | { status: 'loading' }
  | { status: 'ready'; details: ItemDetails }
  | { status: 'error'; message: string };

/** One item's long texts for its card. */
export function useDetails(id: string): DetailsState {
  const [state, setState] = useState<DetailsState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    loadDetails().then(
      (all) => {
        const d = all[id];
        if (!live) return;
        setState(d ? { status: 'ready', details: d } : { status: 'error', message: `no details for ${id}` });
      },
      (e: unknown) => live && setState({ status: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [id]);
  return state;
}
