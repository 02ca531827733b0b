import type { Map as MapLibreMap } from 'maplibre-gl';
import { SOURCES } from './style';

import { TILE_ZOOM } from './tileZoom';

export { TILE_ZOOM };

// The data is small (the whole city in a few hundred KB), so the map cuts its tiles once, at zoom 8,
// and draws every closer view from those same tiles, scaled, instead of cutting and laying out new
// tiles at each zoom level. Zoom 8 shows the whole city at the usual screen sizes, so once the first
// view is drawn, framing a zone, a district or an item needs no new tile at all: the camera moves and
// the next frame is complete. With software WebGL that turned a framing choice from about 250 ms
// (tiles cut, laid out, drawn in several frames) into one frame.
// The cost is precision: a zoom-8 tile has 8192 units across 1.4° of longitude, about 15 m, which is
// 1 px at zoom 12 and 4 px at the map's closest zoom (15). The sources are not simplified further
// (tolerance 0): the files in geo/ are simplified already.

const done = new WeakSet<MapLibreMap>();

/**
 * MapLibre re-cuts a GeoJSON source's tiles for every zoom level past its maxzoom unless the source
 * says otherwise (`reparseOverscaled`, a public property of a source that the style cannot set).
 * A source with a layer that starts closer than TILE_ZOOM (the clustered scale test's points) keeps
 * re-cutting: a tile only holds the layers visible at its own zoom. Called on every style event; the
 * first one with the sources in place does the work.
 */
export function reuseTiles(map: MapLibreMap): void {
  if (done.has(map)) return;
  const sources = SOURCES.map((id) => map.getSource(id) as { reparseOverscaled?: boolean } | undefined);
  if (sources.some((s) => !s)) return;
  const late = new Set<string>();
  for (const id of map.getLayersOrder()) {
    const layer = map.getLayer(id);
    if (layer && 'source' in layer && typeof layer.source === 'string' && (layer.minzoom ?? 0) > TILE_ZOOM)
      late.add(layer.source);
  }
  SOURCES.forEach((id, i) => {
    const source = sources[i];
    if (source && !late.has(id)) source.reparseOverscaled = false;
  });
  done.add(map);
}
