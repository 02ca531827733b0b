import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import { loadCatalog, prefetchCatalog } from '../catalog/load';
import { hasWebGL2 } from './webgl';

/**
 * Starts the slow parts of the first view at once and side by side: the catalogue download, the map
 * engine's evaluation, and for a link that shows the whole plan the map itself (early.ts); for any other
 * link, the engine's worker pool (prewarm), which the explorer's map will use. Without this they would run
 * one after the other, as React reaches each of them. Settles once the engine is ready or has failed to
 * load, and an early map has drawn its first frame.
 */
export function warmUp(): Promise<void> {
  // Downloaded now, read once the map has started: the same thread makes the map.
  prefetchCatalog();
  const readCatalog = () =>
    void loadCatalog().catch(() => {
      // The app reports a failed catalogue itself when it asks for it.
    });
  return Promise.all([import('maplibre-gl'), import('./early')]).then(
    async ([maplibre, early]) => {
      maplibre.setWorkerUrl(workerUrl);
      // An early map starts its workers itself. Without one, start them while React loads, unless the
      // browser has no WebGL2 and no map will be made.
      const madeMap = await early.startEarly(maplibre);
      readCatalog();
      if (!madeMap && hasWebGL2()) maplibre.prewarm();
    },
    () => {
      readCatalog();
      // The map reports an engine that failed to load itself, in its own place on the page.
    },
  );
}
