import type { Category, MilestoneStage, ShippedHistoryEntry, ShippedMilestone, Status } from './types.ts';

/** What the timeline reads of a milestone or history entry: the dates, not the sources. */
type Milestone = ShippedMilestone;
type HistoryEntry = ShippedHistoryEntry;

// An item's status at a chosen month, from its dated milestones and its recorded statuses. Pure and
// cheap: the slider calls it for every item on every step. Months are 'YYYY-MM' text, which compares
// in calendar order, so no Date object (and no time zone) is involved.

export type YearMonth = string;

/** The slider's range: the month of the congress report to the plan's horizon. */
export const TIMELINE_START: YearMonth = '2022-04';
export const TIMELINE_END: YearMonth = '2035-12';

/** A status at a month; 'unknown' where no milestone or recorded status says what it was then. */
export type StatusAtDate = Status | 'unknown';

/** How far an item had come: the four groups of the progress bars. "Behind" is a mark on top of them. */
export type Progress = 'done' | 'under_way' | 'not_started' | 'unknown';

export interface ItemAt {
  status: StatusAtDate;
  /** A planned milestone date had passed by then (or by the review, for a later month) without the event. */
  behind: boolean;
  /** After the review date: the status assumes the planned dates still to come are kept. */
  projected: boolean;
}

export interface TimelineItem {
  category: Category;
  status: Status;
  status_as_of: string;
  milestones: readonly Milestone[];
  history: readonly HistoryEntry[];
}

export function isYearMonth(text: string): boolean {
  const m = /^(\d{4})-(\d{2})$/.exec(text);
  return m !== null && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

/** The month of a date given as YYYY-MM-DD, YYYY-MM or YYYY (a bare year stands for its last month). */
export function monthOf(date: string): YearMonth {
  return date.length === 4 ? `${date}-12` : date.slice(0, 7);
}

export function addMonths(month: YearMonth, n: number): YearMonth {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const total = y * 12 + (m - 1) + n;
  const ny = Math.floor(total / 12);
  return `${String(ny).padStart(4, '0')}-${String(total - ny * 12 + 1).padStart(2, '0')}`;
}

/** Whole months from `from` to `to` (negative when `to` is earlier). */
export function monthsFrom(from: YearMonth, to: YearMonth): number {
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  return (ty - fy) * 12 + (tm - fm);
}

export function clampMonth(month: YearMonth): YearMonth {
  return month < TIMELINE_START ? TIMELINE_START : month > TIMELINE_END ? TIMELINE_END : month;
}

/** The fixed stages in delivery order: a later stage done means the earlier ones are done too. */
const ORDER: Partial<Record<MilestoneStage, number>> = { approval: 0, works_start: 1, opening: 2 };

const DONE: readonly StatusAtDate[] = ['completed', 'in_operation'];
const UNDER_WAY: readonly StatusAtDate[] = ['under_construction', 'ongoing'];

export function progressOf(status: StatusAtDate): Progress {
  if (DONE.includes(status)) return 'done';
  if (UNDER_WAY.includes(status)) return 'under_way';
  if (status === 'planned') return 'not_started';
  return 'unknown';
}

const RANK: Record<Progress, number> = { unknown: -1, not_started: 0, under_way: 1, done: 2 };

/** Whether the milestone's event (or, for a fixed stage, a later stage's) had happened by `month`. */
function doneBy(item: TimelineItem, m: Milestone, month: YearMonth): boolean {
  const happened = (x: Milestone) => x.actual !== null && monthOf(x.actual) <= month;
  if (m.stage === 'phase') return happened(m);
  const rank = ORDER[m.stage] ?? 0;
  return item.milestones.some((x) => x.stage !== 'phase' && (ORDER[x.stage] ?? 0) >= rank && happened(x));
}

/** What the item is once it has opened: its own status if that is one, else by its kind. */
function finalStatus(item: TimelineItem): Status {
  if (item.status === 'completed' || item.status === 'in_operation') return item.status;
  return item.category === 'transport' ? 'in_operation' : 'completed';
}

const startedStatus = (item: TimelineItem): Status => (item.status === 'ongoing' ? 'ongoing' : 'under_construction');

/** The status the evidence gives for `month`, at or before the review. */
function knownStatus(item: TimelineItem, month: YearMonth): StatusAtDate {
  const stagesBy = (stages: readonly MilestoneStage[], test: (actual: YearMonth) => boolean) =>
    item.milestones.some((m) => stages.includes(m.stage) && m.actual !== null && test(monthOf(m.actual)));
  if (stagesBy(['opening'], (a) => a <= month)) return finalStatus(item);
  if (stagesBy(['works_start', 'phase'], (a) => a <= month)) return startedStatus(item);
  // Works known to have started only later: not started then. A later opening alone says nothing
  // about when works began (a station opens years after its line's works started).
  if (stagesBy(['works_start', 'phase'], (a) => a > month)) return 'planned';

  const points = [
    ...item.history
      .filter((h) => h.field === 'status' && h.value !== null)
      .map((h) => [h.date, h.value as Status] as const),
    [item.status_as_of, item.status] as const,
  ].sort((a, b) => a[0].localeCompare(b[0]));
  const last = points.filter(([date]) => monthOf(date) <= month).at(-1);
  if (last) return last[1];
  // Still planned at the first record: it was planned before that too (the report planned it).
  return points[0]?.[1] === 'planned' ? 'planned' : 'unknown';
}

function behindBy(item: TimelineItem, month: YearMonth): boolean {
  return item.milestones.some((m) => m.planned !== null && monthOf(m.planned) < month && !doneBy(item, m, month));
}

/**
 * The item's status at `month`. Up to the review date (`reviewed`, YYYY-MM-DD) it comes from evidence
 * only; after it, the planned dates still ahead at the review are assumed kept (`projected`), while an
 * item already behind at the review stays where it was and stays behind.
 */
export function statusAt(item: TimelineItem, month: YearMonth, reviewed: string): ItemAt {
  const now = monthOf(reviewed);
  if (month <= now) return { status: knownStatus(item, month), behind: behindBy(item, month), projected: false };

  const today = knownStatus(item, now);
  let status: StatusAtDate = today;
  let projected = false;
  for (const m of item.milestones) {
    if (m.planned === null || m.actual !== null) continue;
    const due = monthOf(m.planned);
    if (due < now || due > month) continue;
    const next: Status | null =
      m.stage === 'opening' ? finalStatus(item) : m.stage === 'approval' ? null : startedStatus(item);
    if (next !== null && RANK[progressOf(next)] > RANK[progressOf(status)]) {
      status = next;
      projected = true;
    }
  }
  return { status, behind: behindBy(item, now), projected };
}

export interface ProgressCounts extends Record<Progress, number> {
  /** Items behind schedule at the month, whichever group they are in. */
  behind: number;
  total: number;
}

/** How many of the items were done, under way, not started or unknown at `month`, and how many behind. */
export function countProgress(items: Iterable<TimelineItem>, month: YearMonth, reviewed: string): ProgressCounts {
  const ats: ItemAt[] = [];
  for (const item of items) ats.push(statusAt(item, month, reviewed));
  return tallyProgress(ats);
}

/** countProgress over statuses already worked out (the view keeps every item's for the month shown). */
export function tallyProgress(ats: Iterable<ItemAt>): ProgressCounts {
  const counts: ProgressCounts = { done: 0, under_way: 0, not_started: 0, unknown: 0, behind: 0, total: 0 };
  for (const { status, behind } of ats) {
    counts[progressOf(status)]++;
    if (behind) counts.behind++;
    counts.total++;
  }
  return counts;
}
