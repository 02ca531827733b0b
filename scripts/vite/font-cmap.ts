import fontverter from 'fontverter';
import { Blob, Face } from 'harfbuzzjs';

// What a font file can draw, read from its own character map (HarfBuzz, the engine subset-font cuts
// with; HarfBuzz reads no WOFF2, so the file is unpacked first), and the CSS `unicode-range` that
// names a set of characters.

let queue: Promise<unknown> = Promise.resolve();

/**
 * The code points a font file (TrueType, OpenType, WOFF or WOFF2) maps to a glyph. One file at a time:
 * the WOFF2 decoder keeps its state in one WebAssembly instance, and overlapping calls return empty fonts.
 */
export function codePoints(font: Uint8Array): Promise<Set<number>> {
  const next = queue.then(async () => {
    const sfnt = await fontverter.convert(Buffer.from(font), 'truetype');
    return new Set(new Face(new Blob(sfnt)).collectUnicodes());
  });
  queue = next.catch(() => undefined);
  return next;
}

const hex = (n: number) => n.toString(16).toUpperCase();

/** A `unicode-range` value listing exactly these code points, runs of neighbours as one range. */
export function unicodeRange(points: Iterable<number>): string {
  const sorted = [...new Set(points)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const cp of sorted) {
    const last = runs.at(-1);
    if (last && cp === last[1] + 1) last[1] = cp;
    else runs.push([cp, cp]);
  }
  return runs.map(([a, b]) => (a === b ? `U+${hex(a)}` : `U+${hex(a)}-${hex(b)}`)).join(',');
}

/** The code points a `unicode-range` value names (single points, ranges and `?` wildcards). */
export function parseUnicodeRange(value: string): (cp: number) => boolean {
  const ranges = value.split(',').map((part) => {
    const m = /^\s*U\+([0-9A-F?]+)(?:-([0-9A-F]+))?\s*$/i.exec(part);
    const [, start, end] = m ?? [];
    if (!start) throw new Error(`Bad unicode-range part "${part}" in "${value}"`);
    const from = Number.parseInt(start.replaceAll('?', '0'), 16);
    const to = Number.parseInt(end ?? start.replaceAll('?', 'F'), 16);
    return [from, to] as const;
  });
  return (cp) => ranges.some(([a, b]) => cp >= a && cp <= b);
}
