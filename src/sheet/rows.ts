import { isCalendarDate } from '../catalog/dates.ts';
import {
  COLUMNS,
  type Column,
  MILESTONE_FIXED,
  MILESTONE_PARTS,
  milestoneKey,
  PHASE_FORMAT,
  PHASE_SEPARATOR,
} from './columns.ts';

// Between an item's properties (as its file holds them) and a row of cells, both ways. Reading a cell
// only converts it (a date cell to YYYY-MM-DD, a list cell to a list); whether the value is right is the
// build's validation's to say (sheet/importPlan.ts runs it), apart from what only the cell can tell:
// a date that is no day of the calendar, a phase line that does not have five parts.

/** What a cell holds, as the workbook library reads it once formulas and links are ruled out. */
export type CellValue = string | number | boolean | Date | null;
export type Row = Record<string, CellValue>;
/** An item's properties as its file holds them (keys in the file's order; optional lists may be absent). */
export type RawProperties = Record<string, unknown>;

export interface RawMilestone {
  stage: string;
  name_zh?: string | null;
  name_en?: string | null;
  planned: string | null;
  actual: string | null;
  source: string | null;
}

export interface CellProblem {
  column: string;
  found: string;
  expected: string;
}

/** A calendar day as a date cell: midnight UTC, which the workbook stores as that day whatever the time zone. */
export const dateCell = (iso: string): Date => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
};
const isoDay = (d: Date): string => d.toISOString().slice(0, 10);

export const milestonesOf = (p: RawProperties): RawMilestone[] =>
  Array.isArray(p.milestones) ? (p.milestones as RawMilestone[]) : [];

export function formatPhase(m: RawMilestone): string {
  const parts = [m.name_zh, m.name_en, m.planned, m.actual, m.source].map((v) => v ?? '');
  if (parts.some((p) => p.includes('|') || /[\r\n]/.test(p)))
    throw new Error(`a phase of ${JSON.stringify(m.name_zh)} contains | or a line break and cannot be one line`);
  return parts.join(PHASE_SEPARATOR).trimEnd();
}

/** The cells of one item's row. Throws where a value cannot be written so that it reads back the same. */
export function toRow(p: RawProperties): Row {
  const row: Row = {};
  const milestones = milestonesOf(p);
  for (const c of COLUMNS) {
    if (c.type === 'milestone') {
      const [stage, part] = c.key.split('.') as [string, keyof RawMilestone];
      const found = milestones.filter((m) => m.stage === stage);
      if (found.length > 1)
        throw new Error(`${p.id}: ${found.length} ${stage} milestones; the workbook has one column each`);
      row[c.key] = (found[0]?.[part] as string | null | undefined) ?? null;
      continue;
    }
    if (c.type === 'phases') {
      const phases = milestones.filter((m) => m.stage === 'phase');
      row[c.key] = phases.length ? phases.map(formatPhase).join('\n') : null;
      continue;
    }
    const v = p[c.key];
    if (c.type === 'date') row[c.key] = typeof v === 'string' ? dateCell(v) : null;
    else if (c.type === 'codes') row[c.key] = Array.isArray(v) && v.length ? v.join('、') : null;
    else if (c.type === 'lines') row[c.key] = Array.isArray(v) ? v.join('\n') : null;
    else row[c.key] = (v ?? null) as CellValue;
  }
  return row;
}

const show = (v: CellValue): string => (v instanceof Date ? `the date ${isoDay(v)}` : JSON.stringify(v));

const text = (v: CellValue): string | null => {
  if (v === null) return null;
  const s = v instanceof Date ? isoDay(v) : String(v);
  return s.trim() === '' ? null : s;
};

/** One cell's value as the property it stands for, or a problem only the cell can show. */
function readCell(c: Column, v: CellValue, problem: (found: string, expected: string) => void): unknown {
  switch (c.type) {
    case 'id':
    case 'code':
      return text(v)?.trim() ?? null;
    case 'text':
      return text(v);
    case 'codes':
      return (text(v) ?? '').split(/[、,，;；\s]+/).filter(Boolean);
    case 'lines':
      return (text(v) ?? '').split(/\r?\n/).filter((line) => line.trim() !== '');
    case 'number': {
      if (typeof v === 'number' || v === null) return v;
      const s = text(v)?.trim() ?? null;
      if (s === null) return null;
      // A number typed into a text cell; anything else goes on to the schema, which names what it expects.
      return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : s;
    }
    case 'boolean': {
      if (typeof v === 'boolean' || v === null) return v;
      const s = String(v).trim().toLowerCase();
      return s === 'true' ? true : s === 'false' ? false : s === '' ? null : String(v);
    }
    case 'date': {
      if (v instanceof Date) return isoDay(v);
      const s = text(v)?.trim() ?? null;
      if (s !== null && /^\d{4}-\d{2}-\d{2}$/.test(s) && !isCalendarDate(s))
        problem(show(v), 'a real calendar day as a date cell or YYYY-MM-DD');
      return s;
    }
    case 'milestone': {
      if (v instanceof Date) {
        problem(
          show(v),
          'text: YYYY or YYYY-MM (planned), YYYY-MM or YYYY-MM-DD (actual); type it in a cell formatted as text',
        );
        return null;
      }
      const s = text(v);
      return c.key.endsWith('.source') ? s : (s?.trim() ?? null);
    }
    case 'phases':
      return readPhases(text(v), problem);
  }
}

