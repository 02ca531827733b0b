import { inDirection } from '../catalog/directions.ts';
import { JINAN_BOUNDS, REGION_BOUNDS, unionBounds } from '../catalog/region.ts';
import type { Bounds, Catalog, CatalogItem } from '../catalog/types.ts';
import type { Category, Status, Zone } from '../catalog/vocab.ts';
import { type NotesItem, slideNotes } from './notes';
import { DECK_SCHEMA_VERSION, type Deck, type Slide } from './types';

// Decks generated from the live catalogue: the default deck that walks the five directions of the
// plan, and a deck of whatever the panel's filters found. Pure and free of zod, so the browser
// can build a deck on the spot. The default deck is generated, never edited by hand: its file
// (deck.default.json) is this module's output, and a unit test fails when the two differ; to change
// it, change this module and regenerate. deckSchema.ts checks the file at build time all the same.

/** The five directions in the order the report speaks of them (全市 has no place to show). */
export const DECK_ZONES = ['东强', '西兴', '南美', '北起', '中优'] as const satisfies readonly Zone[];

/** Slide ids stay ASCII so that they read well in logs, file diffs and test names. */
export const ZONE_SLIDE_ID: Record<(typeof DECK_ZONES)[number], string> = {
  东强: 'zone-east',
  西兴: 'zone-west',
  南美: 'zone-south',
  北起: 'zone-north',
  中优: 'zone-centre',
};

/** Half the side of the square framed around a point: about 3 km, enough to see the neighbourhood. */
export const POINT_PAD_DEG = 0.03;
/** Lines and areas get a margin so that their ends do not touch the screen's edge. */
const MARGIN = 0.05;
export const MAX_RESULT_SLIDES = 30;

const round5 = (v: number) => Math.round(v * 1e5) / 1e5;

/** Grows one axis to at least 2 × POINT_PAD_DEG, plus a margin, inside [lo, hi] of the region (a camera never frames beyond it). */
function padAxis(min: number, max: number, lo: number, hi: number): [number, number] {
  const centre = (min + max) / 2;
  const half = Math.max((max - min) / 2, POINT_PAD_DEG) + (max - min) * MARGIN;
  return [round5(Math.max(lo, centre - half)), round5(Math.min(hi, centre + half))];
}

/** What the camera frames for an item: its bounds, padded so that a point gets an area around it. */
export function framedBounds(b: Bounds): Bounds {
  const [w, e] = padAxis(b[0], b[2], REGION_BOUNDS[0], REGION_BOUNDS[2]);
  const [s, n] = padAxis(b[1], b[3], REGION_BOUNDS[1], REGION_BOUNDS[3]);
  return [w, s, e, n];
}

/** The whole city: the union of the districts' bounds (equal to the basemap's Jinan extent). */
export function cityBounds(catalog: Catalog): Bounds {
  return unionBounds(catalog.districts.map((d) => d.bounds)) ?? JINAN_BOUNDS;
}

export interface DeckFilters {
  zone: Zone | null;
  districts: readonly string[];
  categories: readonly Category[];
  statuses: readonly Status[];
}

const NO_FILTERS: DeckFilters = { zone: null, districts: [], categories: [], statuses: [] };

/** A slide with empty captions: the presenter composes them from the catalogue when it is shown. */
function slide(
  id: string,
  kind: Slide['kind'],
  filters: DeckFilters,
  bounds: Bounds,
  item: string | null = null,
): Slide {
  return {
    id,
    kind,
    zone: filters.zone,
    districts: [...filters.districts],
    categories: [...filters.categories],
    statuses: [...filters.statuses],
    item,
    bounds: [...bounds],
    title_zh: '',
    title_en: '',
    note_zh: '',
    note_en: '',
    notes: { zh: '', en: '' },
  };
}

/** Each slide with its speaker notes from the catalogue (with the long texts when the catalogue has them). */
const withNotes = (catalog: Catalog<NotesItem>, slides: Slide[], pool?: readonly CatalogItem[]): Slide[] =>
  slides.map((s) => ({ ...s, notes: slideNotes(catalog, s, pool) }));

const itemSlide = (item: CatalogItem & { bounds: Bounds }, filters: DeckFilters): Slide =>
  slide(`item-${item.id}`, 'item', filters, framedBounds(item.bounds), item.id);

const isMapped = (i: CatalogItem): i is CatalogItem & { bounds: Bounds } => i.geometry_kind !== null && !!i.bounds;

