import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { HIT_LABEL_SOURCE, hitLabelData } from './clusters';
import { syntheticLabels } from './mode';

/** The ids each map's search labels' source holds now. */
const holding = new WeakMap<MapLibreMap, string>();

/**
 * Large mode: keeps the search results' label source holding the label points of what the filters keep
 * while a search is on (see HIT_LABEL_SOURCE), and nothing otherwise. New data makes MapLibre cut the
 * source's tiles again, so it is only set when the ids change (a zone or a category with no search
 * leaves the source empty and untouched). Outside large mode it does nothing.
 */
export function showHitLabels(map: MapLibreMap | null, kept: ReadonlySet<string> | null, searching: boolean): void {
  const labels = syntheticLabels.byId;
  const source = map?.getSource(HIT_LABEL_SOURCE) as GeoJSONSource | undefined;
  if (!map || !labels || !source) return;
  const ids = searching && kept ? [...kept] : [];
  const key = ids.join(',');
  if ((holding.get(map) ?? '') === key) return;
  holding.set(map, key);
  source.setData(hitLabelData(labels, ids) as GeoJSON.FeatureCollection);
}