function readPhases(value: string | null, problem: (found: string, expected: string) => void): RawMilestone[] {
  if (value === null) return [];
  const phases: RawMilestone[] = [];
  for (const line of value.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    const parts = line.split('|').map((s) => s.trim());
    while (parts.length < 5 && parts.length >= 2) parts.push('');
    if (parts.length !== 5) {
      problem(JSON.stringify(line), `one phase per line: ${PHASE_FORMAT}`);
      continue;
    }
    const [name_zh, name_en, planned, actual, source] = parts.map((s) => (s === '' ? null : s)) as (string | null)[];
    phases.push({
      stage: 'phase',
      name_zh: name_zh ?? null,
      name_en: name_en ?? null,
      planned: planned ?? null,
      actual: actual ?? null,
      source: source ?? null,
    });
  }
  return phases;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The milestones after the row's edits. A stage whose three cells still say what its entry says keeps the
 * entry as it is (names and order included); a changed one is updated in place; a stage whose cells were
 * all emptied is removed; a new one is added after the others. Phases are replaced as a whole where they stood.
 */
function mergeMilestones(old: RawMilestone[], cells: Record<string, unknown>, phases: RawMilestone[]): RawMilestone[] {
  let next = old.map((m) => ({ ...m }));
  for (const stage of MILESTONE_FIXED) {
    const value = Object.fromEntries(MILESTONE_PARTS.map((p) => [p, cells[milestoneKey(stage, p)] ?? null])) as Pick<
      RawMilestone,
      'planned' | 'actual' | 'source'
    >;
    const empty = MILESTONE_PARTS.every((p) => value[p] === null);
    const at = next.findIndex((m) => m.stage === stage);
    const entry = next[at];
    if (entry) {
      if (MILESTONE_PARTS.every((p) => (entry[p] ?? null) === value[p])) continue;
      if (empty) next.splice(at, 1);
      else next[at] = { ...entry, ...value };
    } else if (!empty) {
      next.push({ stage, name_zh: null, name_en: null, ...value });
    }
  }
  const oldPhases = next.filter((m) => m.stage === 'phase');
  const norm = (list: RawMilestone[]) =>
    list.map((m) => [m.name_zh ?? null, m.name_en ?? null, m.planned ?? null, m.actual ?? null, m.source ?? null]);
  if (!same(norm(oldPhases), norm(phases))) {
    const first = next.findIndex((m) => m.stage === 'phase');
    next = next.filter((m) => m.stage !== 'phase');
    next.splice(first === -1 ? next.length : first, 0, ...phases);
  }
  return next;
}

/** Optional lists the files may leave out while they are empty (the schema's defaults). */
const OPTIONAL_LISTS = ['zones_also', 'milestones', 'history'];

/**
 * The item's properties after its row: the old object with the row's values in place, keys in the
 * file's order. A field whose cell reads back as the file's value keeps the file's value exactly.
 */
export function readRow(old: RawProperties, row: Row): { properties: RawProperties; problems: CellProblem[] } {
  const problems: CellProblem[] = [];
  const values: Record<string, unknown> = {};
  for (const c of COLUMNS) {
    values[c.key] = readCell(c, row[c.key] ?? null, (found, expected) =>
      problems.push({ column: c.key, found, expected }),
    );
  }
  const properties: RawProperties = { ...old };
  for (const c of COLUMNS) {
    if (c.type === 'milestone' || c.type === 'phases' || c.key === 'id') continue;
    const value = values[c.key];
    if (same(value, old[c.key] ?? (OPTIONAL_LISTS.includes(c.key) ? [] : undefined))) continue;
    properties[c.key] = value;
  }
  const oldMilestones = milestonesOf(old);
  const milestones = mergeMilestones(oldMilestones, values, values.phases as RawMilestone[]);
  if (!same(milestones, oldMilestones)) properties.milestones = milestones;
  return { properties: inFileOrder(old, properties), problems };
}

/** The item schema's fields in its order (sheet/rows.test.ts holds it to build/schema.ts). */
export const PROPERTY_ORDER = [
  'id',
  'name_zh',
  'name_en',
  'category',
  'mode',
  'zone',
  'zones_also',
  'status',
  'status_as_of',
  'start_year',
  'end_year',
  'length_km',
  'area_km2',
  'investment_bn_cny',
  'capacity_value',
  'capacity_unit_zh',
  'capacity_unit_en',
  'report_section',
  'report_quote',
  'summary_zh',
  'summary_en',
  'site_note_zh',
  'site_note_en',
  'accuracy_m',
  'schematic',
  'geometry_basis',
  'sources',
  'milestones',
  'history',
];

/**
 * The keys of `next` in the old file's order; a key the file did not have (an optional list that was
 * empty) goes after the nearest field before it in the schema, so the diff is that one key.
 */
export function inFileOrder(old: RawProperties, next: RawProperties): RawProperties {
  const keys = Object.keys(old).filter((k) => k in next);
  for (const k of Object.keys(next)) {
    if (keys.includes(k)) continue;
    const rank = PROPERTY_ORDER.indexOf(k);
    let at = keys.length;
    for (let i = keys.length - 1; i >= 0; i--) {
      const r = PROPERTY_ORDER.indexOf(keys[i] as string);
      if (r !== -1 && r < rank) {
        at = i + 1;
        break;
      }
      at = i;
    }
    keys.splice(rank === -1 ? keys.length : at, 0, k);
  }
  return Object.fromEntries(keys.map((k) => [k, next[k]]));
}
