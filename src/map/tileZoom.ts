/** The zoom at which the map's GeoJSON sources are tiled; closer views reuse these tiles (see tiles.ts). */
export const TILE_ZOOM = 8;

/**
 * Where sizes that follow the zoom reach their full value. Closer views draw the zoom-8 tiles scaled,
 * and MapLibre evaluates a size that depends on the zoom for a tile at the tile's zoom and one above:
 * past that it stays (text is even capped there, the size its collision boxes were made for). So
 * widths, radii and text sizes grow from the city view up to a district's view and then stay.
 */
export const FULL_SIZE_ZOOM = TILE_ZOOM + 1;

/**
 * How far, in pixels of a 512-pixel tile, each tile reaches past its edges. MapLibre's default (128)
 * makes every tile carry a quarter of each neighbour: 2.25 times its own area to cut, lay out and
 * draw. The lines here are a few pixels wide and the tiles are drawn scaled up, so 32 is ample; only
 * the phase of a dashed line at a tile's edge differs. What it saved: bench/README.md.
 */
export const TILE_BUFFER = 32;
