import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { useEffect } from 'react';
import { syntheticLabels } from '../catalog/syntheticMode';
import { HIT_LABEL_SOURCE, hitLabelData } from './layers/clusters';

/** The ids each map's search labels' source holds now. */
const holding = new WeakMap<MapLibreMap, string>();

/**
 * Large mode: keeps the search results' label source holding the label points of what the filters keep
 * while a search is on (see HIT_LABEL_SOURCE), and nothing otherwise. New data makes MapLibre cut the
 * source's tiles again, so it is only set when the ids change (a zone or a category with no search
 * leaves the source empty and untouched).
 */
export function useHitLabels(map: MapLibreMap | null, kept: ReadonlySet<string> | null, searching: boolean): void {
  useEffect(() => {
    const labels = syntheticLabels.byId;
    const source = map?.getSource(HIT_LABEL_SOURCE) as GeoJSONSource | undefined;
    if (!map || !labels || !source) return;
    const ids = searching && kept ? [...kept] : [];
    const key = ids.join(',');
    if ((holding.get(map) ?? '') === key) return;
    holding.set(map, key);
    source.setData(hitLabelData(labels, ids) as GeoJSON.FeatureCollection);
  }, [map, kept, searching]);
}
