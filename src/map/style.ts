import type { StyleSpecification } from 'maplibre-gl';
import type { Lang } from '../i18n';
import { fontFaces } from './fonts';
import { BASEMAP_SOURCES, type BasemapSource, basemapLayers } from './layers/basemap';
import { ITEM_SOURCES, type ItemSource, itemLayers, zoneLayers } from './layers/items';

export type SourceUrls = Record<BasemapSource | ItemSource, string>;
export const SOURCES = [...BASEMAP_SOURCES, ...ITEM_SOURCES] as const;

/**
 * The whole map style. No `glyphs`, `sprite` or tile URL: every byte comes from the page's origin.
 * The URLs are parameters so that the style can be validated in Node without Vite.
 */
export function buildStyle(lang: Lang, urls: SourceUrls, fonts = fontFaces): StyleSpecification {
  const sources: StyleSpecification['sources'] = {};
  for (const name of SOURCES) sources[name] = { type: 'geojson', data: urls[name] };
  const base = basemapLayers(lang);
  const zones = zoneLayers(lang);
  const items = itemLayers(lang);
  // Draw order, bottom to top: land and districts, zone tints, borders and the river, the plan's
  // items, then the labels. MapLibre places the topmost symbol layer first, so district names win
  // any collision, then zone names, then item names.
  return {
    version: 8,
    name: 'Jinan Blueprint',
    sources,
    'font-faces': fonts,
    layers: [
      ...base.ground,
      ...zones.under,
      ...base.borders,
      ...items.shapes,
      ...base.labels,
      ...items.labels,
      ...zones.labels,
      ...base.districtLabels,
    ],
  };
}
