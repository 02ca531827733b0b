import { isCalendarDate } from '../dates.ts';
import { isYearMonth, monthOf, statusAt } from '../timeline.ts';
import { STATUSES } from '../vocab.ts';
import type { ItemProperties, Milestone } from './schema.ts';

// The cross-field rules of an item's milestones and history: what the schema cannot see field by field.
// Every rule protects what the timeline derives from them (catalog/timeline.ts): an actual date is
// evidence and needs its source, nothing is known beyond the item's status_as_of, and the status the
// milestones give at that date is the item's own.

type Push = (field: string, found: unknown, expected: string) => void;

/** The fixed stages in delivery order. A phase (of a programme) has no place in this order. */
const FIXED = ['approval', 'works_start', 'opening'] as const;
type FixedStage = (typeof FIXED)[number];

/**
 * A citation as in `sources`: the outlet, the title in 《》 (titles may quote others), then the date — or
 * 日期不详 / 无发布日期 where the source has none — and the original's address where known.
 */
const CITATION = /^[^《》]+《.+》[^《》]*(\d{4}|日期不详|无发布日期)[^《》]*$/;
const CITATION_EXPECTED = "a citation as in sources: outlet《title》date, with the original outlet's address if known";

/** A real year, month (01–12) or calendar day, as YYYY, YYYY-MM or YYYY-MM-DD. */
export function isRealDate(text: string): boolean {
  if (/^\d{4}$/.test(text)) return true;
  if (text.length === 7) return isYearMonth(text);
  return isCalendarDate(text);
}

/**
 * Compares two dates at the precision both give (2024 and 2024-06 are equal; 2024-06 and 2024-06-30
 * too): a date is as precise as its source, so a year cannot be said to be before its own months.
 */
export function compareDates(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  const x = a.slice(0, n);
  const y = b.slice(0, n);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function checkMilestones(p: ItemProperties, push: Push): void {
  const at = (i: number, key?: string) => `properties.milestones.${i}${key ? `.${key}` : ''}`;
  const first = new Map<FixedStage, number>();
  p.milestones.forEach((m, i) => {
    if (m.planned !== null && !isRealDate(m.planned))
      push(at(i, 'planned'), m.planned, 'a real year or month (YYYY, or YYYY-MM with a month 01–12)');
    if (m.actual !== null && !isRealDate(m.actual))
      push(
        at(i, 'actual'),
        m.actual,
        'a real month or day (YYYY-MM with a month 01–12, or a calendar date YYYY-MM-DD)',
      );
    if (m.planned === null && m.actual === null)
      push(at(i, 'planned'), null, `a planned or an actual date for ${m.stage} (leave out a stage with neither)`);
    if (m.actual !== null && m.source === null)
      push(at(i, 'source'), null, `the source of the actual date ${m.actual} (outlet《title》date)`);
    if (m.source !== null && !CITATION.test(m.source)) push(at(i, 'source'), m.source, CITATION_EXPECTED);
    if (m.actual !== null && compareDates(m.actual, p.status_as_of) > 0)
      push(at(i, 'actual'), m.actual, `a date not after status_as_of ${p.status_as_of}: nothing is known beyond it`);
    if (m.stage === 'phase') {
      if (m.name_zh === null) push(at(i, 'name_zh'), null, "the phase's name in Chinese");
      if (m.name_en === null) push(at(i, 'name_en'), null, "the phase's name in English");
    } else {
      const fixed = `null for the fixed stage ${m.stage} (its name comes from the locale table)`;
      if (m.name_zh !== null) push(at(i, 'name_zh'), m.name_zh, fixed);
      if (m.name_en !== null) push(at(i, 'name_en'), m.name_en, fixed);
      if (first.has(m.stage))
        push(at(i, 'stage'), m.stage, `each of ${FIXED.join(', ')} at most once (${m.stage} is repeated)`);
      else first.set(m.stage, i);
    }
  });
  // Stage order, for the promises and for the events apart: approval ≤ works_start ≤ opening.
  for (const kind of ['planned', 'actual'] as const) {
    FIXED.forEach((later, j) => {
      const li = first.get(later);
      const late = li === undefined ? null : (p.milestones[li] as Milestone)[kind];
      if (li === undefined || late === null) return;
      for (const earlier of FIXED.slice(0, j)) {
        const ei = first.get(earlier);
        const early = ei === undefined ? null : (p.milestones[ei] as Milestone)[kind];
        if (early !== null && compareDates(early, late) > 0)
          push(
            at(li, kind),
            late,
            `a date not before ${earlier}.${kind} ${early} (stages in order: ${FIXED.join(' ≤ ')})`,
          );
      }
    });
  }
}

export function checkHistory(p: ItemProperties, push: Push): void {
  const stages = new Set(p.milestones.map((m) => m.stage));
  let previous: string | null = null;
  p.history.forEach((h, i) => {
    const at = (key: string) => `properties.history.${i}.${key}`;
    if (!isCalendarDate(h.date)) push(at('date'), h.date, 'a real calendar date as YYYY-MM-DD');
    else {
      if (previous !== null && h.date < previous)
        push(at('date'), h.date, `a date not before the entry above it (${previous}): entries in date order`);
      if (h.date > p.status_as_of)
        push(
          at('date'),
          h.date,
          `a date not after status_as_of ${p.status_as_of}: from then on the current value holds`,
        );
      previous = h.date;
    }
    if (h.field === 'status') {
      if (!STATUSES.includes(h.value as never)) push(at('value'), h.value, `one of ${STATUSES.join(', ')}`);
    } else {
      const [stage, kind] = h.field.split('.') as [Milestone['stage'], 'planned' | 'actual'];
      if (!stages.has(stage))
        push(at('field'), h.field, `a stage among the item's milestones (${[...stages].join(', ') || 'none'})`);
      const ok =
        h.value === null ||
        ((kind === 'planned' ? /^\d{4}(-\d{2})?$/ : /^\d{4}-\d{2}(-\d{2})?$/).test(h.value) && isRealDate(h.value));
      if (!ok)
        push(
          at('value'),
          h.value,
          kind === 'planned'
            ? 'a real year or month (YYYY or YYYY-MM), or null'
            : 'a real month or day (YYYY-MM or YYYY-MM-DD), or null',
        );
    }
    // A source where one is known. An entry the workbook import keeps of a replaced value may have none:
    // the value was the item's own record, backed by its sources list as a whole (src/sheet/history.ts).
    if (h.source !== null && !CITATION.test(h.source)) push(at('source'), h.source, CITATION_EXPECTED);
  });
}

/**
 * The status the milestones and the history give at the month of status_as_of must be the item's
 * status (an item with an actual opening cannot still be under construction). Only meaningful once the
 * dates themselves are sound, so the caller runs it on an item without other timeline issues.
 */
export function checkConsistency(p: ItemProperties, push: Push): void {
  const month = monthOf(p.status_as_of);
  const derived = statusAt(p, month, p.status_as_of).status;
  if (derived !== 'unknown' && derived !== p.status)
    push(
      'properties.status',
      p.status,
      `"${derived}", the status its milestones give for ${month} (the month of status_as_of), or milestones that agree with "${p.status}"`,
    );
}

/** All the timeline rules of one item, the consistency last. */
export function checkTimeline(p: ItemProperties, push: Push): void {
  let issues = 0;
  const counted: Push = (...args) => {
    issues++;
    push(...args);
  };
  checkMilestones(p, counted);
  checkHistory(p, counted);
  if (issues === 0) checkConsistency(p, push);
}
