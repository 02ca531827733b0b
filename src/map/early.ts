import type { Map as MapLibreMap, MapOptions, StyleSpecification } from 'maplibre-gl';
import { loadLang, mapLocale } from '../i18n';
import { SYNTHETIC } from '../scale/hooks';
import { parseView } from '../state/url.ts';
import { startCamera, startOptions } from './camera';
import { addLater, splitStyle } from './firstStyle';
import { MAP_OPTIONS } from './mapOptions';
import { placeLabelsOnce } from './placeOnce';
import { recordStartFrames } from './probe';
import { sourceUrls } from './sourceUrls';
import { buildStyle } from './style';
import { reuseTiles } from './tiles';
import { webGL2Works } from './webgl';
import { drawWholeFrames } from './wholeFrames';

// The map starts from the page's first script, as soon as the engine has been evaluated, instead of
// after React, the catalogue and the explorer's first render, which put a few hundred milliseconds
// between the engine's arrival and the first frame (bench/README.md). MapView then takes this map over
// (explorerEngine) rather than making its own, so nothing is drawn twice. Only links that show the whole plan start early (a language and a
// camera at most): a link with filters, an item or a deck would first show the unfiltered map, so it
// waits for the app as before.

type Engine = typeof import('maplibre-gl');

interface EarlyMap {
  map: MapLibreMap;
  style: StyleSpecification;
  /** The page-sized frame that holds the map where the app's map area will be, until MapView takes it. */
  frame: HTMLElement;
  container: HTMLElement;
  /** Errors before the hand-over (a source that failed to load), given to MapView's handlers after it. */
  errors: unknown[];
  loaded: boolean;
  firstIdleAt: number | null;
}

let early: EarlyMap | null = null;

/** The keys a link may carry and still start the map early. */
const EARLY_KEYS = new Set(['lang', 'cam']);

/** Whether a link (its query string) starts the map from the first script. */
export function startsEarly(search: string): boolean {
  if (SYNTHETIC) return false;
  for (const key of new URLSearchParams(search).keys()) if (!EARLY_KEYS.has(key)) return false;
  return true;
}

/**
 * Creates the map in the frame the explorer's map area will have (the same style sheet places both).
 * Settles once the map has drawn its first frame or failed: the app's first render waits for it (src/main.tsx),
 * since both run on the one main thread and the map is what a visitor came for. True if a map was made.
 */
export async function startEarly(engine: Engine): Promise<boolean> {
  if (early || !startsEarly(location.search)) return false;
  // Item and district ids play no part in a language and a camera.
  const { view } = parseView(location.search, { items: new Set(), districts: new Set() });
  // The map's own controls are labelled in the link's language.
  await loadLang(view.lang);
  if (early) return false;
  const frame = document.createElement('div');
  frame.className = 'app early-frame';
  frame.dataset.mode = 'explore';
  frame.dataset.panel = 'open';
  const stage = document.createElement('div');
  stage.className = 'stage';
  const container = document.createElement('div');
  container.className = 'early-map';
  stage.append(container);
  frame.append(document.createElement('div'), stage);
  document.body.append(frame);
  const style = buildStyle(view.lang, sourceUrls());
  // Its data and their layers come right after the first frame (firstStyle.ts); MapView is handed the
  // map with them in place.
  const { first, later } = splitStyle(style);
  let map: MapLibreMap;
  try {
    map = new engine.Map({
      container,
      style: first,
      locale: mapLocale(view.lang),
      ...MAP_OPTIONS,
      ...startOptions(startCamera(view.camera)),
    } as MapOptions);
  } catch {
    // No WebGL2 context (the page has not asked before: src/main.tsx). The app asks, and draws the static
    // overview, or MapView makes its own attempt and says what failed.
    frame.remove();
    return false;
  }
  webGL2Works();
  const state: EarlyMap = { map, style, frame, container, errors: [], loaded: false, firstIdleAt: null };
  drawWholeFrames(map);
  placeLabelsOnce(map);
  recordStartFrames(map);
  map.on('styledata', () => reuseTiles(map));
  map.on('error', keepError);
  map.once('load', () => {
    state.loaded = true;
  });
  map.once('idle', () => {
    state.firstIdleAt = performance.now();
  });
  early = state;
  // The first frame with the style loaded (the engine refuses sources and layers before that).
  map.once('style.load', () => map.once('render', () => addLater(map, later)));
  return new Promise((resolve) => {
    map.once('render', () => resolve(true));
    map.once('error', () => resolve(true));
  });
}

function keepError(event: unknown) {
  early?.errors.push(event);
}

/** The style the early map was made with, or null when there is none to take over. */
export function earlyStyle(): StyleSpecification | null {
  return early?.style ?? null;
}

/** performance.now() at the early map's first `idle`, for the test build's probe. */
export function earlyFirstIdle(map: MapLibreMap): number | null {
  return handedOver.get(map) ?? null;
}

const handedOver = new WeakMap<MapLibreMap, number | null>();

/**
 * The engine as react-map-gl should use it: its Map hands over the early map the first time, placed in
 * the container react-map-gl made, and makes a new one after that, or from the start when there is no
 * early map. Every map it makes draws only whole frames while it starts (wholeFrames.ts), and each later
 * change in one frame (placeOnce.ts), as the early map does.
 */
export function explorerEngine(): Promise<Engine> {
  return import('maplibre-gl').then((engine) => {
    // Called with `new` by react-map-gl: a constructor that returns an object gives that object.
    function adoptOrCreate(options: MapOptions) {
      const taken = early;
      early = null;
      if (!taken) {
        const made = new engine.Map(options);
        drawWholeFrames(made);
        placeLabelsOnce(made);
        return made;
      }
      const { map } = taken;
      (options.container as HTMLElement).append(taken.container);
      taken.frame.remove();
      map.off('error', keepError);
      handedOver.set(map, taken.firstIdleAt);
      // react-map-gl listens once this constructor has returned: what it missed is told again then.
      queueMicrotask(() => {
        if (taken.loaded) map.fire('load');
        for (const event of taken.errors) map.fire(event as Parameters<MapLibreMap['fire']>[0]);
        // A map already complete would not go idle again by itself, and MapView waits for that `idle`;
        // one still loading goes idle when it is done.
        if (map.loaded()) map.triggerRepaint();
      });
      return map;
    }
    return { ...engine, Map: adoptOrCreate as unknown as Engine['Map'] };
  });
}

/** Removes an early map nobody will take over (the catalogue failed to load, the map area failed). */
export function dropEarly(): void {
  if (!early) return;
  early.map.remove();
  early.frame.remove();
  early = null;
}
