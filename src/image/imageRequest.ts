import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Bounds, Catalog } from '../catalog/types';
import { type Lang, type MessageKey, translate } from '../i18n';
import { ITEM_SOURCE } from '../map/layers/items';
import { legendGroups } from '../map/legend';
import { featureFlagUpdates } from '../map/useFeatureFlags';
import type { ImageRequest } from './imageTypes';

/**
 * What an exported image or print says the data is "as of": the date the whole catalogue was last
 * reviewed (geo/review.json), not the newest date of any one item, which would overstate how current
 * the rest is.
 */
export function dataAsOf(catalog: Catalog): string {
  return catalog.reviewed;
}

/**
 * The footer's "as of": the review date for today's view; for another month (?asof=, a slide's month)
 * that month, in both languages, so that a picture passed on cannot be taken for today's state.
 */
export function asOfLine(catalog: Catalog, asof: string | null, t: (k: MessageKey) => string): string {
  if (asof === null) return `${t('present.asOf')} ${dataAsOf(catalog)}`;
  const line = (lang: Lang) => translate(lang, 'present.asOfMonth').replace('{month}', asof);
  return `${line('zh')} · ${line('en')}`;
}

interface Context {
  map: MapLibreMap;
  catalog: Catalog;
  lang: Lang;
  t: (k: MessageKey) => string;
  /** What the picture shows: a slide's caption, or the chosen filters. */
  subtitle: string;
  /** The item to draw as selected, if any. */
  focus: string | null;
  /** The month the map shows (YYYY-MM); null or absent: today. */
  asof?: string | null;
  /** What the picture is of, framed clear of the furniture; null: the live map's view as it is. */
  subject?: Bounds | null;
  width: number;
  height: number;
  pixelRatio: 1 | 2;
}

/** What "save image" and "print" render: the live map's style and camera with the furniture. */
export function imageRequest({
  map,
  catalog,
  lang,
  t,
  subtitle,
  focus,
  asof = null,
  subject,
  width,
  height,
  pixelRatio,
}: Context): ImageRequest {
  const c = map.getCenter();
  return {
    style: map.getStyle(),
    camera: { center: [c.lng, c.lat], zoom: map.getZoom() },
    ...(subject ? { bounds: subject } : {}),
    liveWidth: map.getCanvas().clientWidth,
    liveHeight: map.getCanvas().clientHeight,
    width,
    height,
    pixelRatio,
    // What the filters hide, the chosen zone and districts, a slide's spotlight: the live map shows
    // them as feature-state, which getStyle() does not carry.
    featureState: [
      ...featureFlagUpdates(map),
      ...(focus ? [{ source: ITEM_SOURCE, id: focus, state: { selected: true } }] : []),
    ],
    furniture: {
      title: `${t('app.title')} · ${t('app.subtitle')}`,
      subtitle,
      legend: legendGroups(lang),
      asOf: asOfLine(catalog, asof, t),
      sources: t('map.attribution'),
      northLabel: t('present.north'),
      scaleUnit: { km: t('unit.km'), m: t('unit.m') },
    },
  };
}
