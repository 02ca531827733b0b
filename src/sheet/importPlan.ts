import { validateReview } from '../catalog/build/review.ts';
import { checkUnique, type Issue, validateFile } from '../catalog/build/validate.ts';
import { COLUMNS, header, ITEMS_SHEET } from './columns.ts';
import { type Change, diffItem } from './diff.ts';
import { applyEdits, type ItemFile, indexItems } from './files.ts';
import { historyAfter, statusDateProblems } from './history.ts';
import { inFileOrder, type RawProperties, type Row, readRow } from './rows.ts';

// The import, without the workbook library: the rows a workbook held (sheet/workbook.ts reads them)
// against the item files. Every row is read, the edited files are made in memory and checked with the
// build's own validation (build/validate.ts, build/review.ts); each problem is reported at its sheet,
// row and column. The files come back only when there is no problem at all.

export interface SheetRow {
  /** The row's number in the sheet (the header is row 1). */
  row: number;
  cells: Row;
}

export interface Problem {
  sheet: string;
  /** Null for a problem of the whole workbook or file. */
  row: number | null;
  /** A column's header, or what else the problem is in. */
  column: string;
  found: string;
  expected: string;
}

export function formatProblem(p: Problem): string {
  return `${p.sheet}${p.row === null ? '' : ` · row ${p.row}`} · ${p.column} · found ${p.found} · expected ${p.expected}`;
}

export interface ImportResult {
  problems: Problem[];
  changes: Change[];
  /** The item files after the edits (all of them; unchanged ones keep their text). Empty when there are problems. */
  files: ItemFile[];
  /** The edited items' properties by id (for the in-page preview). */
  edited: Map<string, RawProperties>;
  /** Items the workbook has no row for: left as they are. */
  missing: string[];
}

const letter = (index: number): string => {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
};

/** A column's name in a message: its letter and header, e.g. H 状态 · Status. */
export const columnName = (key: string): string => {
  const i = COLUMNS.findIndex((c) => c.key === key);
  const c = COLUMNS[i];
  return c ? `${letter(i)} ${header(c)}` : key;
};

/** The workbook column a field of the item files is edited in (milestones by their stage). */
function columnOfField(field: string, p: RawProperties | undefined): string {
  const m = /^properties\.milestones(?:\.|\[)(\d+)\]?(?:\.(\w+))?/.exec(field);
  if (m) {
    const ms = (p?.milestones as { stage: string }[] | undefined)?.[Number(m[1])];
    if (!ms || ms.stage === 'phase' || !m[2] || !['planned', 'actual', 'source'].includes(m[2])) return 'phases';
    return `${ms.stage}.${m[2]}`;
  }
  const key = /^properties\.(\w+)/.exec(field)?.[1];
  return key && COLUMNS.some((c) => c.key === key) ? key : 'id';
}

export function importRows(
  files: readonly ItemFile[],
  review: { file: string; text: string | null },
  rows: readonly SheetRow[],
): ImportResult {
  const problems: Problem[] = [];
  const at = (row: number | null, column: string, found: string, expected: string) =>
    problems.push({ sheet: ITEMS_SHEET, row, column: columnName(column), found, expected });
  const index = indexItems(files);
  const rowOf = new Map<string, number>();
  const edited = new Map<string, RawProperties>();
  const changes: Change[] = [];
  for (const { row, cells } of rows) {
    const raw = cells.id;
    const id = typeof raw === 'string' ? raw.trim() : raw === null ? '' : String(raw);
    if (!id) {
      at(
        row,
        'id',
        'an empty id',
        'the id of an exported item (rows cannot add items; new items are added in geo/items/)',
      );
      continue;
    }
    const item = index.get(id);
    if (!item) {
      at(row, 'id', JSON.stringify(id), 'the id of an item in geo/items/ (the id column is not to be edited)');
      continue;
    }
    const first = rowOf.get(id);
    if (first !== undefined) {
      at(row, 'id', `${JSON.stringify(id)}, already in row ${first}`, 'each item in one row only');
      continue;
    }
    rowOf.set(id, row);
    const old = item.properties;
    const read = readRow(old, cells);
    for (const p of [...read.problems, ...statusDateProblems(old, read.properties)])
      at(row, p.column, p.found, p.expected);
    if (read.problems.length > 0) continue;
    let next = read.properties;
    const history = historyAfter(old, next);
    if (history.length > ((old.history as unknown[] | undefined)?.length ?? 0))
      next = inFileOrder(old, { ...next, history });
    if (JSON.stringify(next) === JSON.stringify(old)) continue;
    edited.set(id, next);
    changes.push(...diffItem(old, next));
  }
  const missing = [...index.keys()].filter((id) => !rowOf.has(id));

  // The build's own checks, on the files as they would be written.
  const nextFiles = applyEdits(files, edited);
  const validated = nextFiles.map(({ file, text }) => ({ file, ...validateFile(file, text) }));
  const issues: Issue[] = [...validated.flatMap((v) => v.issues), ...checkUnique(validated)];
  const dated = validated.flatMap(({ file, items }) => items.map(({ properties: p }) => ({ ...p, file })));
  const reviewIssues = validateReview(review.file, review.text, dated).issues;
  for (const issue of issues) {
    const row = issue.id ? rowOf.get(issue.id) : undefined;
    if (row === undefined || !issue.id) {
      problems.push({
        sheet: issue.file,
        row: null,
        column: `${issue.id ?? ''} ${issue.field}`.trim(),
        found: issue.found,
        expected: issue.expected,
      });
      continue;
    }
    at(
      row,
      columnOfField(issue.field, edited.get(issue.id) ?? index.get(issue.id)?.properties),
      issue.found,
      issue.expected,
    );
  }
  for (const issue of reviewIssues) {
    // The one cross-file rule: no status may be dated after the catalogue's review (geo/review.json).
    const newest = [...dated].sort((a, b) => b.status_as_of.localeCompare(a.status_as_of))[0];
    const row = newest && issue.field === 'reviewed' ? rowOf.get(newest.id) : undefined;
    if (row !== undefined && newest)
      at(
        row,
        'status_as_of',
        newest.status_as_of,
        `a date not after the catalogue's review date ${issue.found} (${review.file}; move that date first)`,
      );
    else
      problems.push({
        sheet: issue.file,
        row: null,
        column: issue.field,
        found: issue.found,
        expected: issue.expected,
      });
  }
  if (problems.length > 0) return { problems, changes: [], files: [], edited: new Map(), missing };
  return { problems, changes, files: nextFiles, edited, missing };
}
