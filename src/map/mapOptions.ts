import type { MapOptions } from 'maplibre-gl';
import { REGION_BOUNDS } from '../catalog/region.ts';

/**
 * The map's fixed settings, read once when it is created: by the page's first script when it starts the
 * map early (early.ts), and by MapView otherwise. One list, so that a map handed over from the early
 * start is the map MapView would have made.
 */
export const MAP_OPTIONS = {
  maxBounds: REGION_BOUNDS,
  minZoom: 6,
  maxZoom: 15,
  // Labels appear at once: a fade would hold every filter change back by 300 ms before the map is idle.
  fadeDuration: 0,
  dragRotate: false,
  pitchWithRotate: false,
  touchPitch: false,
  attributionControl: false,
  // The style is ours and checked against the style specification by its unit tests (style.test.ts), in
  // every language and state; checking it again in the page took the main thread before the first frame.
  validateStyle: false,
} as const satisfies Partial<MapOptions>;
