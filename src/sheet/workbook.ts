import { zipSync } from 'fflate';
import readExcelFile, { type Sheet } from 'read-excel-file/universal';
import {
  COLUMNS,
  header,
  INSTRUCTIONS_SHEET,
  ITEMS_SHEET,
  MAX_CELL_CHARS,
  MAX_WORKBOOK_BYTES,
  SHEET_CHANGES,
  SHEET_STAMP,
  SHEET_VERSION,
  VOCABULARY_SHEET,
} from './columns.ts';
import type { ItemFile } from './files.ts';
import { columnName, type ImportResult, importRows, type Problem, type SheetRow } from './importPlan.ts';
import type { CellValue } from './rows.ts';
import { type CellIssue, cellIssues, partsText, sheetPath, unzipXml } from './xlsxParts.ts';

// The plan workbook (written by writeWorkbook.ts) read back: its values with read-excel-file, and
// from its XML what that reader does not show. Reading rules out what a planner's spreadsheet may
// hold but the files cannot: formulas, links, error values, over-long cells.

/** Reads a workbook and imports its rows: the problems of both steps, or the changes. */
export async function importWorkbook(
  data: Uint8Array,
  name: string,
  files: readonly ItemFile[],
  review: { file: string; text: string | null },
): Promise<ImportResult> {
  const read = await readWorkbook(data, name);
  // Rows with a cell that cannot be read are left out of the import, whose problems are added to theirs.
  const bad = new Set(read.problems.map((p) => p.row));
  const result = importRows(
    files,
    review,
    read.rows.filter((r) => !bad.has(r.row)),
  );
  if (read.problems.length === 0) return result;
  const problems = [...read.problems, ...result.problems].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { problems, changes: [], files: [], edited: new Map(), missing: [] };
}

export interface ReadResult {
  rows: SheetRow[];
  problems: Problem[];
}

