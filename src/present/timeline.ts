import { visible } from '../catalog/select';
import { addMonths, clampMonth, monthOf, TIMELINE_START, type YearMonth } from '../catalog/timeline';
import type { Catalog, CatalogItem } from '../catalog/types';
import type { Slide, TimelineStep } from './types';

// A timeline slide plays the plan month by month (or by quarter) from the congress report to the
// review, or to the slide's own asof. Pure: the presenter only owns the clock that ticks it.

export const STEP_MONTHS: Record<TimelineStep, number> = { month: 1, quarter: 3 };
/** How long each step stays on screen: about half a minute for the whole play from 2022 to today. */
export const STEP_MS: Record<TimelineStep, number> = { month: 450, quarter: 1200 };

/** Where the slide's play stops: its asof, else the catalogue's review month. */
export function timelineEnd(slide: Pick<Slide, 'asof'>, reviewed: string): YearMonth {
  return clampMonth(slide.asof ?? monthOf(reviewed));
}

export interface PlayState {
  month: YearMonth;
  playing: boolean;
}

export type PlayAction =
  /** The slide is shown: from the start, playing unless motion should be reduced. */
  | { type: 'start'; playing: boolean }
  /** A link's month for the slide: shown as it is, paused. */
  | { type: 'resume'; month: YearMonth }
  | { type: 'toggle' }
  | { type: 'tick' };

export interface PlaySpan {
  end: YearMonth;
  step: TimelineStep;
}

export function playReducer(state: PlayState, action: PlayAction, span: PlaySpan): PlayState {
  switch (action.type) {
    case 'start':
      return { month: TIMELINE_START, playing: action.playing && TIMELINE_START < span.end };
    case 'resume': {
      // Months are text: the middle one of the three is the link's month held inside the span.
      const month = [TIMELINE_START, action.month, span.end].sort()[1] ?? TIMELINE_START;
      return { month, playing: false };
    }
    case 'toggle':
      if (state.playing) return { ...state, playing: false };
      // Play at the end starts over: the audience asked to see it again.
      return state.month >= span.end ? { month: TIMELINE_START, playing: true } : { ...state, playing: true };
    case 'tick': {
      if (!state.playing) return state;
      const next = addMonths(state.month, STEP_MONTHS[span.step]);
      return next >= span.end ? { month: span.end, playing: false } : { month: next, playing: true };
    }
  }
}

/** The items a timeline (or a caption's progress bar) covers: the slide's filters, all statuses. */
export function slideScope(catalog: Pick<Catalog, 'items'>, slide: Slide): CatalogItem[] {
  // A status filter means "as it is today"; at another month it would hide what the play should show.
  return visible(catalog.items, {
    zone: slide.zone,
    districts: slide.districts,
    categories: slide.categories,
    statuses: [],
    hits: null,
  });
}

export interface Opening {
  month: YearMonth;
  item: CatalogItem;
}

/**
 * What had opened since the congress report (an opening milestone's actual date from TIMELINE_START)
 * by `month`, in the order it opened. Within a month, sites come before lines and areas, then by id: the
 * caption lists the latest few, and a line that opened with its stations is the one to name.
 */
export function openingsBy(items: readonly CatalogItem[], month: YearMonth): Opening[] {
  const out: Opening[] = [];
  for (const item of items)
    for (const m of item.milestones) {
      if (m.stage !== 'opening' || m.actual === null) continue;
      const opened = monthOf(m.actual);
      if (opened >= TIMELINE_START && opened <= month) out.push({ month: opened, item });
    }
  const weight = (o: Opening) => (o.item.geometry_kind === 'line' || o.item.geometry_kind === 'area' ? 1 : 0);
  return out.sort(
    (a, b) =>
      a.month.localeCompare(b.month) ||
      weight(a) - weight(b) ||
      (a.item.id < b.item.id ? -1 : a.item.id > b.item.id ? 1 : 0),
  );
}
