import type { Map as MapLibreMap } from 'maplibre-gl';
import { useContext } from 'react';
import type { Catalog } from '../catalog/types';
import { type Lang, LangContext, useT } from '../i18n';
import { labelOf } from '../i18n/labels';
import ImageButtons from '../image/ImageButtons';
import type { Deck, Slide } from './types';

/** The caption line of an exported slide: its own title, else its item's name, zone or the deck title. */
function slideSubtitle(slide: Slide, deck: Deck, catalog: Catalog, lang: Lang): string {
  const zh = lang === 'zh';
  const item = slide.item ? catalog.items.find((i) => i.id === slide.item) : undefined;
  return (
    (zh ? slide.title_zh : slide.title_en) ||
    (item ? (zh ? item.name_zh : item.name_en) : '') ||
    (slide.zone ? labelOf('zone', slide.zone, lang) : '') ||
    (zh ? deck.title_zh : deck.title_en)
  );
}

/** The presenter's tool bar: the QR code of the link, and the slide as an image or a printed handout. */
export function PresenterTools({
  map,
  slide,
  deck,
  catalog,
  asof,
  qr,
  onQr,
}: {
  map: MapLibreMap | null;
  slide: Slide;
  deck: Deck;
  catalog: Catalog;
  /** The month the slide shows; null: today. */
  asof: string | null;
  qr: boolean;
  onQr: (show: boolean) => void;
}) {
  const t = useT();
  const lang = useContext(LangContext);
  return (
    <>
      <button type="button" className="presenter__button" aria-pressed={qr} onClick={() => onQr(!qr)}>
        {t('present.qr')}
      </button>
      <ImageButtons
        map={map}
        catalog={catalog}
        subtitle={slideSubtitle(slide, deck, catalog, lang)}
        focus={slide.item}
        asof={asof}
        subject={slide.bounds}
        nameParts={[deck.id, slide.id]}
        buttonClass="presenter__button"
        busyClass="presenter__busy"
      />
    </>
  );
}
