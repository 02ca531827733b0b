import type { LayerSpecification, Map as MapLibreMap, SourceSpecification, StyleSpecification } from 'maplibre-gl';

// The early map's first frame can only show the land's colour: the data is cut into tiles by the engine's
// worker, which has cut none by then. Yet the engine draws that frame only once it has compiled every layer
// of its style, on the main thread (20–30 ms for the whole style in CPU profiles of cold loads, against
// 7 ms for the bench's reference page). So the early map starts with the layers that need no data, and
// gets its sources and their layers, in their places, once that first frame is drawn. Keeping the sources
// in the first style, so that the worker could load the data meanwhile, made the first frame no earlier
// and the map settle no sooner (bench/README.md, "The first style without data").

/** The sources held back from the first style, and their layers, each with the layer it goes below. */
export interface LaterPart {
  sources: [string, SourceSpecification][];
  layers: { layer: LayerSpecification; before: string | undefined }[];
}

const drawsData = (layer: LayerSpecification) => 'source' in layer;

/** Splits a style into the part drawn first (no source, no layer that draws one) and the rest. */
export function splitStyle(style: StyleSpecification): { first: StyleSpecification; later: LaterPart } {
  const layers: LaterPart['layers'] = [];
  style.layers.forEach((layer, i) => {
    if (!drawsData(layer)) return;
    // The next layer above it that is in the first style (the held-back layers are added in order).
    const before = style.layers.slice(i + 1).find((l) => !drawsData(l))?.id;
    layers.push({ layer, before });
  });
  return {
    first: { ...style, sources: {}, layers: style.layers.filter((l) => !drawsData(l)) },
    later: { sources: Object.entries(style.sources), layers },
  };
}

/** Adds the held-back sources and layers, each layer where it was in the whole style. Once. */
export function addLater(map: MapLibreMap, later: LaterPart): void {
  if (later.sources.some(([id]) => map.getSource(id))) return;
  for (const [id, source] of later.sources) map.addSource(id, source);
  for (const { layer, before } of later.layers) map.addLayer(layer, before);
}
