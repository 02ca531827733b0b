import './Presenter.css';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Filters } from '../catalog/select';
import type { Catalog, CatalogItem } from '../catalog/types';
import { useT } from '../i18n/context';
import { PROJECTOR_SCALE } from '../layout';
import { fitTo } from '../map/camera';
import type { DeckId } from '../state/types';
import { Caption } from './Caption';
import { Console } from './Console';
// Checked against the deck schema and the catalogue at build time (scripts/vite/catalog.ts).
import defaultDeck from './deck.default.json';
import { resultsDeck } from './generateDeck';
import { keyToCommand } from './keys';
import { LaserDot } from './LaserDot';
import { PresenterTools } from './PresenterTools';
import { QrCode } from './QrCode';
import { type PresentAction, presentReducer, slideIndex } from './reducer';
import type { LngLat, Role } from './sync';
import type { Blank, Deck, PresentState } from './types';
import { useDeckSync } from './useDeckSync';
import { useSlideMonth } from './useSlideMonth';

export interface PresenterProps {
  catalog: Catalog;
  deckId: DeckId;
  /** 1-based slide number from the URL: the one place that says which slide is shown. */
  slide: number;
  /** The items the panel's filters keep, for "present these results". */
  results: readonly CatalogItem[];
  filters: Filters;
  map: MapLibreMap | null;
  /** The URL's month (view.asof): the explorer's when presenting starts, then the slide's. */
  asof: string | null;
  /** The month the view should show (null: today), for the URL. */
  onAsof: (month: string | null) => void;
  /** The deck being presented, once built (null when the presenter closes), for the app to read its slide. */
  onDeck: (deck: Deck | null) => void;
  /** A move to another 1-based slide number, for the URL. */
  onSlide: (number: number) => void;
  onExit: () => void;
  /** This window is the presenter console (`view=console`), not the audience screen. */
  console: boolean;
  /** The item spotlit on both screens (the app dims everything else), reported as it changes. */
  onSpotlight: (id: string | null) => void;
  /** Where the app hands a click on an item while presenting: with the pointer on, it spotlights it. */
  selectRef: { current: ((id: string) => void) | null };
}

