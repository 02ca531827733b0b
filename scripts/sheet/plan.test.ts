import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readExcelFile from 'read-excel-file/universal';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cell } from 'write-excel-file/universal';
import { buildCatalog } from '../../src/catalog/build/pipeline.ts';
import { COLUMNS, header, INSTRUCTIONS_SHEET, ITEMS_SHEET, SHEET_STAMP } from '../../src/sheet/columns.ts';
import { cellAddress, columnLetters, sheetPath, unzipParts } from '../../src/sheet/xlsxParts.ts';
import { readInputs } from '../vite/catalog.ts';
import { addHyperlink, editWorkbook, rowIndex, type Sheets, setErrorValue } from './editWorkbook.ts';
import { exportPlan, importPlan } from './plan.ts';

// The commands on a scratch copy of geo/: export, edit the workbook as a planner would in Excel,
// import. Every bad workbook is made here from a fresh export (no binary fixtures), and each must be
// refused with its message and leave geo/ exactly as it was.

const ROOT = path.resolve(import.meta.dirname, '../..');
const scratch: string[] = [];
let root: string;
let exported: string;

function project(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sheet-'));
  scratch.push(dir);
  for (const sub of ['geo/items', 'geo/basemap']) {
    fs.mkdirSync(path.join(dir, sub), { recursive: true });
    for (const f of fs.readdirSync(path.join(ROOT, sub)))
      fs.copyFileSync(path.join(ROOT, sub, f), path.join(dir, sub, f));
  }
  for (const f of ['geo/zones.geojson', 'geo/review.json']) fs.copyFileSync(path.join(ROOT, f), path.join(dir, f));
  return dir;
}

/** A digest of every item file: equal digests, no byte changed. */
const digest = (dir: string) => {
  const h = crypto.createHash('sha256');
  for (const f of fs.readdirSync(path.join(dir, 'geo/items')).sort())
    h.update(f).update(fs.readFileSync(path.join(dir, 'geo/items', f)));
  return h.digest('hex');
};

const col = (key: string) => COLUMNS.findIndex((c) => c.key === key) + 1;

/** The exported workbook after `edit` of its item rows (and of any sheet), saved as a new file. */
async function edited(
  name: string,
  edit: (rows: Cell[][], sheets: Sheets) => void,
  after: (data: Uint8Array) => Uint8Array = (d) => d,
): Promise<string> {
  const data = await editWorkbook(new Uint8Array(fs.readFileSync(exported)), (sheets) =>
    edit(sheets.get(ITEMS_SHEET) as Cell[][], sheets),
  );
  const file = path.join(root, `${name}.xlsx`);
  fs.writeFileSync(file, after(data));
  return file;
}

/** Sets the cell of an item's row in the column of `key`. */
const set = (rows: Cell[][], id: string, key: string, value: Cell) => {
  (rows[rowIndex(rows, id)] as Cell[])[col(key) - 1] = value;
};

beforeAll(async () => {
  root = project();
  exported = path.join(root, 'plan.xlsx');
  await exportPlan(root, exported, '2026-12-06');
});
afterAll(() => {
  for (const dir of scratch) fs.rmSync(dir, { recursive: true, force: true });
});

