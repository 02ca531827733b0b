import { MILESTONE_FIXED } from './columns.ts';
import { type CellProblem, milestonesOf, type RawMilestone, type RawProperties } from './rows.ts';

// What an edit keeps of the value it replaces. A history entry reads "as of <date>, <field> was
// <value>" (catalog/timeline.ts reads the status entries that way), so the date of a replaced value is
// the last day the old record was confirmed: the item's status_as_of before the edit.
//
//  - status: when the status or its date changes, the old pair (old status_as_of, old status) becomes
//    an entry { date: old status_as_of, field: "status", value: old status, source }: the source is the
//    item's citation dated that day, when its sources list has one, else null (the whole list backs it).
//  - approval / works_start / opening, planned or actual: when a known value changes or is cleared,
//    { date: old status_as_of, field: "<stage>.<planned|actual>", value: old value, source: the old
//    milestone's source }. A value that was unknown (null) leaves nothing to keep.
//  - phases are a list without fixed keys: a changed phase line is not recorded in the history.
// An entry the history already holds is not added twice. New entries go after the old ones.

interface HistoryEntry {
  date: string;
  field: string;
  value: string | null;
  source: string | null;
}

/** The history after an edit from `old` to `next` (both as the files hold them). */
export function historyAfter(old: RawProperties, next: RawProperties): HistoryEntry[] {
  const history = [...((old.history as HistoryEntry[] | undefined) ?? [])];
  const date = old.status_as_of as string;
  const add = (entry: HistoryEntry) => {
    if (!history.some((h) => JSON.stringify(h) === JSON.stringify(entry))) history.push(entry);
  };
  if (old.status !== next.status || old.status_as_of !== next.status_as_of) {
    const dated = ((old.sources as string[] | undefined) ?? []).find((c) => c.includes(date)) ?? null;
    add({ date, field: 'status', value: old.status as string, source: dated });
  }
  const stage = (p: RawProperties, s: string): RawMilestone | undefined => milestonesOf(p).find((m) => m.stage === s);
  for (const s of MILESTONE_FIXED) {
    const before = stage(old, s);
    const after = stage(next, s);
    for (const part of ['planned', 'actual'] as const) {
      const was = before?.[part] ?? null;
      if (was !== null && was !== (after?.[part] ?? null))
        add({ date, field: `${s}.${part}`, value: was, source: before?.source ?? null });
    }
  }
  return history;
}

/**
 * The status date has to move with the status: the new status needs the day it was confirmed, and an
 * edit cannot date a status before the one it replaces (the history would then run backwards).
 */
export function statusDateProblems(old: RawProperties, next: RawProperties): CellProblem[] {
  const was = old.status_as_of as string;
  const now = next.status_as_of;
  if (typeof now !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(now)) return []; // the schema reports it
  if (now < was)
    return [{ column: 'status_as_of', found: now, expected: `a date not before the item's last status date ${was}` }];
  if (old.status !== next.status && now === was)
    return [
      {
        column: 'status_as_of',
        found: now,
        expected: `the date the new status ${JSON.stringify(next.status)} was confirmed, after ${was} (the old status ${JSON.stringify(old.status)} goes to the history with that date)`,
      },
    ];
  return [];
}
