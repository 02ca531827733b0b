import districts from '../../geo/basemap/districts.geojson?url';
import labels from '../../geo/basemap/labels.geojson?url';
import lakes from '../../geo/basemap/lakes.geojson?url';
import outline from '../../geo/basemap/outline.geojson?url';
import rivers from '../../geo/basemap/rivers.geojson?url';
import sea from '../../geo/basemap/sea.geojson?url';
import shandong from '../../geo/basemap/shandong.geojson?url';
import type { BasemapSource } from './layers/basemap';

// The basemap files ship as hashed assets of the page's own origin; MapLibre's worker fetches them.
export const basemapUrls: Record<BasemapSource, string> = { shandong, sea, lakes, districts, outline, rivers, labels };
