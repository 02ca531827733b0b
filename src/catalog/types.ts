import type { Measure } from './derive.ts';
import type { ItemProperties } from './schema.ts';

// What the build ships to the app (src/generated/catalog.json): the item's own fields plus the
// facts derived from its geometry.

export type GeometryKind = 'point' | 'line' | 'area';

export interface CatalogItem extends ItemProperties {
  /** The file in geo/items/ the item comes from. */
  file: string;
  geometry_kind: GeometryKind | null;
  bounds: [number, number, number, number] | null;
  label: [number, number] | null;
  /** How the geometry divides among the districts (keys are adcodes). */
  districts: Measure | null;
  /** How the geometry divides among the schematic zones of geo/zones.geojson. */
  zones_geometry: Measure | null;
}

export interface Catalog {
  version: 1;
  districts: { adcode: string; name_zh: string; name_en: string }[];
  items: CatalogItem[];
  /** Items whose zone tag and geometry disagree; reported, not an error: the tag is the plan's word. */
  zone_warnings: string[];
}
