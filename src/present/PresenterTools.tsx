import type { Map as MapLibreMap } from 'maplibre-gl';
import { useContext, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Catalog } from '../catalog/types';
import { LangContext, useT } from '../i18n';
import { imageRequest } from './imageRequest';
import { QrCode } from './QrCode';
import type { Deck, Slide } from './types';

type Busy = null | 'image' | 'print';

/** QR code of the link, "save image" at 1920×1080 or 2×, and a printed handout of the view. */
export function PresenterTools({
  map,
  slide,
  deck,
  catalog,
}: {
  map: MapLibreMap | null;
  slide: Slide;
  deck: Deck;
  catalog: Catalog;
}) {
  const t = useT();
  const lang = useContext(LangContext);
  const [qr, setQr] = useState(slide.kind === 'title');
  const [busy, setBusy] = useState<Busy>(null);
  const [printUrl, setPrintUrl] = useState<string | null>(null);

  const save = async (pixelRatio: 1 | 2) => {
    if (!map) return;
    setBusy('image');
    try {
      const { saveImage } = await import('./exportImage');
      const { imageFileName } = await import('./imageLayout');
      const req = imageRequest({ map, catalog, deck, slide, lang, t, width: 1920, height: 1080, pixelRatio });
      await saveImage(req, imageFileName([deck.id, slide.id], new Date(), pixelRatio));
    } finally {
      setBusy(null);
    }
  };

  const print = async (paper: 'a4' | 'a3') => {
    if (!map) return;
    setBusy('print');
    try {
      const { renderImage } = await import('./exportImage');
      // Landscape at about 150 dpi: 297 × 210 mm for A4, 420 × 297 mm for A3 (both 1.414 : 1).
      const width = paper === 'a4' ? 1754 : 2480;
      const req = imageRequest({
        map,
        catalog,
        deck,
        slide,
        lang,
        t,
        width,
        height: Math.round(width / Math.SQRT2),
        pixelRatio: 1,
      });
      const url = URL.createObjectURL(await renderImage(req));
      setPrintUrl(url);
      document.documentElement.dataset.paper = paper;
      // Let the image reach the page before the print dialog takes its snapshot.
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      window.print();
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <button type="button" className="presenter__button" aria-pressed={qr} onClick={() => setQr(!qr)}>
        {t('present.qr')}
      </button>
      <button type="button" className="presenter__button" disabled={busy !== null} onClick={() => void save(1)}>
        {t('present.saveImage')}
      </button>
      <button type="button" className="presenter__button" disabled={busy !== null} onClick={() => void save(2)}>
        {t('present.saveImage2x')}
      </button>
      <button type="button" className="presenter__button" disabled={busy !== null} onClick={() => void print('a4')}>
        {t('present.printA4')}
      </button>
      <button type="button" className="presenter__button" disabled={busy !== null} onClick={() => void print('a3')}>
        {t('present.printA3')}
      </button>
      {busy ? (
        <span className="presenter__busy" role="status">
          {t('present.working')}
        </span>
      ) : null}
      {qr ? <QrCode text={window.location.href} label={t('present.qrLabel')} /> : null}
      {/* Outside the app, which the print stylesheet hides: only the composed sheet is printed. */}
      {printUrl
        ? createPortal(<img className="print-sheet" src={printUrl} alt={t('present.printAlt')} />, document.body)
        : null}
    </>
  );
}
