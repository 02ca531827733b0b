import { strToU8, unzipSync, zipSync } from 'fflate';
import readExcelFile from 'read-excel-file/universal';
import writeExcelFile, { type Cell } from 'write-excel-file/universal';
import { getOrderOfSiblings, insertElementMarkupAccordingToOrderOfSiblings } from 'write-excel-file/utility';
import { sheetPath, unzipParts } from '../../src/sheet/xlsxParts.ts';

// For the tests: an exported workbook after a planner's edits in Excel, made from a fresh export (no
// binary fixtures). editWorkbook changes values, formulas and columns; setErrorValue and addHyperlink
// write what it cannot: an error cell, a linked cell.

/** Each sheet's rows of cells by sheet name, in the workbook's order. */
export type Sheets = Map<string, Cell[][]>;

const toArrayBuffer = (data: Uint8Array) =>
  data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;

/**
 * The workbook's values after `edit`, written again (without the export's formats and protection, which
 * the import does not read). A cell may be set to a value or to a cell object such as
 * { type: 'Formula', value: '=A1*2' }.
 */
export async function editWorkbook(data: Uint8Array, edit: (sheets: Sheets) => void): Promise<Uint8Array> {
  const read = await readExcelFile(toArrayBuffer(data), { trim: false });
  const sheets: Sheets = new Map(read.map((s) => [s.sheet, s.data.map((row) => [...row] as Cell[])]));
  edit(sheets);
  const blob = await writeExcelFile(
    [...sheets].map(([sheet, rows]) => ({ sheet, data: rows, dateFormat: 'yyyy-mm-dd' })),
  ).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

/** The workbook's files, and the path of the worksheet named `sheet`. */
function sheetFiles(data: Uint8Array, sheet: string): [Record<string, Uint8Array>, string] {
  const path = sheetPath(unzipParts(data), sheet);
  if (!path) throw new Error(`no sheet ${sheet}`);
  return [unzipSync(data), path];
}

/** The workbook with the cell `ref` of `sheet` holding an error value, as a formula that failed leaves it. */
export function setErrorValue(data: Uint8Array, sheet: string, ref: string, error: string): Uint8Array {
  const [files, path] = sheetFiles(data, sheet);
  const cell = new RegExp(`<c r="${ref}"(?:\\s[^>]*?)?(?:/>|>[\\s\\S]*?</c>)`);
  const xml = new TextDecoder().decode(files[path]);
  if (!cell.test(xml)) throw new Error(`no cell ${ref}`);
  files[path] = strToU8(xml.replace(cell, `<c r="${ref}" t="e"><v>${error}</v></c>`));
  return zipSync(files);
}

/** The workbook with the cell `ref` of `sheet` linked to `url`, as Excel's 插入超链接 · Insert Link writes it. */
export function addHyperlink(data: Uint8Array, sheet: string, ref: string, url: string): Uint8Array {
  const [files, path] = sheetFiles(data, sheet);
  const xml = new TextDecoder().decode(files[path]);
  const order = getOrderOfSiblings('xl/worksheets/sheet{id}.xml', 'worksheet') ?? [];
  const link = `<hyperlinks><hyperlink ref="${ref}" r:id="rIdLink1"/></hyperlinks>`;
  files[path] = strToU8(insertElementMarkupAccordingToOrderOfSiblings(xml, link, order, 'worksheet'));
  const relsPath = path.replace(/([^/]+)$/, '_rels/$1.rels');
  const relationship = `<Relationship Id="rIdLink1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${url}" TargetMode="External"/>`;
  const rels = files[relsPath]
    ? new TextDecoder().decode(files[relsPath])
    : '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  files[relsPath] = strToU8(rels.replace('</Relationships>', `${relationship}</Relationships>`));
  return zipSync(files);
}

/** The index in `rows` of the item row whose first cell is `id`. */
export function rowIndex(rows: Cell[][], id: string): number {
  const i = rows.findIndex((r) => r[0] === id);
  if (i < 1) throw new Error(`no row for ${id}`);
  return i;
}