describe('the exported workbook', () => {
  it('has the three sheets, zh · en headers, a frozen header, a locked id column and drop-downs', async () => {
    const data = new Uint8Array(fs.readFileSync(exported));
    const sheets = await readExcelFile(data.buffer as ArrayBuffer);
    expect(sheets.map((s) => s.sheet)).toEqual([ITEMS_SHEET, '词表 · Vocabulary', INSTRUCTIONS_SHEET]);
    const rows = sheets[0]?.data as unknown as Cell[][];
    expect(rows[0]?.[1]).toBe('名称 · Name (Chinese)');
    const r = rowIndex(rows, 'airport-phase2');
    expect(rows[r]?.[col('status_as_of') - 1]).toEqual(new Date(Date.UTC(2026, 0, 20)));
    expect(String(rows[r]?.[col('sources') - 1]).split('\n')).toHaveLength(6);
    expect(sheets[2]?.data[0]?.[1]).toBe(`${SHEET_STAMP} 2`);

    // What the values do not show, from the sheet's XML.
    const parts = unzipParts(data);
    const xml = parts[sheetPath(parts, ITEMS_SHEET) as string] as string;
    // The worksheet's elements in the order of ECMA-376 (CT_Worksheet).
    const order = ['sheetViews', 'cols', 'sheetData', 'sheetProtection', 'dataValidations'];
    const at = order.map((tag) => xml.indexOf(`<${tag}`));
    expect(at.every((i, k) => i > 0 && (k === 0 || i > (at[k - 1] as number)))).toBe(true);
    expect(xml).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
    expect(xml).toMatch(/<sheetProtection sheet="1"/);
    expect(xml).not.toMatch(/<sheetProtection [^>]*(password|hashValue)/);
    // The id cell is locked (its format has no protection of its own); the status cell is not.
    const xfs = [...(parts['xl/styles.xml'] as string).matchAll(/<xf [^>]*>.*?<\/xf>/g)].map((m) => m[0]);
    const ref = (key: string) => `${columnLetters(col(key))}${r + 1}`;
    const format = (key: string) => xfs[Number(new RegExp(`<c r="${ref(key)}" s="(\\d+)"`).exec(xml)?.[1])] ?? '';
    expect(format('id')).not.toBe('');
    expect(format('id')).not.toContain('locked="0"');
    expect(format('status')).toContain('<protection locked="0"/>');
    // The status cell has the drop-down of the statuses.
    const [row, column] = cellAddress(ref('status'));
    const list = [...xml.matchAll(/<dataValidation [^>]*sqref="(\w+):(\w+)"><formula1>([^<]*)</g)].find((m) => {
      const [r0, c0] = cellAddress(m[1] as string);
      const [r1, c1] = cellAddress(m[2] as string);
      return row >= r0 && row <= r1 && column >= c0 && column <= c1;
    });
    expect(list?.[0]).toContain('type="list"');
    expect(list?.[3]).toContain('under_construction');
  });
});

describe('import', () => {
  it('changes nothing at all when nothing was edited', async () => {
    const before = digest(root);
    const out = await importPlan(root, exported);
    expect(out).toEqual({ code: 0, lines: ['No changes.'] });
    expect(digest(root)).toBe(before);
  });

  it('writes an edited status with its date and history, and the rebuilt catalogue shows it', async () => {
    const file = await edited('status', (rows) => {
      set(rows, 'airport-phase2', 'status', 'in_operation');
      set(rows, 'airport-phase2', 'status_as_of', new Date(Date.UTC(2026, 11, 1)));
    });
    const dir = project();
    const before = fs.readFileSync(path.join(dir, 'geo/items/transport.geojson'), 'utf8');
    const DAZHONG_2026_01_20 =
      '大众日报·大众新闻《济南市城乡交通运输局局长周建国：锚定“项目赋能年”，抓好115个重点交通项目建设》2026-01-20 https://dzrb.dzng.com/general/0/NEWS3081717MWQMHIKLOETSW';
    const dry = await importPlan(dir, file, { dryRun: true });
    expect(dry.lines.slice(0, 3)).toEqual([
      'airport-phase2 · status: "under_construction" → "in_operation"',
      'airport-phase2 · status_as_of: "2026-01-20" → "2026-12-01"',
      // The old status keeps the item's own citation of that day.
      `airport-phase2 · history + {"date":"2026-01-20","field":"status","value":"under_construction","source":${JSON.stringify(DAZHONG_2026_01_20)}}`,
    ]);
    expect(fs.readFileSync(path.join(dir, 'geo/items/transport.geojson'), 'utf8')).toBe(before);

    expect((await importPlan(dir, file)).code).toBe(0);
    const after = fs.readFileSync(path.join(dir, 'geo/items/transport.geojson'), 'utf8');
    // A line diff: the two values changed in place, and one entry appended to the item's history (the
    // airport already has one: its status in 2023); every other line is as it was.
    const a = before.split('\n');
    const b = after.split('\n');
    const item0 = a.findIndex((l) => l.includes('"id": "airport-phase2"'));
    const h = b.indexOf('        "history": [', item0);
    expect(a.indexOf('        "history": [', item0)).toBe(h);
    const changed = a.flatMap((l, i) => (i < h && l !== b[i] ? [`${l.trim()} → ${b[i]?.trim()}`] : []));
    expect(changed).toEqual([
      '"status": "under_construction", → "status": "in_operation",',
      '"status_as_of": "2026-01-20", → "status_as_of": "2026-12-01",',
    ]);
    // The history block ends at the first line that closes it; after it the files agree again.
    const close = (lines: string[]) => lines.indexOf('        ]', h);
    const [ea, eb] = [close(a), close(b)];
    expect(b.slice(eb)).toEqual(a.slice(ea));
    const entry = { date: '2026-01-20', field: 'status', value: 'under_construction', source: DAZHONG_2026_01_20 };
    const oldHistory = JSON.parse(`[${a.slice(h + 1, ea).join('\n')}]`);
    expect(JSON.parse(`[${b.slice(h + 1, eb).join('\n')}]`)).toEqual([...oldHistory, entry]);
    const { catalog } = buildCatalog(readInputs(dir));
    const item = catalog.items.find((i) => i.id === 'airport-phase2');
    expect(item?.status).toBe('in_operation');
    expect(item?.history).toEqual([...oldHistory, entry]);
    // Every other item file is untouched.
    for (const f of fs.readdirSync(path.join(ROOT, 'geo/items')).filter((f) => f !== 'transport.geojson'))
      expect(fs.readFileSync(path.join(dir, 'geo/items', f), 'utf8'), f).toBe(
        fs.readFileSync(path.join(ROOT, 'geo/items', f), 'utf8'),
      );
  }, 60_000);
});

