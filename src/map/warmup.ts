import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import { loadCatalog } from '../catalog/load';

/**
 * Starts the slow parts of the first view at once and side by side: the catalogue download, the map
 * engine's download and parse, and its worker pool (prewarm). Without this they would run one after
 * the other, as React reaches each of them. Settles once the engine is ready or has failed to load.
 */
export function warmUp(): Promise<void> {
  void loadCatalog().catch(() => {
    // The app reports a failed catalogue itself when it asks for it.
  });
  return import('maplibre-gl').then(
    (maplibre) => {
      maplibre.setWorkerUrl(workerUrl);
      maplibre.prewarm();
    },
    () => {
      // The map reports an engine that failed to load itself, in its own place on the page.
    },
  );
}
