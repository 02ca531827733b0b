import type { Milestone } from './types.ts';

// Shared by the timeline's tests (catalog/timeline, catalog/atMonth, map/timelineFlags): the review
// date they read the months against, and a milestone in one line.

export const REVIEWED = '2026-12-06';

/** A fixed-stage milestone; an actual date comes with a source, as the catalogue's rules ask. */
export const ms = (stage: Milestone['stage'], planned: string | null, actual: string | null): Milestone => ({
  stage,
  name_zh: null,
  name_en: null,
  planned,
  actual,
  source: actual ? 'a source' : null,
});
