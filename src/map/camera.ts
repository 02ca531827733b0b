import type { Map as MapLibreMap, MapOptions, PaddingOptions } from 'maplibre-gl';
import { JINAN_BOUNDS } from '../catalog/region.ts';
import type { Bounds } from '../catalog/types';
import { interfaceScale, isPhone, legendStartsOpen } from '../layout';
import type { Camera } from '../state/types';

/** Frames the bounds; a point (or a tiny site) gets a sensible zoom rather than the closest one. */
export function fitTo(map: MapLibreMap, bounds: Bounds, padding: PaddingOptions, maxZoom = 13): void {
  const [w, s, e, n] = bounds;
  map.fitBounds(
    [
      [w, s],
      [e, n],
    ],
    { padding, maxZoom, duration: window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : 600 },
  );
}

/**
 * Room to leave around a framed area: the legend sits bottom-left on wide screens, the project
 * card on the right (a bottom sheet on phones).
 */
export function framePadding(cardOpen: boolean): PaddingOptions {
  const w = window.innerWidth;
  const phone = isPhone();
  return {
    top: 48,
    bottom: cardOpen && phone ? window.innerHeight * 0.45 : 48,
    // Beside the open legend (which is enlarged with the rest of the interface on 4K screens).
    left: legendStartsOpen() && w > 1200 ? 430 * interfaceScale() : 48,
    right: cardOpen && !phone ? Math.min(440, w * 0.35) : 48,
  };
}

/** Where the map starts: a link's camera, or Jinan framed beside the legend (react-map-gl's initialViewState). */
export type StartCamera =
  | { longitude: number; latitude: number; zoom: number }
  | { bounds: Bounds; fitBoundsOptions: { padding: PaddingOptions } };

export function startCamera(camera: Camera | null): StartCamera {
  return camera
    ? { longitude: camera.lng, latitude: camera.lat, zoom: camera.zoom }
    : { bounds: JINAN_BOUNDS, fitBoundsOptions: { padding: framePadding(false) } };
}

/** The same start in the engine's own options, for a map made without react-map-gl. */
export function startOptions(start: StartCamera): Pick<MapOptions, 'center' | 'zoom' | 'bounds' | 'fitBoundsOptions'> {
  return 'bounds' in start ? start : { center: [start.longitude, start.latitude], zoom: start.zoom };
}
