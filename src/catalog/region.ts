import extent from '../../geo/basemap/extent.json' with { type: 'json' };
import type { Bounds } from './types.ts';

// The map's two boxes, each defined once: the basemap script (scripts/geo/build-basemap.mjs) records
// them in geo/basemap/extent.json, and everything else (the catalogue's checks, the deck's, the URL's
// camera, the map, the overview) reads them from here.

/** Jinan's outline bounds (W, S, E, N), derived by the basemap script: what the first view frames. */
export const JINAN_BOUNDS = extent.jinan as Bounds;
/**
 * The region the basemap covers (W, S, E, N): Jinan with its neighbours and the coast at 羊口. An item
 * outside it is a typo or a swapped lon/lat; neither the camera nor a slide may go beyond it.
 */
export const REGION_BOUNDS = extent.region as Bounds;
