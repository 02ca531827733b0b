import ExcelJS from 'exceljs';
import { en } from '../i18n/en.ts';
import { zhCN } from '../i18n/zh-CN.ts';
import {
  COLUMNS,
  type Column,
  header,
  INSTRUCTIONS_SHEET,
  ITEMS_SHEET,
  MAX_CELL_CHARS,
  MAX_WORKBOOK_BYTES,
  PHASE_FORMAT,
  SHEET_CHANGES,
  SHEET_STAMP,
  SHEET_VERSION,
  VOCABULARY_SHEET,
} from './columns.ts';
import type { ItemFile } from './files.ts';
import { columnName, type ImportResult, importRows, type Problem, type SheetRow } from './importPlan.ts';
// The workbook's own texts (its instructions, the names of the geometry bases) are shown in the
// workbook only, never on the page: kept as data, so that the page's font does not carry their glyphs.
import texts from './instructions.json';
import { type CellValue, type RawProperties, toRow } from './rows.ts';

// The plan workbook (.xlsx) written and read with ExcelJS: sheet 1 one row per item, sheet 2 the
// vocabularies, sheet 3 the instructions and the format version. Reading rules out what a planner's
// spreadsheet may hold but the files cannot: formulas, links, error values, over-long cells.

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

const EDITABLE_FILL = 'FFFFFFFF';
const LOCKED_FILL = 'FFEDEDED';
const GEOMETRY_BASIS_NAMES = texts.geometry_basis as unknown as Record<string, [string, string]>;
const INSTRUCTIONS = texts.instructions.map(([zh, english]) => [
  (zh ?? '').replace('{phases}', PHASE_FORMAT),
  (english ?? '').replace('{phases}', PHASE_FORMAT),
]);

function vocabularyLabel(column: string, code: string): [string, string] {
  const key = `${column}.${code}`;
  const zh = (zhCN as Record<string, string>)[key];
  const english = (en as Record<string, string>)[key];
  return [zh ?? code, english ?? code];
}

/** The workbook for the given items (their properties as the files hold them). */
export async function writeWorkbook(items: readonly RawProperties[], exported: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '济南蓝图 Jinan Blueprint';
  const ws = wb.addWorksheet(ITEMS_SHEET, { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
  ws.columns = COLUMNS.map((c) => ({ key: c.key, width: c.width }));
  const head = ws.getRow(1);
  COLUMNS.forEach((c, i) => {
    const cell = head.getCell(i + 1);
    cell.value = header(c);
    cell.font = { bold: true };
    cell.alignment = { wrapText: true, vertical: 'top' };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: LOCKED_FILL } };
  });
  for (const p of items) {
    const values = toRow(p);
    const row = ws.addRow(COLUMNS.map((c) => values[c.key] ?? null));
    COLUMNS.forEach((c, i) => {
      styleCell(row.getCell(i + 1), c);
    });
  }
  await ws.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    autoFilter: true,
  });

  const vocab = wb.addWorksheet(VOCABULARY_SHEET);
  vocab.columns = [
    { header: '字段 · Field', width: 22 },
    { header: '代码 · Code', width: 22 },
    { header: '中文', width: 28 },
    { header: 'English', width: 40 },
  ];
  for (const c of COLUMNS.filter((c) => c.vocabulary)) {
    for (const code of c.vocabulary ?? []) {
      const [zh, english] =
        c.key === 'geometry_basis'
          ? (GEOMETRY_BASIS_NAMES[code] ?? [code, code])
          : vocabularyLabel(c.key === 'zones_also' ? 'zone' : c.key, code);
      vocab.addRow([header(c), code, zh, english]);
    }
  }
  vocab.getRow(1).font = { bold: true };

  const help = wb.addWorksheet(INSTRUCTIONS_SHEET);
  help.columns = [{ width: 70 }, { width: 70 }];
  help.addRow(['版本 · Version', `${SHEET_STAMP} ${SHEET_VERSION}`]);
  help.addRow(['导出日期 · Exported', exported]);
  help.addRow([]);
  help.addRow(['说明', 'Instructions']).font = { bold: true };
  for (const [zh, english] of INSTRUCTIONS) {
    const row = help.addRow([zh, english]);
    row.alignment = { wrapText: true, vertical: 'top' };
  }
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

