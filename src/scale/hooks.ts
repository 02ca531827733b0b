import type { Catalog, ItemDetails } from '../catalog/types';
import { blobUrl, SYNTHETIC, syntheticLabels, syntheticUrls } from './mode';

// Large mode (the 10,000-item scale tests) as the rest of the app sees it at run time: whether it is on,
// the generated catalogue, its data URLs, the search results' labels. No React: the page's first script
// (src/catalog/load.ts) imports it. The style's side is ./style.ts; nothing outside src/scale imports any
// other file of this folder.

export { HIT_LABEL_SOURCE, LATE_ITEM_SOURCE, MAX_HIT_LABELS } from './clusters';
export { showHitLabels } from './hitLabels';
export { SYNTHETIC, SYNTHETIC_KEY, syntheticUrls } from './mode';

/**
 * The generated catalogue in place of `real` when the page asked for one (`?synthetic=N`), with its map
 * data as blob URLs and one shared details record (handed to `setDetails`); else `real`. The generator is
 * a chunk of its own, fetched only then; the production build drops the call (see mode.ts).
 */
export async function synthesise(
  real: Catalog,
  setDetails: (details: Record<string, ItemDetails>) => void,
): Promise<Catalog> {
  if (import.meta.env.MODE !== 'test' && !import.meta.env.DEV) return real;
  if (SYNTHETIC === 0) return real;
  const { syntheticCatalog, syntheticDetails } = await import('./synthetic.ts');
  const { clusterData, labelPoints } = await import('./clusters');
  const out = syntheticCatalog(real, SYNTHETIC);
  syntheticUrls.items = blobUrl(out.map);
  syntheticUrls.clusters = blobUrl(clusterData(out.map));
  syntheticLabels.byId = labelPoints(out.map);
  setDetails(syntheticDetails(out.catalog));
  return out.catalog;
}
