import type { Map as MapLibreMap } from 'maplibre-gl';
import { visible } from '../catalog/select';
import type { Catalog } from '../catalog/types';
import { type Lang, type MessageKey, translate } from '../i18n';
import { imageRequest } from '../image/imageRequest';
import type { ImageRequest } from '../image/imageTypes';
import { featureFlags } from '../map/featureFlags';
import { itemFilter } from '../map/layers/filters';
import { ITEM_SOURCE } from '../map/layers/items';
import { sourceUrls } from '../map/sourceUrls';
import { buildStyle } from '../map/style';
import { featureFlagUpdatesFor } from '../map/useFeatureFlags';
import { syntheticUrls } from '../scale/hooks';
import { slideCaption, slideSubtitle } from './slideTitle';
import type { Deck, Slide } from './types';

// "Export PPTX": the deck as a PowerPoint file, one 16:9 slide per deck slide — the slide's map as
// the PNG export composes it (title band, legend, scale bar, north arrow, sources), the title and the
// caption as editable text, the speaker notes in the notes pane, and the slide's link with its QR
// code. Loaded only when asked, and it loads pptxgenjs, the image composer and the QR encoder itself.

/** The picture of each slide: 16:9, sharp enough for a projector, light enough for software WebGL. */
const IMAGE = { width: 1600, height: 900 };
/** PowerPoint's 16:9 page (LAYOUT_WIDE), in inches. */
const PAGE = { width: 13.333, height: 7.5 };
const FONT: Record<Lang, string> = { zh: 'Microsoft YaHei', en: 'Calibri' };

export class Cancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'Cancelled';
  }
}

export interface PptxOptions {
  deck: Deck;
  catalog: Catalog;
  lang: Lang;
  map: MapLibreMap;
  /** The link to a slide (1-based) of the deck, for its text and QR code. */
  linkOf: (slideNumber: number) => string;
  /** Called before each slide is drawn: slide n of m (1-based). */
  onProgress: (n: number, m: number) => void;
  /** Checked between slides: true stops the export with Cancelled. */
  cancelled: () => boolean;
}

/** What the picture of one slide is: the slide's own filters, spotlight and frame, whatever the live map shows. */
export function slideImageRequest(
  map: MapLibreMap,
  catalog: Catalog,
  deck: Deck,
  slide: Slide,
  lang: Lang,
  size: { width: number; height: number } = IMAGE,
): ImageRequest {
  const t = (k: MessageKey) => translate(lang, k);
  const filters = {
    zone: slide.zone,
    districts: slide.districts,
    categories: slide.categories,
    statuses: slide.statuses,
    hits: null,
  };
  const kept = visible(catalog.items, filters);
  const ids = catalog.items.map((i) => i.id);
  const flags = featureFlags({
    ids,
    kept: kept.length === ids.length ? null : new Set(kept.map((i) => i.id)),
    zone: slide.zone,
    districts: slide.districts,
    focus: slide.item,
  });
  const base = imageRequest({
    map,
    catalog,
    lang,
    t,
    subtitle: slideSubtitle(slide, deck, catalog, lang),
    focus: slide.item,
    subject: slide.bounds,
    width: size.width,
    height: size.height,
    pixelRatio: 1,
  });
  return {
    ...base,
    style: buildStyle(
      lang,
      sourceUrls(),
      { filter: itemFilter(filters), projector: true, searching: false },
      undefined,
      syntheticUrls.clusters,
    ),
    featureState: [
      ...featureFlagUpdatesFor(map, flags),
      ...(slide.item ? [{ source: ITEM_SOURCE, id: slide.item, state: { selected: true } }] : []),
    ],
  };
}

const dataUrl = (blob: Blob) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });

/** A4 landscape at about 150 dpi, as the single-slide print (useImageActions.ts). */
const HANDOUT = { width: 1754, height: 1240 };

/** The handout: every slide as an A4 landscape picture (the print path's composition), one per page. */
export async function deckHandout(o: Omit<PptxOptions, 'linkOf'>): Promise<Blob[]> {
  const { renderImage } = await import('../image/exportImage');
  const pages: Blob[] = [];
  for (const [i, slide] of o.deck.slides.entries()) {
    if (o.cancelled()) throw new Cancelled();
    o.onProgress(i + 1, o.deck.slides.length);
    pages.push(await renderImage(slideImageRequest(o.map, o.catalog, o.deck, slide, o.lang, HANDOUT)));
  }
  if (o.cancelled()) throw new Cancelled();
  return pages;
}

/** The deck as a .pptx file. */
export async function deckToPptx(o: PptxOptions): Promise<Blob> {
  const [{ default: PptxGenJS }, { renderImage }, { toDataURL }] = await Promise.all([
    import('pptxgenjs'),
    import('../image/exportImage'),
    import('qrcode'),
  ]);
  const t = (k: MessageKey) => translate(o.lang, k);
  const zh = o.lang === 'zh';
  const fontFace = FONT[o.lang];
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = zh ? o.deck.title_zh : o.deck.title_en;
  pptx.subject = `${t('app.title')} · ${t('app.subtitle')}`;
  const m = o.deck.slides.length;

  for (const [i, slide] of o.deck.slides.entries()) {
    if (o.cancelled()) throw new Cancelled();
    o.onProgress(i + 1, m);
    const picture = await dataUrl(await renderImage(slideImageRequest(o.map, o.catalog, o.deck, slide, o.lang)));
    if (o.cancelled()) throw new Cancelled();
    const link = o.linkOf(i + 1);
    const qr = await toDataURL(link, { errorCorrectionLevel: 'M', margin: 2, width: 360 });
    const s = pptx.addSlide();
    const imageWidth = 9.6;
    s.addText(slideSubtitle(slide, o.deck, o.catalog, o.lang), {
      x: 0.4,
      y: 0.2,
      w: PAGE.width - 0.8,
      h: 0.75,
      fontFace,
      fontSize: 28,
      bold: true,
      color: '1F1C17',
    });
    s.addImage({ data: picture, x: 0.4, y: 1.05, w: imageWidth, h: (imageWidth * IMAGE.height) / IMAGE.width });
    const side = { x: 0.4 + imageWidth + 0.25, w: PAGE.width - imageWidth - 1.05 };
    s.addText(slideCaption(slide, o.catalog, o.lang).join('\n'), {
      x: side.x,
      y: 1.05,
      w: side.w,
      h: 3.1,
      fontFace,
      fontSize: 14,
      color: '1F1C17',
      valign: 'top',
    });
    s.addImage({ data: qr, x: side.x + (side.w - 1.8) / 2, y: 4.3, w: 1.8, h: 1.8 });
    s.addText([{ text: link, options: { hyperlink: { url: link } } }], {
      x: side.x,
      y: 6.2,
      w: side.w,
      h: 0.8,
      fontFace,
      fontSize: 8,
      color: '1F4E79',
      valign: 'top',
    });
    s.addNotes(slide.notes[o.lang] || slide.notes.zh);
  }
  return (await pptx.write({ outputType: 'blob', compression: true })) as Blob;
}