/** How many figures an item's caption can show: the more, the more the slide has to say. */
const figures = (i: CatalogItem) =>
  [i.investment_bn_cny, i.length_km, i.capacity_value, i.area_km2].filter((v) => v !== null).length;

/**
 * The items a zone's part of the talk dwells on: mapped projects in the direction (as primary zone or in
 * `zones_also`) — not the network slogans and corridors (`geometry_basis` "concept"), which have no course of
 * their own — those whose primary zone it is first, then those with the most figures, then lines and areas
 * (they show the extent of the plan) before points, then by id so that the deck is the same on every
 * machine. A project drawn from a description (schematic) is still a project: its map mark and card say
 * that its course or site is approximate. Items already shown under an earlier direction (`shown`) are
 * skipped: a slide id is used once.
 */
export function keyItems(
  catalog: Catalog,
  zone: Zone,
  max = 3,
  shown: ReadonlySet<string> = new Set(),
): (CatalogItem & { bounds: Bounds })[] {
  return catalog.items
    .filter(isMapped)
    .filter((i) => inDirection(i, zone) && i.geometry_basis !== 'concept' && !shown.has(i.id))
    .sort(
      (a, b) =>
        Number(b.zone === zone) - Number(a.zone === zone) ||
        figures(b) - figures(a) ||
        Number(a.geometry_kind === 'point') - Number(b.geometry_kind === 'point') ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    )
    .slice(0, max);
}

/**
 * The default deck: the city, each direction and its key items, the city's plan playing month by month
 * from the congress to the review (what has been done since), then the city again.
 */
export function generateDeck(
  catalog: Catalog<NotesItem>,
  options: { id?: string; maxItemsPerZone?: number; city?: Bounds } = {},
): Deck {
  // The app may pass the basemap's JINAN_BOUNDS; the districts' union is the same box.
  const city = options.city ?? cityBounds(catalog);
  const slides: Slide[] = [
    {
      ...slide('title', 'title', NO_FILTERS, city),
      title_zh: '济南蓝图',
      title_en: 'Jinan Blueprint',
      note_zh: '中共济南市第十二次党代会报告（2022年4月9日）',
      note_en: 'Report to the 12th Jinan Party Congress, 9 April 2022',
    },
  ];
  const shown = new Set<string>();
  for (const zone of DECK_ZONES) {
    const items = keyItems(catalog, zone, options.maxItemsPerZone ?? 3, shown);
    for (const i of items) shown.add(i.id);
    const filters = { ...NO_FILTERS, zone };
    // A zone missing from the catalogue still gets a frame: its items', else the city's.
    const frame = catalog.zones.find((z) => z.zone === zone)?.bounds ?? unionBounds(items.map((i) => i.bounds)) ?? city;
    slides.push(slide(ZONE_SLIDE_ID[zone], 'zone', filters, frame));
    for (const item of items) slides.push(itemSlide(item, filters));
  }
  slides.push(slide('timeline', 'timeline', NO_FILTERS, city), slide('summary', 'summary', NO_FILTERS, city));
  return {
    schema: DECK_SCHEMA_VERSION,
    id: options.id ?? 'default',
    title_zh: '济南蓝图',
    title_en: 'Jinan Blueprint',
    slides: withNotes(catalog, slides),
  };
}

/**
 * "Present these results": the explorer's filters and list as a deck. The title frames all the
 * mapped results, then one slide per mapped item in the list's order (unmapped ones have nothing
 * to show on a map), then a summary of the results.
 */
export function resultsDeck(
  catalog: Catalog<NotesItem>,
  items: readonly CatalogItem[],
  filters: DeckFilters,
  options: { max?: number } = {},
): Deck {
  // An item listed twice would make two slides with one id.
  const byId = new Map<string, CatalogItem & { bounds: Bounds }>();
  for (const i of items) if (isMapped(i) && !byId.has(i.id)) byId.set(i.id, i);
  const mapped = [...byId.values()];
  const shown = mapped.slice(0, options.max ?? MAX_RESULT_SLIDES);
  const frame = unionBounds(mapped.map((i) => framedBounds(i.bounds))) ?? cityBounds(catalog);
  return {
    schema: DECK_SCHEMA_VERSION,
    id: 'results',
    title_zh: '济南蓝图 · 筛选结果',
    title_en: 'Jinan Blueprint · Results',
    slides: withNotes(
      catalog,
      [
        slide('title', 'title', filters, frame),
        ...shown.map((i) => itemSlide(i, filters)),
        slide('summary', 'summary', filters, frame),
      ],
      [...byId.values()],
    ),
  };
}
