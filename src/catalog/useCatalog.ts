import { useEffect, useState } from 'react';
import catalogUrl from '../generated/catalog.json?url';
import type { Catalog } from './types';

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
    const data = (await r.json()) as Catalog;
    if (data.version !== 1 || !Array.isArray(data.items)) throw new Error(`${url}: not a catalogue of version 1`);
    return data;
  });
  return pending;
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