/** A file too large to be an export is refused before it is read or parsed. */
export function sizeProblem(bytes: number, name: string): Problem | null {
  if (bytes <= MAX_WORKBOOK_BYTES) return null;
  return {
    sheet: name,
    row: null,
    column: 'file',
    found: `a file of ${(bytes / 1024 / 1024).toFixed(1)} MB`,
    expected: `an exported plan workbook, at most ${MAX_WORKBOOK_BYTES / 1024 / 1024} MB (an export is about 0.1 MB)`,
  };
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** Reads the workbook's item rows, or says why they cannot be read. */
export async function readWorkbook(data: Uint8Array, name: string): Promise<ReadResult> {
  const whole = (found: string, expected: string): ReadResult => ({
    rows: [],
    problems: [{ sheet: name, row: null, column: 'file', found, expected }],
  });
  const tooLarge = sizeProblem(data.byteLength, name);
  if (tooLarge) return { rows: [], problems: [tooLarge] };
  if (!ZIP_MAGIC.every((b, i) => data[i] === b))
    return whole(
      'a file that is not an .xlsx workbook',
      'an .xlsx workbook exported by npm run sheet:export (save it as .xlsx, not .xls or .csv)',
    );
  let parts: Record<string, string>;
  let sheets: Sheet[];
  try {
    const files = unzipXml(data);
    parts = partsText(files);
    // The reader gets the parts again, stored without compression: it unzips with fflate's unzip(),
    // which inflates a part over 512 KB in a worker started from a blob: URL, which the page's
    // Content Security Policy (worker-src 'self') does not allow. Stored parts are read in place.
    const stored = zipSync(files, { level: 0 });
    // Values only: text is read as written (not trimmed), a date cell as a Date.
    sheets = await readExcelFile(stored.buffer as ArrayBuffer, { trim: false });
  } catch (e) {
    return whole(
      `a damaged or unreadable workbook (${e instanceof Error ? e.message : String(e)})`,
      'an .xlsx workbook',
    );
  }
  const sheet = (name: string) => sheets.find((s) => s.sheet === name)?.data as CellValue[][] | undefined;
  const help = sheet(INSTRUCTIONS_SHEET);
  const stamp = String(help?.[0]?.[1] ?? '');
  const m = new RegExp(`^${SHEET_STAMP} (\\d+)$`).exec(stamp);
  // The stamp sits in the instructions sheet's B1; a workbook without the right one is refused whole.
  const wrongStamp = (found: string, expected: string): ReadResult => ({
    rows: [],
    problems: [{ sheet: INSTRUCTIONS_SHEET, row: 1, column: 'B', found, expected }],
  });
  if (!m)
    return wrongStamp(
      help ? JSON.stringify(stamp) : 'no such sheet',
      `the version stamp "${SHEET_STAMP} ${SHEET_VERSION}" of a workbook exported by npm run sheet:export`,
    );
  const version = Number(m[1]);
  if (version !== SHEET_VERSION) {
    const since = Object.entries(SHEET_CHANGES)
      .filter(([v]) => Number(v) > version && Number(v) <= SHEET_VERSION)
      .map(([v, what]) => `version ${v}: ${what}`)
      .join('; ');
    return wrongStamp(
      `a workbook of format version ${version}`,
      version < SHEET_VERSION
        ? `version ${SHEET_VERSION}: export a new workbook and copy the edits into it (since then, ${since || 'the columns changed'})`
        : `version ${SHEET_VERSION} or older: this workbook comes from a newer version of the map`,
    );
  }
  const ws = sheet(ITEMS_SHEET);
  const path = sheetPath(parts, ITEMS_SHEET);
  if (!ws || !path)
    return whole(`no sheet "${ITEMS_SHEET}"`, `the sheets ${ITEMS_SHEET}, ${VOCABULARY_SHEET}, ${INSTRUCTIONS_SHEET}`);
  const problems: Problem[] = [];
  const push = (row: number | null, column: string, found: string, expected: string) =>
    problems.push({ sheet: ITEMS_SHEET, row, column, found, expected });

  // The header row: the same columns in the same order.
  const found = (ws[0] ?? []).map((v) => String(v ?? '').trim());
  while (found.length > 0 && found[found.length - 1] === '') found.pop();
  const expected = COLUMNS.map(header);
  const missing = expected.filter((h) => !found.includes(h));
  const extra = found.map((h, i) => [h, i] as const).filter(([h]) => !expected.includes(h));
  if (missing.length === 1 && extra.length === 1 && extra[0] && expected.indexOf(missing[0] as string) === extra[0][1])
    push(
      1,
      columnName(COLUMNS[extra[0][1]]?.key ?? ''),
      JSON.stringify(extra[0][0]),
      `the header ${JSON.stringify(missing[0])} (a renamed column)`,
    );
  else {
    for (const h of missing)
      push(1, JSON.stringify(h), 'no such column', `the column ${JSON.stringify(h)} (a missing column)`);
    for (const [h, i] of extra)
      push(1, `column ${i + 1}`, `an extra column ${JSON.stringify(h || '(no header)')}`, 'only the exported columns');
    if (missing.length === 0 && extra.length === 0 && found.join('\n') !== expected.join('\n'))
      push(1, 'header', 'the columns in another order', `the exported order: ${expected.join(', ')}`);
  }
  if (problems.length > 0) return { rows: [], problems };

  // Cells that hold a formula, a link or an error are reported, and their value is not read.
  const issues = new Map<string, CellIssue>();
  for (const issue of cellIssues(parts, path)) if (issue.row > 1) issues.set(`${issue.row}:${issue.column}`, issue);
  // Every row and column that holds a value or an issue (folded, not spread: a sheet may have many rows).
  let [last, width] = [ws.length, ws.reduce((w, r) => Math.max(w, r.length), COLUMNS.length)];
  for (const i of issues.values()) [last, width] = [Math.max(last, i.row), Math.max(width, i.column)];
  const rows: SheetRow[] = [];
  for (let r = 2; r <= last; r++) {
    const row = ws[r - 1] ?? [];
    const cells: Record<string, CellValue> = {};
    let any = false;
    for (let i = 1; i <= width; i++) {
      const c = COLUMNS[i - 1];
      const problem = (f: string, e: string) => push(r, c ? columnName(c.key) : `column ${i}`, f, e);
      const issue = issues.get(`${r}:${i}`);
      if (issue) {
        problem(issue.found, issue.expected);
        continue;
      }
      const v = row[i - 1] ?? null;
      const value = typeof v === 'string' ? check(v, problem) : v;
      if (value === null || (typeof value === 'string' && value.trim() === '')) continue;
      any = true;
      if (c) cells[c.key] = value;
      else push(r, `column ${i}`, JSON.stringify(value), 'no value outside the exported columns');
    }
    if (any) rows.push({ row: r, cells });
  }
  return { rows, problems };
}

function check(text: string, problem: (found: string, expected: string) => void): string | null {
  if (text.length > MAX_CELL_CHARS) {
    problem(
      `a text of ${text.length.toLocaleString('en')} characters`,
      `at most ${MAX_CELL_CHARS.toLocaleString('en')} (the most a cell holds in Excel)`,
    );
    return null;
  }
  return text;
}
