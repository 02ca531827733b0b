import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import {
  CLUSTER_SOURCE,
  clusterLayers,
  clusterSource,
  HIT_LABEL_SOURCE,
  hitLabelSource,
  LATE_ITEM_SOURCE,
  lateIndexLayer,
  lateItemSource,
  SYNTHETIC_POINT_MINZOOM,
} from './clusters';

// Large mode's part of the map style (src/map/style.ts calls it); the run-time side is ./hooks.ts.

export { CLUSTER_SOURCE, HIT_LABEL_SOURCE, LATE_ITEM_SOURCE };

export interface ItemLayers {
  shapes: LayerSpecification[];
  labels: LayerSpecification[];
}

/**
 * Adds a clustered copy of the points (`clusterUrl`), drawn below zoom 11, where the individual points
 * and labels start from a late source of their own, and the search results' label source. Changes
 * `sources` and `items` in place.
 */
export function addLargeMode(
  sources: StyleSpecification['sources'],
  items: ItemLayers,
  clusterUrl: string,
  itemsUrl: string,
  promoteId: string,
  searching: boolean,
): void {
  sources[CLUSTER_SOURCE] = clusterSource(clusterUrl);
  sources[LATE_ITEM_SOURCE] = lateItemSource(itemsUrl, promoteId);
  const late = (l: LayerSpecification): LayerSpecification =>
    ({ ...l, source: LATE_ITEM_SOURCE, minzoom: SYNTHETIC_POINT_MINZOOM }) as LayerSpecification;
  items.shapes = [
    ...items.shapes.map((l) => (l.id === 'item-point' ? late(l) : l)),
    ...clusterLayers(),
    lateIndexLayer(),
  ];
  sources[HIT_LABEL_SOURCE] = hitLabelSource(promoteId);
  const [label] = items.labels;
  items.labels = [
    // While a search's results are labelled from their own source, the late labels stand aside.
    ...items.labels.map((l) => (searching ? ({ ...late(l), filter: false } as LayerSpecification) : late(l))),
    ...(label ? [{ ...label, id: 'item-hit-label', source: HIT_LABEL_SOURCE } as LayerSpecification] : []),
  ];
}
