import writeExcelFile, { type Cell, type SheetData } from 'write-excel-file/universal';
import { en } from '../i18n/en.ts';
import { zhCN } from '../i18n/zh-CN.ts';
import {
  COLUMNS,
  type Column,
  header,
  INSTRUCTIONS_SHEET,
  ITEMS_SHEET,
  PHASE_FORMAT,
  SHEET_STAMP,
  SHEET_VERSION,
  VOCABULARY_SHEET,
} from './columns.ts';
// The workbook's own texts (its instructions, the names of the geometry bases) are shown in the
// workbook only, never on the page: kept as data, so that the page's font does not carry their glyphs.
import texts from './instructions.json';
import { type RawProperties, toRow } from './rows.ts';
import { dataValidations, sheetProtection, type Validation } from './xlsxFeatures.ts';
import { columnLetters } from './xlsxParts.ts';

// The plan workbook (.xlsx) written with write-excel-file: sheet 1 one row per item (the id column
// locked, the others editable, drop-downs for the codes), sheet 2 the vocabularies, sheet 3 the
// instructions and the format version. Read back by workbook.ts.

/** The fill of the cells a planner may edit; xlsxFeatures.ts unlocks every cell format that has it. */
const EDITABLE_FILL = '#FFFFFF';
const LOCKED_FILL = '#EDEDED';
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
  const bold = (value: string): Cell => ({ value, fontWeight: 'bold' });
  const head = COLUMNS.map(
    (c): Cell => ({
      value: header(c),
      fontWeight: 'bold',
      wrap: true,
      alignVertical: 'top',
      backgroundColor: LOCKED_FILL,
    }),
  );
  const rows = items.map((p) => {
    const values = toRow(p);
    return COLUMNS.map((c) => cell(values[c.key] ?? null, c));
  });

  const vocabulary: SheetData = [['字段 · Field', '代码 · Code', '中文', 'English'].map(bold)];
  for (const c of COLUMNS.filter((c) => c.vocabulary)) {
    for (const code of c.vocabulary ?? []) {
      const [zh, english] =
        c.key === 'geometry_basis'
          ? (GEOMETRY_BASIS_NAMES[code] ?? [code, code])
          : vocabularyLabel(c.key === 'zones_also' ? 'zone' : c.key, code);
      vocabulary.push([header(c), code, zh, english]);
    }
  }

  const top = { wrap: true, alignVertical: 'top' } as const;
  const help: SheetData = [
    ['版本 · Version', `${SHEET_STAMP} ${SHEET_VERSION}`],
    ['导出日期 · Exported', exported],
    [],
    [bold('说明'), bold('Instructions')],
    ...INSTRUCTIONS.map(([zh, english]) => [
      { value: zh, ...top },
      { value: english, ...top },
    ]),
  ];

  const blob = await writeExcelFile(
    [
      {
        data: [head, ...rows],
        sheet: ITEMS_SHEET,
        columns: COLUMNS.map((c) => ({ width: c.width })),
        stickyRowsCount: 1,
        stickyColumnsCount: 1,
      },
      {
        data: vocabulary,
        sheet: VOCABULARY_SHEET,
        columns: [{ width: 22 }, { width: 22 }, { width: 28 }, { width: 40 }],
      },
      { data: help, sheet: INSTRUCTIONS_SHEET, columns: [{ width: 70 }, { width: 70 }] },
    ],
    {
      features: [
        sheetProtection(ITEMS_SHEET, `FF${EDITABLE_FILL.slice(1)}`),
        dataValidations(ITEMS_SHEET, validations(items.length)),
      ],
    },
  ).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

function cell(value: string | number | boolean | Date | null, c: Column): Cell {
  const editable = c.type !== 'id';
  // Text cells stay text: Excel would otherwise turn a typed 2024-05 into a date.
  const text = c.type === 'milestone' || c.type === 'phases' || c.type === 'text' || c.type === 'codes';
  const format = text ? '@' : c.type === 'date' ? 'yyyy-mm-dd' : undefined;
  return {
    // An empty cell keeps its format (and so its type) for what the planner types into it.
    ...(value === null ? { type: text ? String : c.type === 'date' ? Date : undefined } : { value }),
    ...(format ? { format } : {}),
    backgroundColor: editable ? EDITABLE_FILL : LOCKED_FILL,
    alignVertical: 'top',
    wrap: c.type === 'lines' || c.type === 'phases' || c.width >= 24,
  } as Cell;
}

/** The drop-downs of the code and TRUE/FALSE columns, and the date check, over the item rows. */
function validations(count: number): Validation[] {
  return COLUMNS.flatMap((c, i): Validation[] => {
    const sqref = `${columnLetters(i + 1)}2:${columnLetters(i + 1)}${count + 1}`;
    const list = c.type === 'boolean' ? ['TRUE', 'FALSE'] : c.type === 'code' ? c.vocabulary : undefined;
    if (list)
      return [
        { sqref, type: 'list', list, allowBlank: c.nullable ?? false, errorTitle: header(c), error: list.join(', ') },
      ];
    if (c.type === 'date')
      return [
        {
          sqref,
          type: 'date',
          after: new Date(Date.UTC(1999, 11, 31)),
          allowBlank: false,
          errorTitle: header(c),
          error: 'YYYY-MM-DD',
        },
      ];
    return [];
  });
}
