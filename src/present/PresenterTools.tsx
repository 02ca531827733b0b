import type { Map as MapLibreMap } from 'maplibre-gl';
import { useContext } from 'react';
import type { Catalog } from '../catalog/types';
import { LangContext, useT } from '../i18n/context';
import ImageButtons from '../image/ImageButtons';
import { DeckExport } from './DeckExport';
import { slideSubtitle } from './slideTitle';
import type { Deck, Slide } from './types';

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
      <DeckExport map={map} deck={deck} catalog={catalog} />
    </>
  );
}
