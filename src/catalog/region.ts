import extent from '../../geo/basemap/extent.json' with { type: 'json' };
import type { Bounds } from './types.ts';

// The map's two boxes, each defined once, and the one way boxes are joined. The boxes: the basemap script (scripts/geo/build-basemap.mjs) records
// them in geo/basemap/extent.json, and everything else (the catalogue's checks, the deck's, the URL's
// camera, the map, the overview) reads them from here.

/** Jinan's outline bounds (W, S, E, N), derived by the basemap script: what the first view frames. */
export const JINAN_BOUNDS = extent.jinan as Bounds;
/**
 * The region the basemap covers (W, S, E, N): Jinan with its neighbours and the coast at 羊口. An item
 * outside it is a typo or a swapped lon/lat; neither the camera nor a slide may go beyond it.
 */
export const REGION_BOUNDS = extent.region as Bounds;

/** The smallest box around several boxes (W, S, E, N); null for none. */
export function unionBounds(list: readonly Bounds[]): Bounds | null {
  if (list.length === 0) return null;
  return list.reduce<Bounds>(
    (a, b) => [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])],
    [Infinity, Infinity, -Infinity, -Infinity],
  );
}
