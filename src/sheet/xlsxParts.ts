import { strFromU8, unzipSync } from 'fflate';

// The parts of an .xlsx file (a zip of XML files) that the reader of values does not show: which file
// holds a named sheet, and in it the cells whose value is not a plain one (a formula, a link, an error).
// Read from the XML as Excel, WPS and LibreOffice write it (ECMA-376 Part 1, §18.3).

/** The workbook's XML parts by path, as bytes; throws when the bytes are no zip. */
export const unzipXml = (data: Uint8Array): Record<string, Uint8Array> =>
  unzipSync(data, { filter: (f) => /\.(xml|rels)$/.test(f.name) });

/** The parts as text. */
export const partsText = (files: Record<string, Uint8Array>): Record<string, string> =>
  Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strFromU8(v)]));

/** The workbook's XML parts by path, as text; throws when the bytes are no zip. */
export const unzipParts = (data: Uint8Array): Record<string, string> => partsText(unzipXml(data));

const attr = (tag: string, name: string): string | undefined => {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m?.[1] === undefined ? undefined : unescapeXml(m[1]);
};

const unescapeXml = (s: string) =>
  s.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-f]+|#\d+);/gi, (_, e: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };
    if (e[0] !== '#') return named[e.toLowerCase()] ?? '';
    return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1)));
  });

/** A path a relationship names, resolved against the folder of the part that names it. */
function resolve(from: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = from.split('/').slice(0, -1);
  for (const p of target.split('/')) {
    if (p === '..') parts.pop();
    else if (p !== '.') parts.push(p);
  }
  return parts.join('/');
}

/** Relationship id → target of a part's .rels file (empty when it has none). */
function relationships(parts: Record<string, string>, part: string): Map<string, string> {
  const slash = part.lastIndexOf('/');
  const rels = parts[`${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`] ?? '';
  const map = new Map<string, string>();
  for (const [tag] of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(tag, 'Id');
    const target = attr(tag, 'Target');
    if (id && target !== undefined) map.set(id, target);
  }
  return map;
}

/** The path of the worksheet named `name`, or null when the workbook has no such sheet. */
export function sheetPath(parts: Record<string, string>, name: string): string | null {
  const rels = relationships(parts, 'xl/workbook.xml');
  for (const [tag] of (parts['xl/workbook.xml'] ?? '').matchAll(/<sheet\b[^>]*>/g)) {
    if (attr(tag, 'name') !== name) continue;
    const rel = rels.get(attr(tag, 'r:id') ?? '');
    return rel ? resolve('xl/workbook.xml', rel) : null;
  }
  return null;
}

/** A cell whose content cannot be imported as a value: why, and what to do instead. */
export interface CellIssue {
  row: number;
  /** 1-based column number. */
  column: number;
  found: string;
  expected: string;
}

/** "AK5" → [5, 37]. */
export function cellAddress(ref: string): [number, number] {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(ref.toUpperCase());
  if (!m) return [0, 0];
  let column = 0;
  for (const ch of m[1] as string) column = column * 26 + ch.charCodeAt(0) - 64;
  return [Number(m[2]), column];
}

const FORMULA = 'a plain value: copy the cell and paste it as values (选择性粘贴 → 数值 · Paste Special → Values)';
const LINK = 'plain text: remove the link (右键 → 取消超链接 · Remove Hyperlink); an address can stay as text';

/**
 * The formulas, hyperlinks and error values of a worksheet, in the order of its cells (hyperlinks,
 * listed after the cells in the file, are put in place by sorting). One issue per cell: a formula
 * that ends in an error is reported as the formula.
 */
export function cellIssues(parts: Record<string, string>, path: string): CellIssue[] {
  const xml = parts[path] ?? '';
  const issues = new Map<string, CellIssue>();
  const add = (ref: string, found: string, expected: string) => {
    const [row, column] = cellAddress(ref);
    const key = `${row}:${column}`;
    if (row > 0 && !issues.has(key)) issues.set(key, { row, column, found, expected });
  };
  // A shared formula is written once, in its first cell; the others refer to it by its index (si).
  const shared = new Map<string, string>();
  for (const m of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const [tag, , inner = ''] = m;
    const ref = attr(tag, 'r') ?? '';
    const f = /<f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/f>)/.exec(inner);
    if (f) {
      const si = attr(f[0], 'si');
      const text = f[2] === undefined ? undefined : unescapeXml(f[2]);
      if (si !== undefined && text) shared.set(si, text);
      const formula = text || (si !== undefined ? shared.get(si) : undefined) || '';
      add(ref, `a formula =${formula}`, FORMULA);
    } else if (attr(tag, 't') === 'e') {
      const v = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1] ?? '';
      add(ref, `the error value ${unescapeXml(v)}`, 'a value');
    }
  }
  const rels = relationships(parts, path);
  for (const [tag] of xml.matchAll(/<hyperlink\b[^>]*>/g)) {
    const rel = rels.get(attr(tag, 'r:id') ?? '');
    const location = attr(tag, 'location');
    const target = (rel ?? '') + (location ? `#${location}` : '');
    // A link may span a range of cells: each is reported.
    const [from = '', to = from] = (attr(tag, 'ref') ?? '').split(':');
    const [r0, c0] = cellAddress(from);
    const [r1, c1] = cellAddress(to);
    for (let r = r0; r <= r1; r++)
      for (let c = c0; c <= c1; c++) add(columnLetters(c) + r, `a hyperlink to ${JSON.stringify(target)}`, LINK);
  }
  return [...issues.values()].sort((a, b) => a.row - b.row || a.column - b.column);
}

/** 37 → "AK". */
export function columnLetters(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
