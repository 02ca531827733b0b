import fs from 'node:fs';
import path from 'node:path';
import { REVIEW_FILE } from '../../src/catalog/build/review.ts';
import { formatChange } from '../../src/sheet/diff.ts';
import { type ItemFile, indexItems } from '../../src/sheet/files.ts';
import { formatProblem } from '../../src/sheet/importPlan.ts';
import { importWorkbook, sizeProblem } from '../../src/sheet/workbook.ts';
import { writeWorkbook } from '../../src/sheet/writeWorkbook.ts';

// The plan workbook's export and import against a checkout's geo/ (the commands are export.ts and
// import.ts; the tests run these on a copy). Each returns the lines to print and the exit code.

export const ITEMS_DIR = 'geo/items';

export function readItemFiles(root: string): ItemFile[] {
  return fs
    .readdirSync(path.join(root, ITEMS_DIR))
    .filter((f) => f.endsWith('.geojson'))
    .sort()
    .map((f) => ({ file: `${ITEMS_DIR}/${f}`, text: fs.readFileSync(path.join(root, ITEMS_DIR, f), 'utf8') }));
}

export interface Outcome {
  code: number;
  lines: string[];
}

export async function exportPlan(
  root: string,
  out: string,
  today = new Date().toISOString().slice(0, 10),
): Promise<Outcome> {
  const items = [...indexItems(readItemFiles(root)).values()].map((i) => i.properties);
  const data = await writeWorkbook(items, today);
  fs.writeFileSync(out, data);
  return { code: 0, lines: [`${out}: ${items.length} items, ${(data.byteLength / 1024).toFixed(0)} KB`] };
}

export async function importPlan(root: string, file: string, { dryRun = false } = {}): Promise<Outcome> {
  const name = path.basename(file);
  // The size first: a file far larger than an export is not read at all.
  const tooLarge = sizeProblem(fs.statSync(file).size, name);
  if (tooLarge) return failed([formatProblem(tooLarge)]);
  const files = readItemFiles(root);
  const reviewPath = path.join(root, REVIEW_FILE);
  const review = { file: REVIEW_FILE, text: fs.existsSync(reviewPath) ? fs.readFileSync(reviewPath, 'utf8') : null };
  const result = await importWorkbook(new Uint8Array(fs.readFileSync(file)), name, files, review);
  if (result.problems.length > 0) return failed(result.problems.map(formatProblem));
  const lines = result.changes.map(formatChange);
  if (result.missing.length > 0) lines.push(`Not in the workbook, left as they are: ${result.missing.join(', ')}`);
  if (result.changes.length === 0) lines.push('No changes.');
  const changed = result.files.filter((f, i) => f.text !== files[i]?.text);
  if (dryRun) lines.push(`--dry-run: nothing written (${changed.length} file(s) would change).`);
  else {
    for (const f of changed) fs.writeFileSync(path.join(root, f.file), f.text);
    if (changed.length > 0)
      lines.push(`Wrote ${changed.map((f) => f.file).join(', ')}. Run npm run build to see the map with them.`);
  }
  return { code: 0, lines };
}

function failed(problems: string[]): Outcome {
  return {
    code: 1,
    lines: [
      `${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was written:`,
      ...problems.map((p) => `  - ${p}`),
    ],
  };
}
