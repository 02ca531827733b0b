import type { Map as MapLibreMap } from 'maplibre-gl';

export { TILE_ZOOM } from './tileZoom';

// The data is small (the whole city in a few hundred KB), so the map cuts its tiles once, at zoom 8,
// and draws every closer view from those same tiles, scaled, instead of cutting and laying out new
// tiles at each zoom level. Zoom 8 shows the whole city at the usual screen sizes, so once the first
// view is drawn, framing a zone, a district or an item needs no new tile at all: the camera moves and
// the next frame is complete: one frame instead of tiles cut, laid out and drawn over several
// (figures: bench/README.md).
// The cost is precision: a zoom-8 tile has 8192 units across 1.4° of longitude, about 15 m, which is
// 1 px at zoom 12 and 4 px at the map's closest zoom (15). The sources are not simplified further
// (tolerance 0): the files in geo/ are simplified already.

/** The sources of each map already seen to, by id. */
const done = new WeakMap<MapLibreMap, Set<string>>();

interface TiledSource {
  type: string;
  maxzoom: number;
  reparseOverscaled?: boolean;
}

/**
 * MapLibre re-cuts a GeoJSON source's tiles for every zoom level past its maxzoom unless the source
 * says otherwise (`reparseOverscaled`, a public property of a source that the style cannot set). Every
 * GeoJSON source of the style draws closer views from its maxzoom tiles, except one with a layer that
 * starts closer than that maxzoom: a tile only holds the layers visible at its own zoom. Called on
 * every style event; each source is seen to by the first one after it has been added with its layers
 * (the early map adds both of its sources after its first frame: src/map/firstStyle.ts).
 */
export function reuseTiles(map: MapLibreMap): void {
  const seen = done.get(map) ?? new Set<string>();
  done.set(map, seen);
  const late = new Set<string>();
  const used = new Set<string>();
  for (const id of map.getLayersOrder()) {
    const layer = map.getLayer(id);
    if (!layer || !('source' in layer) || typeof layer.source !== 'string') continue;
    used.add(layer.source);
    const source = map.getSource(layer.source) as TiledSource | undefined;
    if (source && (layer.minzoom ?? 0) > source.maxzoom) late.add(layer.source);
  }
  for (const id of used) {
    const source = map.getSource(id) as TiledSource | undefined;
    if (!source || seen.has(id)) continue;
    seen.add(id);
    if (source.type === 'geojson' && !late.has(id)) source.reparseOverscaled = false;
  }
}