function styleCell(cell: ExcelJS.Cell, c: Column) {
  const editable = c.type !== 'id';
  cell.protection = { locked: !editable };
  if (!editable) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: LOCKED_FILL } };
  else cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: EDITABLE_FILL } };
  cell.alignment = { vertical: 'top', wrapText: c.type === 'lines' || c.type === 'phases' || c.width >= 24 };
  // Text cells stay text: Excel would otherwise turn a typed 2024-05 into a date.
  if (c.type === 'milestone' || c.type === 'phases' || c.type === 'text' || c.type === 'codes') cell.numFmt = '@';
  if (c.type === 'date') cell.numFmt = 'yyyy-mm-dd';
  const list = c.type === 'boolean' ? ['TRUE', 'FALSE'] : c.type === 'code' ? c.vocabulary : undefined;
  if (list)
    cell.dataValidation = {
      type: 'list',
      allowBlank: c.nullable ?? false,
      formulae: [`"${list.join(',')}"`],
      showErrorMessage: true,
      errorTitle: header(c),
      error: `${list.join(', ')}`,
    };
  if (c.type === 'date')
    cell.dataValidation = {
      type: 'date',
      operator: 'greaterThan',
      allowBlank: false,
      formulae: [new Date(Date.UTC(1999, 11, 31))],
      showErrorMessage: true,
      errorTitle: header(c),
      error: 'YYYY-MM-DD',
    };
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
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as never);
  } catch (e) {
    return whole(
      `a damaged or unreadable workbook (${e instanceof Error ? e.message : String(e)})`,
      'an .xlsx workbook',
    );
  }
  const help = wb.getWorksheet(INSTRUCTIONS_SHEET);
  const stamp = String(help?.getCell('B1').value ?? '');
  const m = new RegExp(`^${SHEET_STAMP} (\\d+)$`).exec(stamp);
  if (!m)
    return {
      rows: [],
      problems: [
        {
          sheet: INSTRUCTIONS_SHEET,
          row: 1,
          column: 'B',
          found: help ? JSON.stringify(stamp) : 'no such sheet',
          expected: `the version stamp "${SHEET_STAMP} ${SHEET_VERSION}" of a workbook exported by npm run sheet:export`,
        },
      ],
    };
  const version = Number(m[1]);
  if (version !== SHEET_VERSION) {
    const since = Object.entries(SHEET_CHANGES)
      .filter(([v]) => Number(v) > version && Number(v) <= SHEET_VERSION)
      .map(([v, what]) => `version ${v}: ${what}`)
      .join('; ');
    return {
      rows: [],
      problems: [
        {
          sheet: INSTRUCTIONS_SHEET,
          row: 1,
          column: 'B',
          found: `a workbook of format version ${version}`,
          expected:
            version < SHEET_VERSION
              ? `version ${SHEET_VERSION}: export a new workbook and copy the edits into it (since then, ${since || 'the columns changed'})`
              : `version ${SHEET_VERSION} or older: this workbook comes from a newer version of the map`,
        },
      ],
    };
  }
  const ws = wb.getWorksheet(ITEMS_SHEET);
  if (!ws)
    return whole(`no sheet "${ITEMS_SHEET}"`, `the sheets ${ITEMS_SHEET}, ${VOCABULARY_SHEET}, ${INSTRUCTIONS_SHEET}`);
  const problems: Problem[] = [];
  const push = (row: number | null, column: string, found: string, expected: string) =>
    problems.push({ sheet: ITEMS_SHEET, row, column, found, expected });

  // The header row: the same columns in the same order.
  const width = Math.max(ws.columnCount, COLUMNS.length);
  const found: string[] = [];
  for (let i = 1; i <= ws.columnCount; i++) found.push(String(plain(ws.getRow(1).getCell(i).value) ?? '').trim());
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

  const rows: SheetRow[] = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cells: Record<string, CellValue> = {};
    let any = false;
    for (let i = 1; i <= width; i++) {
      const c = COLUMNS[i - 1];
      const value = readCell(row.getCell(i), (f, e) => push(r, c ? columnName(c.key) : `column ${i}`, f, e));
      if (value === null || (typeof value === 'string' && value.trim() === '')) continue;
      any = true;
      if (c) cells[c.key] = value;
      else push(r, `column ${i}`, JSON.stringify(value), 'no value outside the exported columns');
    }
    if (any) rows.push({ row: r, cells });
  }
  return { rows, problems };
}

/** Text of a cell's value where it is text in rich form. */
function plain(value: ExcelJS.CellValue): CellValue | undefined {
  if (value && typeof value === 'object' && 'richText' in value) return value.richText.map((t) => t.text).join('');
  return value as CellValue;
}

function readCell(cell: ExcelJS.Cell, problem: (found: string, expected: string) => void): CellValue {
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (typeof v === 'object' && !(v instanceof Date)) {
    if ('formula' in v || 'sharedFormula' in v) {
      const f = 'formula' in v ? v.formula : (v as { sharedFormula: string }).sharedFormula;
      problem(
        `a formula =${f}`,
        'a plain value: copy the cell and paste it as values (选择性粘贴 → 数值 · Paste Special → Values)',
      );
      return null;
    }
    if ('hyperlink' in v) {
      problem(
        `a hyperlink to ${JSON.stringify(v.hyperlink)}`,
        'plain text: remove the link (右键 → 取消超链接 · Remove Hyperlink); an address can stay as text',
      );
      return null;
    }
    if ('error' in v) {
      problem(`the error value ${v.error}`, 'a value');
      return null;
    }
    if ('richText' in v) return check(plain(v) as string, problem);
    problem('a value the workbook cannot hold as text or a number', 'text, a number, TRUE/FALSE or a date');
    return null;
  }
  return typeof v === 'string' ? check(v, problem) : (v as CellValue);
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
