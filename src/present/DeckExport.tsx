import type { Map as MapLibreMap } from 'maplibre-gl';
import { useContext, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Catalog } from '../catalog/types';
import { deckFileName, download } from '../download';
import { LangContext, useT } from '../i18n/context';
import type { Deck } from './types';

/** The link to a slide of the deck: this page's link for the audience (no console), at that slide. */
export function slideLink(slideNumber: number): string {
  const url = new URL(window.location.href);
  url.searchParams.delete('view');
  if (slideNumber > 1) url.searchParams.set('slide', String(slideNumber));
  else url.searchParams.delete('slide');
  return url.href;
}

/**
 * The whole deck at once: "导出 PPTX" (a PowerPoint file) and "打印全部页面" (a handout, one slide per
 * A4 page, through the browser's print dialog, which also saves it as PDF). Both draw every slide
 * (a map render each), with a progress of slide N of M that can be cancelled.
 */
export function DeckExport({ map, deck, catalog }: { map: MapLibreMap | null; deck: Deck; catalog: Catalog }) {
  const t = useT();
  const lang = useContext(LangContext);
  const [progress, setProgress] = useState<{ n: number; m: number } | null>(null);
  const [failed, setFailed] = useState(false);
  const [pages, setPages] = useState<string[]>([]);
  const cancel = useRef(false);
  // The handout's pictures are let go when a new one replaces them or the presentation ends.
  useEffect(
    () => () => {
      for (const u of pages) URL.revokeObjectURL(u);
    },
    [pages],
  );

  const run = async (work: (m: MapLibreMap) => Promise<void>) => {
    if (!map || progress) return;
    cancel.current = false;
    setFailed(false);
    setProgress({ n: 0, m: deck.slides.length });
    try {
      await work(map);
    } catch (e) {
      if ((e as Error).name !== 'Cancelled') {
        console.error('Deck export failed', e);
        setFailed(true);
      }
    } finally {
      setProgress(null);
    }
  };
  const baseOptions = (m: MapLibreMap) => ({
    deck,
    catalog,
    lang,
    map: m,
    onProgress: (n: number, total: number) => setProgress({ n, m: total }),
    cancelled: () => cancel.current,
  });

  const pptx = () =>
    run(async (m) => {
      const { deckToPptx } = await import('./exportPptx');
      const blob = await deckToPptx({ ...baseOptions(m), linkOf: slideLink });
      download(blob, deckFileName([deck.id], new Date(), 'pptx'));
    });
  const handout = () =>
    run(async (m) => {
      const { deckHandout } = await import('./exportPptx');
      const blobs = await deckHandout(baseOptions(m));
      setPages(blobs.map((b) => URL.createObjectURL(b)));
      document.documentElement.dataset.paper = 'a4';
      // Let the sheets reach the page before the print dialog takes its snapshot.
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      window.print();
    });

  return (
    <>
      <button
        type="button"
        className="presenter__button"
        disabled={!map || progress !== null}
        onClick={() => void pptx()}
      >
        {t('pptx.export')}
      </button>
      <button
        type="button"
        className="presenter__button"
        disabled={!map || progress !== null}
        onClick={() => void handout()}
      >
        {t('handout.print')}
      </button>
      {progress ? (
        <span className="presenter__busy" role="status" data-testid="pptx-progress">
          <progress max={progress.m} value={progress.n} />{' '}
          {t('pptx.progress').replace('{n}', String(progress.n)).replace('{m}', String(progress.m))}{' '}
          <button type="button" className="console__small" onClick={() => (cancel.current = true)}>
            {t('pptx.cancel')}
          </button>
        </span>
      ) : null}
      {failed ? (
        <span className="presenter__busy" role="alert">
          {t('pptx.failed')}
        </span>
      ) : null}
      {pages.length > 0
        ? createPortal(
            pages.map((url, i) => (
              <img
                key={url}
                className="print-sheet print-sheet--deck"
                src={url}
                alt={`${t('present.printAlt')} ${i + 1}`}
              />
            )),
            document.body,
          )
        : null}
    </>
  );
}
