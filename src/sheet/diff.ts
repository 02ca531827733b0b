import { MILESTONE_FIXED, MILESTONE_PARTS, milestoneKey } from './columns.ts';
import { formatPhase, milestonesOf, type RawProperties } from './rows.ts';

// What an import changes, field by field: item · field · old → new. Milestones are compared by the
// workbook's columns (opening.planned …), history by its new entries, so that the list reads like the sheet.

export interface Change {
  id: string;
  field: string;
  old: unknown;
  new: unknown;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The milestones as the workbook's columns show them. */
function milestoneFields(p: RawProperties): Record<string, unknown> {
  const list = milestonesOf(p);
  const out: Record<string, unknown> = {};
  for (const stage of MILESTONE_FIXED)
    for (const part of MILESTONE_PARTS)
      out[milestoneKey(stage, part)] = list.find((m) => m.stage === stage)?.[part] ?? null;
  const phases = list.filter((m) => m.stage === 'phase').map(formatPhase);
  out.phases = phases.length ? phases : null;
  return out;
}

export function diffItem(old: RawProperties, next: RawProperties): Change[] {
  const id = String(next.id ?? old.id);
  const changes: Change[] = [];
  const keys = [...new Set([...Object.keys(old), ...Object.keys(next)])];
  for (const key of keys) {
    if (same(old[key], next[key])) continue;
    if (key === 'milestones') {
      const a = milestoneFields(old);
      const b = milestoneFields(next);
      for (const f of Object.keys(b)) if (!same(a[f], b[f])) changes.push({ id, field: f, old: a[f], new: b[f] });
    } else if (key === 'history') {
      const before = (old.history as unknown[] | undefined) ?? [];
      for (const entry of ((next.history as unknown[] | undefined) ?? []).slice(before.length))
        changes.push({ id, field: 'history', old: null, new: entry });
    } else changes.push({ id, field: key, old: old[key] ?? null, new: next[key] ?? null });
  }
  return changes;
}

const show = (v: unknown): string => {
  if (v === null || v === undefined) return '(empty)';
  if (typeof v === 'string') return JSON.stringify(v.length > 80 ? `${v.slice(0, 77)}…` : v);
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return show(v.join(' / '));
  return JSON.stringify(v);
};

export function formatChange(c: Change): string {
  if (c.field === 'history') return `${c.id} · history + ${JSON.stringify(c.new)}`;
  return `${c.id} · ${c.field}: ${show(c.old)} → ${show(c.new)}`;
}
