import { useEffect, useState } from 'react';
import { activeEdits, detailsWithEdits } from '../sheet/activeEdits';
import { loadCatalog, loadDetails, loadedCatalog } from './load';
import type { Catalog, ItemDetails } from './types';

export type CatalogState =
  | { status: 'loading' }
  | { status: 'ready'; catalog: Catalog }
  | { status: 'error'; message: string };

export function useCatalog(): CatalogState {
  // Usually the catalogue has arrived before React first renders (src/main.tsx): show it at once.
  const [state, setState] = useState<CatalogState>(() => {
    const catalog = loadedCatalog();
    return catalog ? { status: 'ready', catalog } : { status: 'loading' };
  });
  const ready = state.status === 'ready';
  useEffect(() => {
    if (ready) return;
    let live = true;
    loadCatalog().then(
      (catalog) => live && setState({ status: 'ready', catalog }),
      (e: unknown) => live && setState({ status: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [ready]);
  return state;
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
        // Edits from a plan workbook kept on this device (sheet/localEdits.ts, sheet/activeEdits.ts) show in the card too.
        setState(
          d
            ? { status: 'ready', details: detailsWithEdits(id, d, activeEdits()) }
            : { status: 'error', message: `no details for ${id}` },
        );
      },
      (e: unknown) => live && setState({ status: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [id]);
  return state;
}
