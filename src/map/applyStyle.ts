import type { LayerSpecification, Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';

type Props = Record<string, unknown>;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Brings the map from one of our styles to the next by layer filters, paint and layout properties
 * only. MapLibre's own style diff compares against the loaded style, in which every GeoJSON source
 * holds its data rather than its URL, so it would re-send every source's data on each change; here
 * the sources never change, and a filter or colour change costs what it should.
 */
export function applyStyleChanges(map: MapLibreMap, prev: StyleSpecification, next: StyleSpecification): void {
  const before = new Map(prev.layers.map((l) => [l.id, l]));
  for (const layer of next.layers) {
    const old = before.get(layer.id);
    if (!old || !map.getLayer(layer.id)) continue;
    applyLayer(map, old, layer);
  }
}

function applyLayer(map: MapLibreMap, old: LayerSpecification, next: LayerSpecification): void {
  const id = next.id;
  const filter = (l: LayerSpecification) => ('filter' in l ? l.filter : undefined);
  if (!same(filter(old), filter(next))) map.setFilter(id, filter(next) ?? null);
  const oldPaint = (old.paint ?? {}) as Props;
  const nextPaint = (next.paint ?? {}) as Props;
  for (const key of new Set([...Object.keys(oldPaint), ...Object.keys(nextPaint)])) {
    if (!same(oldPaint[key], nextPaint[key])) map.setPaintProperty(id, key as never, nextPaint[key] as never);
  }
  const oldLayout = ((old as { layout?: Props }).layout ?? {}) as Props;
  const nextLayout = ((next as { layout?: Props }).layout ?? {}) as Props;
  for (const key of new Set([...Object.keys(oldLayout), ...Object.keys(nextLayout)])) {
    if (!same(oldLayout[key], nextLayout[key])) map.setLayoutProperty(id, key as never, nextLayout[key] as never);
  }
  if (old.minzoom !== next.minzoom || old.maxzoom !== next.maxzoom) {
    map.setLayerZoomRange(id, next.minzoom ?? 0, next.maxzoom ?? 24);
  }
}
