import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Catalog } from '../catalog/types';
import type { Lang, MessageKey } from '../i18n';
import type { ImageRequest } from './exportImage';
import { imageLegend } from './imageLayout';
import type { Deck, Slide } from './types';

/** The newest status date in the catalogue: what an exported image says the data is "as of". */
export function dataAsOf(catalog: Catalog): string {
  // ISO dates sort as text.
  return (
    catalog.items
      .map((i) => i.status_as_of)
      .sort()
      .at(-1) ?? ''
  );
}

interface Context {
  map: MapLibreMap;
  catalog: Catalog;
  deck: Deck;
  slide: Slide;
  lang: Lang;
  t: (k: MessageKey) => string;
  width: number;
  height: number;
  pixelRatio: 1 | 2;
}

/** What "save image" and "print" render: the live map's style and camera with the slide's furniture. */
export function imageRequest({ map, catalog, deck, slide, lang, t, width, height, pixelRatio }: Context): ImageRequest {
  const item = slide.item ? catalog.items.find((i) => i.id === slide.item) : undefined;
  const subtitle =
    (lang === 'zh' ? slide.title_zh : slide.title_en) ||
    (item ? (lang === 'zh' ? item.name_zh : item.name_en) : '') ||
    (slide.zone ? (lang === 'zh' ? slide.zone : t(`zone.${slide.zone}` as MessageKey)) : '') ||
    (lang === 'zh' ? deck.title_zh : deck.title_en);
  const c = map.getCenter();
  return {
    style: map.getStyle(),
    camera: { center: [c.lng, c.lat], zoom: map.getZoom() },
    liveWidth: map.getCanvas().clientWidth,
    liveHeight: map.getCanvas().clientHeight,
    width,
    height,
    pixelRatio,
    featureState: item ? [{ source: 'items', id: item.id, state: { selected: true } }] : [],
    furniture: {
      title: `${t('app.title')} · ${t('app.subtitle')}`,
      subtitle,
      legend: imageLegend(lang),
      asOf: `${t('present.asOf')} ${dataAsOf(catalog)}`,
      sources: t('map.attribution'),
      northLabel: t('present.north'),
      scaleUnit: { km: t('unit.km'), m: t('unit.m') },
    },
  };
}
