import type { Map as MapLibreMap } from 'maplibre-gl';
import { useContext, useState } from 'react';
import type { Bounds, Catalog } from '../catalog/types';
import { imageFileName } from '../download';
import { LangContext, useT } from '../i18n/context';
import { imageRequest } from './imageRequest';

export type Paper = 'a4' | 'a3';

// Landscape at about 150 dpi: 297 × 210 mm for A4, 420 × 297 mm for A3 (both 1.414 : 1).
const PAPER_WIDTH: Record<Paper, number> = { a4: 1754, a3: 2480 };

/**
 * "Save image" and "print" for any view: both compose the live map with title, legend, scale bar,
 * north arrow, as-of date and sources (exportImage.ts, loaded on first use).
 */
export interface ImageActionOptions {
  map: MapLibreMap | null;
  catalog: Catalog;
  /** What the picture shows: a slide's caption, or the chosen filters. */
  subtitle: string;
  /** The item to draw as selected, if any. */
  focus: string | null;
  /** The month the map shows (YYYY-MM), for the footer; null or absent: today. */
  asof?: string | null;
  /**
   * What the picture is of (a slide's bounds; the chosen item, districts or zone; what the filters
   * keep), fitted into the room the title, legend, scale bar and footer leave; null: the live view.
   */
  subject: Bounds | null;
  /** Parts of the file name, e.g. the deck and slide, or the chosen districts. */
  nameParts: string[];
}

export function useImageActions(opts: ImageActionOptions) {
  const t = useT();
  const lang = useContext(LangContext);
  const [busy, setBusy] = useState(false);
  const [printUrl, setPrintUrl] = useState<string | null>(null);
  const { map, catalog, subtitle, focus, asof = null, subject, nameParts } = opts;

  const run = async (work: (m: MapLibreMap) => Promise<void>) => {
    if (!map || busy) return;
    setBusy(true);
    try {
      await work(map);
    } finally {
      setBusy(false);
    }
  };

  const request = (m: MapLibreMap, width: number, height: number, pixelRatio: 1 | 2) =>
    imageRequest({ map: m, catalog, lang, t, subtitle, focus, asof, subject, width, height, pixelRatio });

  const save = (pixelRatio: 1 | 2) =>
    run(async (m) => {
      const { saveImage } = await import('./exportImage');
      await saveImage(request(m, 1920, 1080, pixelRatio), imageFileName(nameParts, new Date(), pixelRatio));
    });

  const print = (paper: Paper) =>
    run(async (m) => {
      const { renderImage } = await import('./exportImage');
      const width = PAPER_WIDTH[paper];
      const url = URL.createObjectURL(await renderImage(request(m, width, Math.round(width / Math.SQRT2), 1)));
      setPrintUrl((old) => {
        if (old) URL.revokeObjectURL(old);
        return url;
      });
      document.documentElement.dataset.paper = paper;
      // Let the sheet reach the page before the print dialog takes its snapshot.
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      window.print();
    });

  return { save, print, busy, printUrl };
}
