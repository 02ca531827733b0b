import type { Map as MapLibreMap } from 'maplibre-gl';
import { useContext, useRef, useState } from 'react';
import type { Catalog } from '../catalog/types';
import { deckFileName, download } from '../download';
import { LangContext, useT } from '../i18n';
import type { Deck } from './types';

/** The link to a slide of the deck: this page's link for the audience (no console), at that slide. */
export function slideLink(slideNumber: number): string {
  const url = new URL(window.location.href);
  url.searchParams.delete('view');
  if (slideNumber > 1) url.searchParams.set('slide', String(slideNumber));
  else url.searchParams.delete('slide');
  return url.href;
}

/** "导出 PPTX": the deck as a PowerPoint file, with a progress of slide N of M that can be cancelled. */
export function PptxButton({ map, deck, catalog }: { map: MapLibreMap | null; deck: Deck; catalog: Catalog }) {
  const t = useT();
  const lang = useContext(LangContext);
  const [progress, setProgress] = useState<{ n: number; m: number } | null>(null);
  const [failed, setFailed] = useState(false);
  const cancel = useRef(false);

  const run = async () => {
    if (!map || progress) return;
    cancel.current = false;
    setFailed(false);
    setProgress({ n: 0, m: deck.slides.length });
    try {
      const { deckToPptx } = await import('./exportPptx');
      const blob = await deckToPptx({
        deck,
        catalog,
        lang,
        map,
        linkOf: slideLink,
        onProgress: (n, m) => setProgress({ n, m }),
        cancelled: () => cancel.current,
      });
      download(blob, deckFileName([deck.id], new Date(), 'pptx'));
    } catch (e) {
      if ((e as Error).name !== 'Cancelled') {
        console.error('PPTX export failed', e);
        setFailed(true);
      }
    } finally {
      setProgress(null);
    }
  };

  return (
    <>
      <button
        type="button"
        className="presenter__button"
        disabled={!map || progress !== null}
        onClick={() => void run()}
      >
        {t('pptx.export')}
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
    </>
  );
}
