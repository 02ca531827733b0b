import type { Map as MapLibreMap } from 'maplibre-gl';
import { useContext } from 'react';
import type { Catalog } from '../catalog/types';
import { LangContext, type MessageKey, useT } from '../i18n';
import { PrintSheet } from './PrintSheet';
import type { Deck, Slide } from './types';
import { useImageActions } from './useImageActions';

/** The caption line of an exported slide: its own title, else its item's name, zone or the deck title. */
function slideSubtitle(slide: Slide, deck: Deck, catalog: Catalog, zh: boolean, t: (k: MessageKey) => string): string {
  const item = slide.item ? catalog.items.find((i) => i.id === slide.item) : undefined;
  return (
    (zh ? slide.title_zh : slide.title_en) ||
    (item ? (zh ? item.name_zh : item.name_en) : '') ||
    (slide.zone ? (zh ? slide.zone : t(`zone.${slide.zone}` as MessageKey)) : '') ||
    (zh ? deck.title_zh : deck.title_en)
  );
}

/** QR code of the link, "save image" at 1920×1080 or 2×, and a printed handout of the slide. */
export function PresenterTools({
  map,
  slide,
  deck,
  catalog,
  qr,
  onQr,
}: {
  map: MapLibreMap | null;
  slide: Slide;
  deck: Deck;
  catalog: Catalog;
  qr: boolean;
  onQr: (show: boolean) => void;
}) {
  const t = useT();
  const zh = useContext(LangContext) === 'zh';
  const { save, print, busy, printUrl } = useImageActions({
    map,
    catalog,
    subtitle: slideSubtitle(slide, deck, catalog, zh, t),
    focus: slide.item,
    nameParts: [deck.id, slide.id],
  });
  return (
    <>
      <button type="button" className="presenter__button" aria-pressed={qr} onClick={() => onQr(!qr)}>
        {t('present.qr')}
      </button>
      <button type="button" className="presenter__button" disabled={busy} onClick={() => void save(1)}>
        {t('present.saveImage')}
      </button>
      <button type="button" className="presenter__button" disabled={busy} onClick={() => void save(2)}>
        {t('present.saveImage2x')}
      </button>
      <button type="button" className="presenter__button" disabled={busy} onClick={() => void print('a4')}>
        {t('present.printA4')}
      </button>
      <button type="button" className="presenter__button" disabled={busy} onClick={() => void print('a3')}>
        {t('present.printA3')}
      </button>
      {busy ? (
        <span className="presenter__busy" role="status">
          {t('present.working')}
        </span>
      ) : null}
      <PrintSheet url={printUrl} />
    </>
  );
}
