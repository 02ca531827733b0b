import type { Category, Status, Zone } from '../catalog/vocab.ts';
import type { Lang } from '../i18n';

/** The camera as the URL carries it: centre and zoom (the map is never rotated or tilted). */
export interface Camera {
  lng: number;
  lat: number;
  zoom: number;
}

/**
 * Everything a link reproduces. The URL is its source of truth: the app parses it on load, and
 * writes it back on every change.
 */
export interface ViewState {
  lang: Lang;
  /** One of the five directions, or 全市 for the city-wide items; null: all. */
  zone: Zone | null;
  /** Chosen districts, by adcode (e.g. '370114' for 章丘区); empty: all. */
  districts: string[];
  categories: Category[];
  statuses: Status[];
  /** Search text as typed. */
  q: string;
  /** The selected item's id. */
  item: string | null;
  /** Null until the user moves the map: the view then follows the filters. */
  camera: Camera | null;
  /** The deck being presented: the default deck, or one built from the current filters; null: exploring. */
  present: DeckId | null;
  /** 1-based slide number while presenting. */
  slide: number;
  /** The month the map shows the plan at (YYYY-MM, within the timeline's range); null: today, the review date. */
  asof: string | null;
  /** Only the items behind schedule at that month (a planned milestone date passed without the event). */
  late: boolean;
  /** This window is the presenter console of the deck (`view=console`): notes, next slide, timer, tools. */
  console: boolean;
  /** Embedded in another page (`embed=1`): the map, legend and caption only, no panel. */
  embed: boolean;
}

export const DECK_IDS = ['default', 'results'] as const;
export type DeckId = (typeof DECK_IDS)[number];

export const DEFAULT_VIEW: ViewState = {
  lang: 'zh',
  zone: null,
  districts: [],
  categories: [],
  statuses: [],
  q: '',
  item: null,
  camera: null,
  present: null,
  slide: 1,
  asof: null,
  late: false,
  console: false,
  embed: false,
};
