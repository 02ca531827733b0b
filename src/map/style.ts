import type { StyleSpecification } from 'maplibre-gl';
import type { Lang } from '../i18n';
import { addLargeMode } from '../scale/style';
import { fontFaces } from './fonts';
import { BASE_KEY, BASE_SOURCE } from './layers/base';
import { basemapLayers } from './layers/basemap';
import { DEFAULT_PLAN_STYLE, ITEM_SOURCE, itemLayers, type PlanStyleState, zoneLayers } from './layers/items';
import { TILE_BUFFER, TILE_ZOOM } from './tileZoom';

/** Two sources: the basemap with the zones, and the plan's items (see layers/base.ts for why so few). */
export const SOURCES = [BASE_SOURCE, ITEM_SOURCE] as const;
export type SourceUrls = Record<(typeof SOURCES)[number], string>;

/**
 * The whole map style. No `glyphs`, `sprite` or tile URL: every byte comes from the page's origin.
 * The URLs are parameters so that the style can be validated in Node without Vite.
 */
export interface StyleState extends PlanStyleState {
  /** Meeting mode on a projector: stronger borders and tints that survive a washed-out image. */
  projector?: boolean;
  /** A search with at most MAX_HIT_LABELS results: in large mode they are labelled from HIT_LABEL_SOURCE. */
  searching?: boolean;
}

export const DEFAULT_STYLE_STATE: StyleState = { ...DEFAULT_PLAN_STYLE };

/** Sources whose features the app addresses by id (feature-state for hover and selection). */
const PROMOTE_ID: Record<(typeof SOURCES)[number], string> = {
  [ITEM_SOURCE]: 'id',
  // Districts by adcode, zones by name.
  [BASE_SOURCE]: BASE_KEY,
};

/**
 * The whole map style. `clusterUrl`, for large (synthetic) catalogues only, adds a clustered copy of
 * the points drawn below zoom 11, where the individual points and labels start.
 */
export function buildStyle(
  lang: Lang,
  urls: SourceUrls,
  s: StyleState = DEFAULT_STYLE_STATE,
  fonts = fontFaces,
  clusterUrl: string | null = null,
): StyleSpecification {
  const sources: StyleSpecification['sources'] = {};
  for (const name of SOURCES) {
    // Tiled once, at TILE_ZOOM, and not simplified further (see tiles.ts).
    sources[name] = {
      type: 'geojson',
      data: urls[name],
      promoteId: PROMOTE_ID[name],
      maxzoom: TILE_ZOOM,
      tolerance: 0,
      buffer: TILE_BUFFER,
    };
  }
  const base = basemapLayers(lang, s.projector);
  const zones = zoneLayers(lang);
  const items = itemLayers(lang, s);
  if (clusterUrl)
    addLargeMode(sources, items, clusterUrl, urls[ITEM_SOURCE], PROMOTE_ID[ITEM_SOURCE], s.searching === true);
  // Draw order, bottom to top: land and districts, zone tints, borders and the river, the plan's
  // items, then the labels. MapLibre places the topmost symbol layer first, so district names win
  // any collision, then zone names, then item names.
  return {
    version: 8,
    name: 'Jinan Blueprint',
    sources,
    'font-faces': fonts,
    // Paint changes (a chosen zone, a highlighted district) apply at once: MapLibre's default 300 ms
    // transition kept every filter change from settling for a third of a second.
    transition: { duration: 0, delay: 0 },
    layers: [
      ...base.ground,
      ...zones.under,
      ...base.borders,
      ...items.shapes,
      ...base.chosen,
      ...base.labels,
      ...items.labels,
      ...zones.labels,
      ...base.districtLabels,
    ],
  };
}
