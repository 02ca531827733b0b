import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codePoints, parseUnicodeRange, unicodeRange } from './font-cmap';
import { FIRST_FILE, type ShownText, shownTexts, writeSubsets } from './font-subset';

// The font files are cut by the build's own step into a scratch folder, and every character of every
// text the page can show is looked up in the character maps of those files, read back from the WOFF2
// bytes: a character that no face both declares (unicode-range) and holds (cmap) would be drawn in
// whatever font the machine has, or not at all on a machine without a Chinese font.

const ROOT = path.resolve(import.meta.dirname, '../..');

interface ShippedFace {
  file: string;
  declares: (cp: number) => boolean;
  range: string | null;
  holds: Set<number>;
}

/** The faces of a fonts.css as the browser sees them: file, unicode-range, and the file's own cmap. */
async function readFaces(dir: string): Promise<ShippedFace[]> {
  const css = fs.readFileSync(path.join(dir, 'fonts.css'), 'utf8');
  const rules = [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map((m) => m[1] ?? '');
  return Promise.all(
    rules.map(async (rule) => {
      const file = /src:\s*url\("\.\/([^"]+)"\)/.exec(rule)?.[1];
      if (!file) throw new Error(`A face without a file: ${rule}`);
      const range = /unicode-range:\s*([^;]+);/.exec(rule)?.[1] ?? null;
      return {
        file,
        range,
        declares: range ? parseUnicodeRange(range) : () => true,
        holds: await codePoints(fs.readFileSync(path.join(dir, file))),
      };
    }),
  );
}

const code = (ch: string) => `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
const drawn = (ch: string) => {
  const cp = ch.codePointAt(0) ?? 0;
  return cp >= 0x20 && !(cp >= 0x7f && cp < 0xa0);
};

/** Each character of the texts that no face draws, as "where: "x" (U+….)". */
function notCovered(texts: ShownText[], faces: ShippedFace[]): string[] {
  const missing: string[] = [];
  for (const t of texts) {
    for (const ch of new Set(t.text)) {
      const cp = ch.codePointAt(0) ?? 0;
      if (drawn(ch) && !faces.some((f) => f.declares(cp) && f.holds.has(cp)))
        missing.push(`${t.where}: "${ch}" (${code(ch)})`);
    }
  }
  return missing;
}

describe('every character the page can show is in a shipped font', () => {
  let dir = '';
  let faces: ShippedFace[] = [];
  let texts: ShownText[] = [];

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fonts-'));
    await writeSubsets(ROOT, dir);
    faces = await readFaces(dir);
    texts = shownTexts(ROOT);
  }, 120_000);
  afterAll(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('collects the texts from the data, not only the labels: the directions, long texts, sources, deck', () => {
    const where = texts.map((t) => t.where);
    for (const part of [
      'src/i18n/zh-CN.ts',
      'src/i18n/en.ts',
      'catalog.json · zones · 东强 · role_zh',
      'details.json · hsr-jinan-laiwu · sources',
      'details.json · hsr-jinan-laiwu · site_note_zh',
      'geo/zones.geojson · features · 中优 · properties · note_zh',
      'src/present/deck.default.json',
    ]) {
      expect(
        where.some((w) => w.startsWith(part)),
        part,
      ).toBe(true);
    }
  });

  it('draws every character of every text from a face that declares it and holds its glyph', () => {
    expect(notCovered(texts, faces)).toEqual([]);
  });

  it('finds what is missing: a face list with the first file alone leaves the long texts uncovered', () => {
    const first = faces.filter((f) => f.file === FIRST_FILE);
    expect(first).toHaveLength(1);
    const quote = texts.filter((t) => t.where.startsWith('details.json · hsr-jinan-laiwu · sources'));
    expect(notCovered(quote, first).join('\n')).toContain('"′" (U+2032)');
  });

  it("draws the first view from the first file alone: the labels, and the five directions' descriptions", () => {
    const first = faces.find((f) => f.file === FIRST_FILE);
    if (!first) throw new Error(`${FIRST_FILE} is not declared`);
    expect(first.range).toBeNull();
    const firstView = texts.filter((t) =>
      /^catalog\.json · (zones|districts|items) · [^·]+ · (name_zh|name_en|zone|zone_en|role_zh|role_en)$/.test(
        t.where,
      ),
    );
    expect(firstView.some((t) => t.text.includes('科创走廊'))).toBe(true);
    expect(notCovered(firstView, [first])).toEqual([]);
  });

  it('declares no character a face lacks, and each character in one face at most', () => {
    const declared = new Map<number, string>();
    for (const f of faces.filter((x) => x.range !== null)) {
      const points = (f.range ?? '').split(',').flatMap((part) => {
        const [a = '', b = a] = part.replace('U+', '').split('-');
        const from = Number.parseInt(a, 16);
        return Array.from({ length: Number.parseInt(b, 16) - from + 1 }, (_, i) => from + i);
      });
      for (const cp of points) {
        expect(f.holds.has(cp), `${f.file} declares U+${cp.toString(16)}`).toBe(true);
        expect(declared.get(cp), `U+${cp.toString(16)} in two faces`).toBeUndefined();
        declared.set(cp, f.file);
      }
    }
    expect(declared.size).toBeGreaterThan(300);
  });
});

describe('unicode-range', () => {
  it('lists code points with runs of neighbours merged, and reads them back', () => {
    const range = unicodeRange([0x4e03, 0x2033, 0x2032, 0x4e01, 0x4e02, 0x8e14]);
    expect(range).toBe('U+2032-2033,U+4E01-4E03,U+8E14');
    const has = parseUnicodeRange(range);
    expect([0x2032, 0x2033, 0x4e02, 0x8e14].every(has)).toBe(true);
    expect([0x2031, 0x2034, 0x4e04, 0x8e13].some(has)).toBe(false);
    expect(parseUnicodeRange('U+4??')(0x4ff)).toBe(true);
  });
});
