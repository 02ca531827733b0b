import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import { loadCatalog } from '../catalog/load';

/**
 * Starts the slow parts of the first view at once and side by side: the catalogue download, the map
 * engine's download and parse, its worker pool (prewarm), and for a link that shows the whole plan the
 * map itself (early.ts). Without this they would run one after the other, as React reaches each of
 * them. Settles once the engine is ready or has failed to load, and an early map has drawn its first frame.
 */
export function warmUp(): Promise<void> {
  void loadCatalog().catch(() => {
    // The app reports a failed catalogue itself when it asks for it.
  });
  return Promise.all([import('maplibre-gl'), import('./early')]).then(
    ([maplibre, early]) => {
      maplibre.setWorkerUrl(workerUrl);
      maplibre.prewarm();
      return early.startEarly(maplibre);
    },
    () => {
      // The map reports an engine that failed to load itself, in its own place on the page.
    },
  );
}
