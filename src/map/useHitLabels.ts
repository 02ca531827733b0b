import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { useEffect } from 'react';
import { syntheticLabels } from '../catalog/syntheticMode';
import { HIT_LABEL_SOURCE, hitLabelData } from './layers/clusters';

/**
 * Large mode: keeps the search results' label source holding the label points of what the filters keep
 * while a search is on (see HIT_LABEL_SOURCE), and nothing otherwise. At most MAX_HIT_LABELS items.
 */
export function useHitLabels(map: MapLibreMap | null, kept: ReadonlySet<string> | null, searching: boolean): void {
  useEffect(() => {
    const labels = syntheticLabels.byId;
    const source = map?.getSource(HIT_LABEL_SOURCE) as GeoJSONSource | undefined;
    if (!labels || !source) return;
    source.setData(hitLabelData(labels, searching && kept ? kept : []) as GeoJSON.FeatureCollection);
  }, [map, kept, searching]);
}
