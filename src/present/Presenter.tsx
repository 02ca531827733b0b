import './Presenter.css';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useLayoutEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { Filters } from '../catalog/select';
import type { Catalog, CatalogItem } from '../catalog/types';
import { useT } from '../i18n';
import { PROJECTOR_SCALE } from '../layout';
import { fitTo } from '../map/camera';
import type { DeckId } from '../state/types';
import { Caption } from './Caption';
// Checked against the deck schema and the catalogue at build time (scripts/vite/catalog.ts).
import defaultDeck from './deck.default.json';
import { resultsDeck } from './generateDeck';
import { keyToCommand } from './keys';
import { PresenterTools } from './PresenterTools';
import { QrCode } from './QrCode';
import { initialPresent, presentReducer } from './reducer';
import type { Deck, Slide } from './types';

export interface PresenterProps {
  catalog: Catalog;
  deckId: DeckId;
  /** 1-based slide number from the URL. */
  slide: number;
  /** The items the panel's filters keep, for "present these results". */
  results: readonly CatalogItem[];
  filters: Filters;
  map: MapLibreMap | null;
  onSlide: (slide: Slide, number: number) => void;
  onExit: () => void;
}

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Asks for real full screen; where the browser refuses, the page's own full-window mode stands in. */
async function toggleFullscreen(setPseudo: (f: (v: boolean) => boolean) => void) {
  try {
    if (document.fullscreenElement) await document.exitFullscreen();
    else await document.documentElement.requestFullscreen();
  } catch {
    setPseudo((v) => !v);
  }
}

/**
 * Meeting mode: the live map driven slide by slide from a deck, with keys that presenters' clickers
 * send, a caption card, progress and on-screen buttons for touch screens.
 */
export default function Presenter({ catalog, deckId, slide, results, filters, map, onSlide, onExit }: PresenterProps) {
  const t = useT();
  // The results deck is frozen when presenting starts: the panel is hidden, the filters cannot change.
  const [deck] = useState<Deck>(() =>
    deckId === 'results' ? resultsDeck(catalog, results, filters) : (defaultDeck as unknown as Deck),
  );
  const [state, dispatch] = useReducer(presentReducer, null, () => initialPresent(deck, slide));
  const [pseudoFullscreen, setPseudoFullscreen] = useState(false);
  const current = deck.slides[state.index];
  // The QR code of the link shows by itself on the opening and closing slides; the button overrides
  // that until the next slide.
  const [qrChoice, setQrChoice] = useState<{ slide: number; show: boolean } | null>(null);
  const qr = qrChoice?.slide === state.index ? qrChoice.show : current?.kind === 'title' || current?.kind === 'summary';
  const setQr = (show: boolean) => setQrChoice({ slide: state.index, show });
  const exit = useRef(onExit);
  exit.current = onExit;

  // Keys: the clicker's PageDown/PageUp, arrows, Space, Home/End, number + Enter, B/./W to blank, F, Esc.
  // Attached before the first paint, so a key pressed the moment the deck appears is not lost.
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement) return;
      const command = keyToCommand(e);
      if (!command) return;
      e.preventDefault();
      if (command.type === 'exit') exit.current();
      else if (command.type === 'fullscreen') void toggleFullscreen(setPseudoFullscreen);
      else dispatch(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // MapLibre pans on arrow keys; while presenting, the arrows belong to the deck. The projector
  // profile draws the map 1.5× larger (CSS scale) and renders it at 1.5× the pixel ratio, so lines
  // and labels grow without going soft.
  useEffect(() => {
    if (!map) return;
    map.keyboard.disable();
    map.setPixelRatio(window.devicePixelRatio * PROJECTOR_SCALE);
    // At 1.5× a whole-city slide needs more room than the basemap's region allows the camera.
    const bounds = map.getMaxBounds();
    map.setMaxBounds(null);
    return () => {
      map.keyboard.enable();
      map.setPixelRatio(window.devicePixelRatio);
      map.setMaxBounds(bounds);
    };
  }, [map]);

  // Every slide change: tell the app (filters, selection, URL) and frame the slide.
  const report = useRef(onSlide);
  report.current = onSlide;
  useEffect(() => {
    if (!current) return;
    report.current(current, state.index + 1);
    if (!map) return;
    const [w, s, e, n] = current.bounds;
    // Padding in the map's own pixels, which the projector profile draws 1.5× larger; the caption
    // card covers the bottom of the screen.
    const px = (v: number) => v / PROJECTOR_SCALE;
    fitTo(
      map,
      [w, s, e, n],
      { top: px(90), left: px(40), right: px(40), bottom: px(Math.min(300, window.innerHeight * 0.34)) },
      14,
    );
    if (reducedMotion()) map.stop();
  }, [current, state.index, map]);

  const count = deck.slides.length;
  const progress = useMemo(() => `${state.index + 1} / ${count}`, [state.index, count]);
  if (!current) return null;
  return (
    <div
      className="presenter"
      data-slide={state.index + 1}
      data-kind={current.kind}
      data-pseudo-fullscreen={pseudoFullscreen}
    >
      <Caption catalog={catalog} deck={deck} slide={current} />
      <nav className="presenter__nav" aria-label={t('present.nav')}>
        <button
          type="button"
          className="presenter__button"
          aria-label={t('present.prev')}
          disabled={state.index === 0}
          onClick={() => dispatch({ type: 'prev' })}
        >
          ‹
        </button>
        <span className="presenter__progress" aria-live="polite" data-testid="progress">
          {progress}
          {state.typed ? <span className="presenter__typed"> → {state.typed}</span> : null}
        </span>
        <button
          type="button"
          className="presenter__button"
          aria-label={t('present.next')}
          disabled={state.index === count - 1}
          onClick={() => dispatch({ type: 'next' })}
        >
          ›
        </button>
      </nav>
      <div className="presenter__tools">
        <PresenterTools map={map} slide={current} deck={deck} catalog={catalog} qr={qr} onQr={setQr} />
        <button type="button" className="presenter__button presenter__exit" onClick={onExit}>
          {t('present.exit')}
        </button>
      </div>
      {qr ? <QrCode text={window.location.href} label={t('present.qrLabel')} /> : null}
      {state.blank ? (
        <button
          type="button"
          className="presenter__blank"
          data-blank={state.blank}
          aria-label={t('present.unblank')}
          onClick={() => dispatch({ type: 'blank', colour: state.blank ?? 'black' })}
        />
      ) : null}
    </div>
  );
}
