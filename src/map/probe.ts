import type { Map as MapLibreMap } from 'maplibre-gl';

// A read-only handle for the browser tests and the benchmark: they query rendered features and
// wait for `idle` on the real map. It exposes nothing that the page's own script could not reach.
export interface MapProbe {
  map: MapLibreMap | null;
  idleCount: number;
}

declare global {
  interface Window {
    __blueprint?: MapProbe;
  }
}

export function attachProbe(map: MapLibreMap): void {
  const probe: MapProbe = { map, idleCount: 0 };
  window.__blueprint = probe;
  map.on('idle', () => {
    probe.idleCount += 1;
  });
}
