// The item's own fields are the schema's (build/schema.ts): a type-only import, erased before the
// browser bundle is made, so zod stays out of it.
import type { HistoryEntry, ItemProperties, Milestone } from './build/schema.ts';
import type { SearchKeys, ShippedKeys } from './search.ts';
import type { Zone } from './vocab.ts';

export type { Category, MilestoneStage, Status } from './vocab.ts';
export type { HistoryEntry, ItemProperties, Milestone };

// What the build ships to the app: src/generated/catalog.json (CatalogItem) and details.json
// (ItemDetails by id).

export type GeometryKind = 'point' | 'line' | 'area';

/** One area's part of an item's geometry. */
export interface Share {
  /** The area's key: a district's adcode, or a zone's name. */
  key: string;
  /** Points: how many of the item's points lie in it; lines: km; polygons: km². */
  amount: number;
  /** Fraction of the item's points, length or area inside it. */
  share: number;
}

/** How an item's geometry divides among a set of areas (districts or zones), derived at build time (build/derive.ts). */
export interface Measure {
  unit: 'points' | 'km' | 'km2';
  total: number;
  inside: Share[];
  /** Points, km or km² outside every area given (outside Jinan, for districts). */
  outside: number;
}

/** Everything the build knows of an item: its own fields plus the facts derived from its geometry. */
export interface FullItem extends ItemProperties {
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
  /** Its status_as_of lies more than recheck_after_months (geo/review.json) before the review: 待核实. */
  recheck: boolean;
}

/**
 * The long texts of an item, shipped separately (details.json) and fetched when a card opens or an
 * export needs them: the first view does not wait for them.
 */
export const DETAIL_FIELDS = [
  'summary_zh',
  'summary_en',
  'sources',
  'site_note_zh',
  'site_note_en',
  'report_quote',
  'report_section',
] as const;
export type DetailField = (typeof DETAIL_FIELDS)[number];
/**
 * The long texts, and the milestones and history whole: catalog.json carries them without their
 * sources (long citations the first view does not show), details.json with them.
 */
export type ItemDetails = Pick<FullItem, DetailField> & Partial<Pick<FullItem, 'milestones' | 'history'>>;

/**
 * A milestone or history entry as catalog.json ships it: the source waits in details.json, and a fixed
 * stage's empty names are left out.
 */
export type ShippedMilestone = Omit<Milestone, 'source' | 'name_zh' | 'name_en'> &
  Partial<Pick<Milestone, 'source' | 'name_zh' | 'name_en'>>;
export type ShippedHistoryEntry = Omit<HistoryEntry, 'source'> & { source?: string | null };

/** Fields the build uses for its own checks and never ships. */
export const BUILD_ONLY_FIELDS = ['file', 'label', 'zones_geometry'] as const;

/** What the app loads first (catalog.json): everything but the long texts and the build's own fields. */
export type CatalogItem = Omit<
  FullItem,
  DetailField | (typeof BUILD_ONLY_FIELDS)[number] | 'milestones' | 'history'
> & {
  milestones: ShippedMilestone[];
  history: ShippedHistoryEntry[];
};

/**
 * An item with its long texts, as a card or an export has it once details.json has loaded; its
 * milestones and history then carry their sources again.
 */
export type DetailedItem = Omit<CatalogItem, 'milestones' | 'history'> &
  Pick<FullItem, DetailField | 'milestones' | 'history'>;

/** An item as catalog.json holds it: the keys made from the names are added when it loads. */
export type ShippedItem = Omit<CatalogItem, 'search' | 'milestones' | 'history'> & {
  search: ShippedKeys;
  /** Left out when empty, as most are. */
  milestones?: ShippedMilestone[];
  history?: ShippedHistoryEntry[];
};

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

export interface Catalog<I = CatalogItem> {
  version: 1;
  /** The date the whole catalogue was last reviewed (geo/review.json): what "data as of" means. */
  reviewed: string;
  /** An item whose status_as_of is more months than this before `reviewed` is marked recheck. */
  recheck_after_months: number;
  districts: DistrictInfo[];
  /** The five schematic zones of geo/zones.geojson (全市 has no area). */
  zones: ZoneInfo[];
  items: I[];
  /** Items whose zone tag and geometry disagree; reported, not an error: the tag is the plan's word. */
  zone_warnings: string[];
}
