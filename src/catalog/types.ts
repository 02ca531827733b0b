import type { Measure } from './derive.ts';
import type { ItemProperties, Zone } from './schema.ts';
import type { SearchKeys } from './search.ts';

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
  /** Search keys computed at build time: normalised names, full pinyin and initials. */
  search: SearchKeys;
}

export type Bounds = [number, number, number, number];

export interface DistrictInfo {
  adcode: string;
  name_zh: string;
  name_en: string;
  bounds: Bounds;
}

export interface ZoneInfo {
  zone: Zone;
  zone_en: string;
  role_zh: string;
  role_en: string;
  area_km2: number;
  bounds: Bounds;
}

export interface Catalog {
  version: 1;
  districts: DistrictInfo[];
  /** The five schematic zones of geo/zones.geojson (全市 has no area). */
  zones: ZoneInfo[];
  items: CatalogItem[];
  /** Items whose zone tag and geometry disagree; reported, not an error: the tag is the plan's word. */
  zone_warnings: string[];
}
