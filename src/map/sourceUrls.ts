import districts from '../../geo/basemap/districts.geojson?url';
import labels from '../../geo/basemap/labels.geojson?url';
import lakes from '../../geo/basemap/lakes.geojson?url';
import outline from '../../geo/basemap/outline.geojson?url';
import rivers from '../../geo/basemap/rivers.geojson?url';
import sea from '../../geo/basemap/sea.geojson?url';
import shandong from '../../geo/basemap/shandong.geojson?url';
import { syntheticUrls } from '../catalog/syntheticMode';
import items from '../generated/items.geojson?url';
import zones from '../generated/zones.geojson?url';
import type { SourceUrls } from './style';

// Every source ships as a hashed asset of the page's own origin; MapLibre's worker fetches them.
const shipped: SourceUrls = { shandong, sea, lakes, districts, outline, rivers, labels, zones, items };

/** The sources' URLs; in a scale test the items are the generated ones. */
export function sourceUrls(): SourceUrls {
  return syntheticUrls.items ? { ...shipped, items: syntheticUrls.items } : shipped;
}