/** Opens the presenter console: the same link with view=console, in a window of its own. */
function openConsole(deckId: string): boolean {
  const url = new URL(window.location.href);
  url.searchParams.set('view', 'console');
  return window.open(url.href, `jinan-blueprint-console-${deckId}`, 'popup,width=1280,height=800') !== null;
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
export default function Presenter({
  catalog,
  deckId,
  slide,
  results,
  filters,
  map,
  asof,
  onAsof,
  onDeck,
  onSlide,
  onExit,
  console: isConsole,
  onSpotlight,
  selectRef,
}: PresenterProps) {
  const role: Role = isConsole ? 'console' : 'audience';
  const t = useT();
  // The results deck is frozen when presenting starts: the panel is hidden, the filters cannot change.
  const [deck] = useState<Deck>(() =>
    deckId === 'results' ? resultsDeck(catalog, results, filters) : (defaultDeck as unknown as Deck),
  );
  // The app reads the slide shown from the URL's number in this deck.
  const deckReport = useRef(onDeck);
  deckReport.current = onDeck;
  useLayoutEffect(() => {
    deckReport.current(deck);
    return () => deckReport.current(null);
  }, [deck]);
  // Which slide is the URL's; the presenter itself keeps only what a link does not carry.
  const [screen, setScreen] = useState<{ blank: Blank; typed: string }>({ blank: null, typed: '' });
  const state: PresentState = { deck, index: slideIndex(deck, slide), ...screen };
  const [pseudoFullscreen, setPseudoFullscreen] = useState(false);
  // The console's map is drawn at its own size: the projector profile is for the audience screen.
  const scale = isConsole ? 1 : PROJECTOR_SCALE;
  const current = deck.slides[state.index];
  const exit = useRef(onExit);
  exit.current = onExit;

  // The month shown follows the slide (its asof, a timeline's play, else the explorer's month).
  const { shownAsof, play, togglePlay } = useSlideMonth({
    slide: current,
    index: state.index,
    reviewed: catalog.reviewed,
    asof,
    onAsof,
  });
  const playRef = useRef(togglePlay);
  playRef.current = togglePlay;

  // A key or button applies its transition to the latest state, also when a second key comes before
  // the re-render; the new slide number goes to the URL, the rest stays here.
  const latest = useRef(state);
  useLayoutEffect(() => {
    latest.current = state;
  });
  const move = useRef(onSlide);
  move.current = onSlide;
  // In step with the other window: a move here is sent there, and one from there is shown here.
  const apply = useCallback((shown: { index: number; blank: Blank }) => {
    const before = latest.current;
    latest.current = { ...before, index: shown.index, blank: shown.blank, typed: '' };
    if (shown.blank !== before.blank || before.typed !== '') setScreen({ blank: shown.blank, typed: '' });
    if (shown.index !== before.index) move.current(shown.index + 1);
  }, []);
  // Esc in the other window ends the presentation here too; a console then closes (if the page opened it).
  const exitHere = useCallback(() => {
    exit.current();
    if (role === 'console') window.close();
  }, [role]);
  const { sync, change, exitAll } = useDeckSync(deck.id, role, state.index, state.blank, apply, exitHere);
  const leave = useCallback(() => {
    exitAll();
    exitHere();
  }, [exitAll, exitHere]);
  const [blocked, setBlocked] = useState(false);
  // The QR code of the link shows by itself on the opening and closing slides; the button (in either
  // window) overrides that on both screens until the next slide.
  const qr = sync.qr ?? (current?.kind === 'title' || current?.kind === 'summary');
  const setQr = (show: boolean) => change({ qr: show });
  const spotlightReport = useRef(onSpotlight);
  spotlightReport.current = onSpotlight;
  useEffect(() => spotlightReport.current(sync.spotlight), [sync.spotlight]);
  useEffect(() => () => spotlightReport.current(null), []);
  useEffect(() => {
    selectRef.current = (id: string) => change({ spotlight: id });
    return () => {
      selectRef.current = null;
    };
  }, [selectRef, change]);
  const dispatch = useCallback((action: PresentAction) => {
    const before = latest.current;
    const next = presentReducer(before, action);
    latest.current = next;
    if (next.blank !== before.blank || next.typed !== before.typed) setScreen({ blank: next.blank, typed: next.typed });
    if (next.index !== before.index) move.current(next.index + 1);
  }, []);

  const togglePointer = useRef(() => {});
  togglePointer.current = () => change({ pointerOn: !sync.pointerOn });

  // Keys: the clicker's PageDown/PageUp, arrows, Space, Home/End, number + Enter, B/./W to blank, F, Esc.
  // Attached before the first paint, so a key pressed the moment the deck appears is not lost.
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement) return;
      const command = keyToCommand(e);
      if (!command) return;
      e.preventDefault();
      if (command.type === 'exit') leave();
      else if (command.type === 'play') playRef.current();
      else if (command.type === 'fullscreen') void toggleFullscreen(setPseudoFullscreen);
      else if (command.type === 'console') {
        if (role === 'audience') setBlocked(!openConsole(deck.id));
      } else if (command.type === 'pointer') togglePointer.current();
      else dispatch(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [dispatch, leave, role, deck.id]);

  // MapLibre pans on arrow keys; while presenting, the arrows belong to the deck. The projector
  // profile draws the map 1.5× larger (CSS scale) and renders it at 1.5× the pixel ratio, so lines
  // and labels grow without going soft.
  useEffect(() => {
    if (!map) return;
    map.keyboard.disable();
    map.setPixelRatio(window.devicePixelRatio * scale);
    // At 1.5× a whole-city slide needs more room than the basemap's region allows the camera.
    const bounds = map.getMaxBounds();
    map.setMaxBounds(null);
    return () => {
      map.keyboard.enable();
      map.setPixelRatio(window.devicePixelRatio);
      map.setMaxBounds(bounds);
    };
  }, [map, scale]);

  // On the console, the pointer follows the mouse over the map (one message per frame at most).
  useEffect(() => {
    if (!map || role !== 'console' || !sync.pointerOn) return;
    let frame = 0;
    let at: LngLat | null = null;
    const send = () => {
      frame = 0;
      change({ pointer: at });
    };
    const onMove = (e: { lngLat: { lng: number; lat: number } }) => {
      at = [e.lngLat.lng, e.lngLat.lat];
      if (!frame) frame = requestAnimationFrame(send);
    };
    const onOut = () => {
      at = null;
      if (!frame) frame = requestAnimationFrame(send);
    };
    map.on('mousemove', onMove);
    map.on('mouseout', onOut);
    return () => {
      map.off('mousemove', onMove);
      map.off('mouseout', onOut);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [map, role, sync.pointerOn, change]);

  // A link's slide number past the deck's end is written back as the slide shown.
  useEffect(() => {
    if (deck.slides.length > 0 && slide !== state.index + 1) move.current(state.index + 1);
  }, [deck, slide, state.index]);

  // Every slide change frames the slide.
  useEffect(() => {
    if (!current || !map) return;
    const [w, s, e, n] = current.bounds;
    // Padding in the map's own pixels, which the projector profile draws 1.5× larger; the caption
    // card covers the bottom of the screen.
    const px = (v: number) => v / scale;
    const bottom = role === 'console' ? 24 : px(Math.min(300, window.innerHeight * 0.34));
    fitTo(map, [w, s, e, n], { top: px(90), left: px(40), right: px(40), bottom }, 14);
    if (reducedMotion()) map.stop();
  }, [current, map, scale, role]);

  const count = deck.slides.length;
  const progress = useMemo(() => `${state.index + 1} / ${count}`, [state.index, count]);
  if (!current) return null;
  const nav = (
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
  );
  const tools = (
    <>
      <PresenterTools map={map} slide={current} deck={deck} catalog={catalog} asof={shownAsof} qr={qr} onQr={setQr} />
      <button type="button" className="presenter__button presenter__exit" onClick={leave}>
        {t('present.exit')}
      </button>
    </>
  );
  const blank = state.blank ? (
    <button
      type="button"
      className="presenter__blank"
      data-blank={state.blank}
      aria-label={t('present.unblank')}
      onClick={() => dispatch({ type: 'blank', colour: state.blank ?? 'black' })}
    />
  ) : null;

  if (role === 'console')
    return (
      <div className="presenter presenter--console" data-slide={state.index + 1} data-kind={current.kind}>
        <Console
          deck={deck}
          catalog={catalog}
          index={state.index}
          linked={sync.peer}
          pointerOn={sync.pointerOn}
          onGoto={(index) => dispatch({ type: 'goto', index })}
          onPointer={() => togglePointer.current()}
          progress={nav}
          tools={tools}
        />
      </div>
    );

  return (
    <div
      className="presenter"
      data-slide={state.index + 1}
      data-kind={current.kind}
      data-pseudo-fullscreen={pseudoFullscreen}
      data-console={sync.peer}
    >
      <Caption catalog={catalog} deck={deck} slide={current} asof={shownAsof} play={play} />
      {nav}
      {/* With the console open the tools are there; otherwise they stay hidden until reached for. */}
      {sync.peer ? null : (
        <div className="presenter__tools">
          <button type="button" className="presenter__button" onClick={() => setBlocked(!openConsole(deck.id))}>
            {t('console.open')}
          </button>
          {tools}
          {blocked ? (
            <p className="presenter__busy" role="alert">
              {t('console.blocked')}
            </p>
          ) : null}
        </div>
      )}
      {qr ? <QrCode text={window.location.href} label={t('present.qrLabel')} /> : null}
      {sync.pointerOn && sync.pointer && map ? <LaserDot map={map} at={sync.pointer} /> : null}
      {blank}
    </div>
  );
}
