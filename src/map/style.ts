import type { StyleSpecification } from 'maplibre-gl';
import type { Lang } from '../i18n';
import { fontFaces } from './fonts';
import { BASEMAP_SOURCES, type BasemapSource, basemapLayers } from './layers/basemap';

/**
 * The whole map style. No `glyphs`, `sprite` or tile URL: every byte comes from the page's origin.
 * The URLs are parameters so that the style can be validated in Node without Vite.
 */
export function buildStyle(lang: Lang, urls: Record<BasemapSource, string>, fonts = fontFaces): StyleSpecification {
  const sources: StyleSpecification['sources'] = {};
  for (const name of BASEMAP_SOURCES) sources[name] = { type: 'geojson', data: urls[name] };
  return {
    version: 8,
    name: 'Jinan Blueprint',
    sources,
    'font-faces': fonts,
    layers: basemapLayers(lang),
  } as StyleSpecification;
}