describe('a bad workbook is refused with its message, and nothing is written', () => {
  const refused = async (file: string, ...messages: RegExp[]) => {
    const before = digest(root);
    const out = await importPlan(root, file);
    expect(out.code).toBe(1);
    expect(out.lines[0]).toMatch(/nothing was written/);
    for (const m of messages) expect(out.lines.join('\n')).toMatch(m);
    expect(digest(root)).toBe(before);
    return out.lines;
  };
  const I = '项目 · Items';

  it('a file that is not an xlsx', async () => {
    const file = path.join(root, 'notes.xlsx');
    fs.writeFileSync(file, 'id,status\nairport-phase2,completed\n');
    await refused(
      file,
      /notes\.xlsx · file · found a file that is not an \.xlsx workbook · expected an \.xlsx workbook/,
    );
  });

  it('a zip that is no workbook', async () => {
    const file = path.join(root, 'zip.xlsx');
    fs.writeFileSync(file, Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    await refused(file, /zip\.xlsx · file · found a damaged or unreadable workbook/);
  });

  it('a renamed, a missing and an extra column', async () => {
    const renamed = await edited('renamed', (rows) => {
      (rows[0] as Cell[])[col('status') - 1] = '进度 · Progress';
    });
    await refused(
      renamed,
      new RegExp(
        `${I} · row 1 · H 状态 · Status · found "进度 · Progress" · expected the header "状态 · Status" \\(a renamed column\\)`,
      ),
    );
    const missing = await edited('missing', (rows) => {
      for (const row of rows) row.splice(col('end_year') - 1, 1);
    });
    await refused(
      missing,
      new RegExp(`${I} · row 1 · "完成年份 · End year" · found no such column · expected the column`),
    );
    const extra = await edited('extra', (rows) => {
      (rows[0] as Cell[])[COLUMNS.length] = '备注 · Notes';
    });
    await refused(
      extra,
      new RegExp(
        `${I} · row 1 · column ${COLUMNS.length + 1} · found an extra column "备注 · Notes" · expected only the exported columns`,
      ),
    );
  });

  it('an unknown and a duplicated id', async () => {
    const file = await edited('ids', (rows) => {
      set(rows, 'airport-runway-existing', 'id', 'airport-t9');
      set(rows, 'airport-t2', 'id', 'airport-phase2');
    });
    const lines = await refused(
      file,
      new RegExp(`${I} · row \\d+ · A 编号 · ID · found "airport-t9" · expected the id of an item in geo/items/`),
      new RegExp(
        `${I} · row \\d+ · A 编号 · ID · found "airport-phase2", already in row \\d+ · expected each item in one row only`,
      ),
    );
    expect(lines).toHaveLength(3);
  });

  it('a malformed date', async () => {
    const file = await edited('date', (rows) => {
      set(rows, 'airport-phase2', 'status_as_of', '2026-02-30');
      set(rows, 'airport-t2', 'status_as_of', 'next spring');
    });
    await refused(
      file,
      new RegExp(`${I} · row \\d+ · I 状态日期 · Status as of · found "2026-02-30" · expected a real calendar day`),
      new RegExp(`${I} · row \\d+ · I 状态日期 · Status as of · found "next spring" · expected a date as YYYY-MM-DD`),
    );
  });

  it('a value outside the vocabulary', async () => {
    const file = await edited('vocab', (rows) => {
      set(rows, 'airport-phase2', 'status', 'built');
      set(rows, 'airport-phase2', 'status_as_of', new Date(Date.UTC(2026, 11, 1)));
      set(rows, 'airport-t2', 'zones_also', '东强、东边');
    });
    await refused(
      file,
      new RegExp(
        `${I} · row \\d+ · H 状态 · Status · found "built" · expected one of "planned"\\|"under_construction"`,
      ),
      new RegExp(`${I} · row \\d+ · G 其他方向 · Also in · found "东边" · expected one of "东强"`),
    );
  });

  it('a formula, an error value and a hyperlink in a cell', async () => {
    const ref = (rows: Cell[][], id: string, key: string) => `${columnLetters(col(key))}${rowIndex(rows, id) + 1}`;
    let [failed, linked] = ['', ''];
    const file = await edited(
      'formula',
      (rows) => {
        // As Excel stores a formula: without its "=".
        set(rows, 'airport-phase2', 'length_km', { type: 'Formula', value: 'A1*2' });
        set(rows, 'airport-t2', 'sources', '民航局');
        failed = ref(rows, 'airport-runway-existing', 'summary_en');
        linked = ref(rows, 'airport-t2', 'sources');
      },
      (data) =>
        addHyperlink(setErrorValue(data, ITEMS_SHEET, failed, '#N/A'), ITEMS_SHEET, linked, 'https://www.caac.gov.cn/'),
    );
    const lines = await refused(
      file,
      new RegExp(
        `${I} · row \\d+ · L 长度（公里） · Length \\(km\\) · found a formula =A1\\*2 · expected a plain value`,
      ),
      new RegExp(
        `${I} · row \\d+ · AE 英文简介 · Summary \\(English\\) · found the error value #N/A · expected a value`,
      ),
      new RegExp(
        `${I} · row \\d+ · AK 来源（每行一条） · Sources \\(one per line\\) · found a hyperlink to "https://www.caac.gov.cn/" · expected plain text`,
      ),
    );
    expect(lines).toHaveLength(4);
  });

  it('a cell of 100,000 characters', async () => {
    const file = await edited('long', (rows) => {
      set(rows, 'airport-phase2', 'summary_zh', '长'.repeat(100_000));
    });
    await refused(
      file,
      new RegExp(
        `${I} · row \\d+ · AD 简介 · Summary \\(Chinese\\) · found a text of 100,000 characters · expected at most 32,767`,
      ),
    );
  });

  it('a file of 20 MB, refused by its size before it is read', async () => {
    const file = path.join(root, 'huge.xlsx');
    fs.writeFileSync(file, '');
    fs.truncateSync(file, 20 * 1024 * 1024); // a sparse file: 20 MB that no one has to write
    await refused(
      file,
      /huge\.xlsx · file · found a file of 20\.0 MB · expected an exported plan workbook, at most 10 MB/,
    );
  });

  it('a workbook from an older export, saying what changed since', async () => {
    const file = await edited('old', (rows, sheets) => {
      for (const key of ['phases', 'opening.source', 'opening.actual', 'opening.planned'])
        for (const row of rows) row.splice(col(key) - 1, 1);
      ((sheets.get(INSTRUCTIONS_SHEET) as Cell[][])[0] as Cell[])[1] = `${SHEET_STAMP} 1`;
    });
    await refused(
      file,
      new RegExp(
        `${INSTRUCTIONS_SHEET} · row 1 · B · found a workbook of format version 1 · expected version 2: export a new workbook and copy the edits into it \\(since then, version 2: milestone columns were added`,
      ),
    );
  });

  it('a row whose edit breaks a cross-field rule of the build', async () => {
    const file = await edited('cross', (rows) => {
      set(rows, 'airport-phase2', 'mode', null);
    });
    await refused(
      file,
      new RegExp(`${I} · row \\d+ · E 交通方式 · Mode · found null · expected how the transport item is drawn`),
    );
  });
});

describe('the header helper', () => {
  it('joins Chinese and English with a middle dot', () => {
    expect(header({ key: 'k', zh: '名称', en: 'Name', type: 'text', width: 1 })).toBe('名称 · Name');
  });
});
