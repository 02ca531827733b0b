import type { Bounds } from '../catalog/types.ts';
import type { Category, Status, Zone } from '../catalog/vocab.ts';

// A presentation is data: a deck of slides, each a view of the live map (filters, selection, camera)
// with a caption. The facts a caption shows (status, years, figures, counts) are read from the
// catalogue when the slide is shown, so a deck never goes stale when the data changes.

export const DECK_SCHEMA_VERSION = 2;
/** What each schema version added, for the message an older deck gets. */
export const DECK_SCHEMA_CHANGES: Record<number, string> = {
  2: 'schema 2 adds speaker notes: every slide needs "notes": {"zh": "…", "en": "…"} (may be empty strings)',
};

export type SlideKind = 'title' | 'zone' | 'item' | 'summary' | 'timeline';

/** How far a timeline slide's play moves at each step. */
export type TimelineStep = 'month' | 'quarter';

export interface Slide {
  /** Stable within the deck (used in links? no: links use the 1-based slide number). */
  id: string;
  kind: SlideKind;
  /** Filters in force while the slide is shown (everything else is dimmed or hidden). */
  zone: Zone | null;
  districts: string[];
  categories: Category[];
  statuses: Status[];
  /** The item this slide is about (kind 'item'), highlighted and captioned. */
  item: string | null;
  /** What the camera frames: west, south, east, north in WGS-84. */
  bounds: Bounds;
  /** Optional wording; when empty, the presenter composes the caption from the catalogue. */
  title_zh: string;
  title_en: string;
  note_zh: string;
  note_en: string;
  /**
   * Optional: the month (YYYY-MM, within the timeline) the map and caption show while the slide is
   * shown; absent, the month the explorer showed (usually today). A timeline slide plays up to it
   * (absent: to the catalogue's review month).
   */
  asof?: string;
  /** Timeline slides only, optional: a month (the default) or a quarter per step of the play. */
  step?: TimelineStep;
  /** Speaker notes, shown on the presenter console and in the exported PowerPoint's notes pane; never to the audience. */
  notes: SlideNotes;
}

export interface SlideNotes {
  zh: string;
  en: string;
}

export interface Deck {
  schema: typeof DECK_SCHEMA_VERSION;
  id: string;
  title_zh: string;
  title_en: string;
  slides: Slide[];
}

export type Blank = 'black' | 'white' | null;

export interface PresentState {
  deck: Deck;
  /** 0-based index of the slide shown. */
  index: number;
  blank: Blank;
  /** Digits typed so far for "number then Enter". */
  typed: string;
}
