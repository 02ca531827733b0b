import fs from 'node:fs';
import path from 'node:path';
import subsetFont from 'subset-font';
import type { Plugin } from 'vite';
import { shippedCatalog, splitCatalog } from '../../src/catalog/build/pipeline.ts';
import { en } from '../../src/i18n/en.ts';
import { zhCN } from '../../src/i18n/zh-CN.ts';
import { catalogFrom, DECK_FILE } from './catalog.ts';
import { codePoints, unicodeRange } from './font-cmap.ts';

// Noto Sans SC is 1.1 MB per weight; the page shows about 1,200 distinct characters. This plugin cuts
// the font into the files the page needs before each build (and on change in dev), writing them and
// the style sheet that declares them (fonts.css) to src/generated/:
// - noto-sans-sc-regular.woff2, loaded (and preloaded) at start: every character the first view draws —
//   the labels MapLibre draws from it (the style's `font-faces`), the interface's own strings (every
//   string of src/) and the five directions' descriptions in the panel;
// - noto-sans-sc-text*.woff2: every other character the page can show — the catalogue's long texts,
//   figures and units, source titles, site notes, the zones' notes, the deck's captions — each file
//   declared with the same family and a `unicode-range` of exactly its characters, so the browser
//   fetches it only when it draws one of them (an open card, a caption). Most come from the
//   Chinese-simplified file of @fontsource/noto-sans-sc; what that file lacks (arrows, primes, rare
//   or traditional characters) comes from the package's other files, one small file per source.
// One weight only: bold text is synthesised from it, which costs no bytes (a second weight would: bench/README.md).

const FONT_DIR = 'node_modules/@fontsource/noto-sans-sc/files';
const MAIN_SOURCE = 'noto-sans-sc-chinese-simplified-400-normal.woff2';
export const FIRST_FILE = 'noto-sans-sc-regular.woff2';
export const FAMILY = 'Noto Sans SC';
/** The data fields the first view draws: the map's labels and the directions' descriptions in the panel. */
const FIRST_VIEW_FIELDS = new Set(['name_zh', 'name_en', 'zone', 'zone_en', 'role_zh', 'role_en']);

function* files(dir: string, pattern: RegExp): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'generated') yield* files(full, pattern);
    } else if (pattern.test(entry.name)) yield full;
  }
}

function firstViewText(file: string): string {
  const out: string[] = [];
  JSON.parse(fs.readFileSync(file, 'utf8'), (key, value) => {
    if (FIRST_VIEW_FIELDS.has(key) && typeof value === 'string') out.push(value);
    return value;
  });
  return out.join('');
}

/**
 * Text the page shows only once someone opens the update view or keeps edits from a workbook: the
 * update view and the workbook's own code (src/sheet/), and the locale keys update.* and localEdits.*
 * (one line each) but the panel's own section (its title, hint and button). Its characters go to the
 * files fetched on demand, not to the first one.
 */
const LATER_DIR = `src${path.sep}sheet${path.sep}`;
const LATER_KEYS = /^\s*'(update\.(?!(title|sectionHint|open)')|localEdits\.)[^']*':.*$/gm;

/** Every character the first view draws: printable ASCII, the source's strings, the data's names and roles. */
export function collectCharacters(root: string, { itemNames = true } = {}): string {
  const chars = new Set<string>();
  for (let c = 0x20; c < 0x7f; c++) chars.add(String.fromCharCode(c));
  const add = (text: string) => {
    for (const ch of text) if ((ch.codePointAt(0) ?? 0) > 0x7f) chars.add(ch);
  };
  // Tests and fixtures never reach the screen; their strings would only bloat the font.
  for (const file of files(path.join(root, 'src'), /\.tsx?$/)) {
    if (/\.test\.tsx?$/.test(file) || file.includes(`${path.sep}fixtures${path.sep}`)) continue;
    if (path.relative(root, file).startsWith(LATER_DIR)) continue;
    add(fs.readFileSync(file, 'utf8').replace(LATER_KEYS, ''));
  }
  for (const file of files(path.join(root, 'geo'), /\.geojson$/)) {
    if (itemNames || !file.includes(`${path.sep}items${path.sep}`)) add(firstViewText(file));
  }
  return [...chars].sort().join('');
}

/** A text the page can show, and where it comes from (file · item · field), for precise messages. */
export interface ShownText {
  where: string;
  text: string;
}

/** Every string inside a JSON value, each with its path; an object with an `id` is named by it. */
function strings(value: unknown, where: string, out: ShownText[]): ShownText[] {
  if (typeof value === 'string') out.push({ where, text: value });
  else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) strings(v, `${where} · ${itemName(v) ?? i}`, out);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) strings(v, `${where} · ${k}`, out);
  }
  return out;
}

function itemName(v: unknown): string | undefined {
  if (!v || typeof v !== 'object') return undefined;
  const o = v as { id?: unknown; zone?: unknown; adcode?: unknown; properties?: { zone?: unknown } };
  const id = o.id ?? o.zone ?? o.adcode ?? o.properties?.zone;
  return typeof id === 'string' ? id : undefined;
}

/**
 * The source's text without its comments, which never reach the screen: what is left holds the
 * interface's literal characters (×, ±, the style's own words). A `//` only opens a comment after white
 * space or at the start of a line, so that URLs in strings stay.
 */
function sourceText(root: string): string {
  const out: string[] = [];
  for (const file of files(path.join(root, 'src'), /\.tsx?$/)) {
    if (/\.test\.tsx?$/.test(file) || file.includes(`${path.sep}fixtures${path.sep}`)) continue;
    out.push(
      fs
        .readFileSync(file, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/(^|\s)\/\/.*$/gm, '$1'),
    );
  }
  return out.join('\n');
}

/**
 * Every text the page can show: the locale tables, the source's literal characters, the labels drawn
 * from geo/, and every string of the catalogue as the build ships it (catalog.json and details.json,
 * made here the same way as src/generated/ gets them, so that the order of the build's steps does not
 * matter), of the zones file and of the default deck.
 */
export function shownTexts(root: string): ShownText[] {
  const out = catalogFrom(root);
  const { core, details } = splitCatalog(out.catalog);
  const read = (file: string) => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'));
  const labels = [...files(path.join(root, 'geo/basemap'), /\.geojson$/)].map((file) => ({
    where: path.relative(root, file),
    text: firstViewText(file),
  }));
  return [
    ...strings(zhCN, 'src/i18n/zh-CN.ts', []),
    ...strings(en, 'src/i18n/en.ts', []),
    { where: 'src/ (outside comments)', text: sourceText(root) },
    ...labels,
    ...strings(shippedCatalog(core), 'catalog.json', []),
    ...strings(details, 'details.json', []),
    ...strings(read('geo/zones.geojson'), 'geo/zones.geojson', []),
    ...strings(read(DECK_FILE), DECK_FILE, []),
  ];
}

/** Characters that are drawn: no control characters (line breaks in long texts are white space). */
const drawn = (ch: string) => {
  const cp = ch.codePointAt(0) ?? 0;
  return cp >= 0x20 && !(cp >= 0x7f && cp < 0xa0);
};

export interface Subset {
  /** The file written to src/generated/. */
  file: string;
  /** The @fontsource file it is cut from. */
  source: string;
  text: string;
  /** The `unicode-range` it is declared with; none for the first file, which the page loads at once. */
  range: string | null;
}

/** The package's files in the order a character is looked for: Chinese simplified, Latin, the numbered slices. */
function sources(root: string): string[] {
  const rank = (f: string) => {
    if (f === MAIN_SOURCE) return -3;
    if (f.includes('-latin-400')) return -2;
    if (f.includes('-latin-ext-')) return -1;
    const n = /^noto-sans-sc-(\d+)-400-normal\.woff2$/.exec(f);
    return n ? Number(n[1]) : 1000;
  };
  return fs
    .readdirSync(path.join(root, FONT_DIR))
    .filter((f) => f.endsWith('-400-normal.woff2'))
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** Which characters go into which file, and the characters that no file of the package holds. */
export async function planSubsets(
  root: string,
  texts = shownTexts(root),
): Promise<{ subsets: Subset[]; uncovered: string[] }> {
  const cmaps = new Map<string, Set<number>>();
  const cmap = async (source: string) => {
    let set = cmaps.get(source);
    if (!set) {
      set = await codePoints(fs.readFileSync(path.join(root, FONT_DIR, source)));
      cmaps.set(source, set);
    }
    return set;
  };
  const main = await cmap(MAIN_SOURCE);
  const cp = (ch: string) => ch.codePointAt(0) ?? 0;
  const first = [...collectCharacters(root)].filter((ch) => main.has(cp(ch)));
  const inFirst = new Set(first);
  const rest = [...new Set(texts.flatMap((t) => [...t.text]))].filter((ch) => drawn(ch) && !inFirst.has(ch)).sort();
  const groups = new Map<string, string[]>();
  const uncovered: string[] = [];
  const order = sources(root);
  for (const ch of rest) {
    let from: string | undefined;
    for (const source of order) {
      if ((await cmap(source)).has(cp(ch))) {
        from = source;
        break;
      }
    }
    if (from) groups.set(from, [...(groups.get(from) ?? []), ch]);
    else uncovered.push(ch);
  }
  const subsets: Subset[] = [{ file: FIRST_FILE, source: MAIN_SOURCE, text: first.join(''), range: null }];
  for (const source of order.filter((s) => groups.has(s))) {
    const chars = groups.get(source) ?? [];
    const id = source === MAIN_SOURCE ? '' : `-${source.replace(/^noto-sans-sc-|-400-normal\.woff2$/g, '')}`;
    subsets.push({
      file: `noto-sans-sc-text${id}.woff2`,
      source,
      text: chars.join(''),
      range: unicodeRange(chars.map(cp)),
    });
  }
  return { subsets, uncovered };
}

/** The style sheet declaring the files: one family, the later files each limited to its characters. */
export function fontFaceCss(subsets: Subset[]): string {
  const rules = subsets.map((s) =>
    [
      '@font-face {',
      `  font-family: "${FAMILY}";`,
      '  font-style: normal;',
      '  font-weight: 400;',
      '  font-display: swap;',
      `  src: url("./${s.file}") format("woff2");`,
      ...(s.range ? [`  unicode-range: ${s.range};`] : []),
      '}',
    ].join('\n'),
  );
  return `/* Noto Sans SC (SIL Open Font License 1.1), cut by scripts/vite/font-subset.ts. */\n${rules.join('\n')}\n`;
}

/** Names each character no file holds, with the first text that shows it. */
export function describeUncovered(uncovered: string[], texts: ShownText[]): string[] {
  return uncovered.map((ch) => {
    const at = texts.find((t) => t.text.includes(ch));
    const code = `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
    return `"${ch}" (${code}) in ${at?.where ?? '?'}: no file of @fontsource/noto-sans-sc holds it`;
  });
}

/** Writes the subsets and fonts.css to `outDir`; returns the plan and the characters left without a font. */
export async function writeSubsets(root: string, outDir = path.join(root, 'src/generated')) {
  const texts = shownTexts(root);
  const plan = await planSubsets(root, texts);
  fs.mkdirSync(outDir, { recursive: true });
  // Rewriting an unchanged file would make Vite reload the page in dev.
  const write = (file: string, data: Uint8Array | string) => {
    const target = path.join(outDir, file);
    const bytes = Buffer.from(data);
    if (!fs.existsSync(target) || !fs.readFileSync(target).equals(bytes)) fs.writeFileSync(target, bytes);
  };
  for (const s of plan.subsets) {
    const source = fs.readFileSync(path.join(root, FONT_DIR, s.source));
    write(s.file, await subsetFont(source, s.text, { targetFormat: 'woff2' }));
  }
  const keep = new Set(plan.subsets.map((s) => s.file));
  for (const f of fs.readdirSync(outDir)) {
    if (/^noto-sans-sc-.*\.woff2$/.test(f) && !keep.has(f)) fs.rmSync(path.join(outDir, f));
  }
  write('fonts.css', fontFaceCss(plan.subsets));
  return { ...plan, problems: describeUncovered(plan.uncovered, texts) };
}

export function fontSubset(): Plugin {
  let root = process.cwd();
  return {
    name: 'font-subset',
    configResolved(config) {
      root = config.root;
    },
    async buildStart() {
      for (const p of (await writeSubsets(root)).problems) this.warn(`font: ${p}`);
    },
    async handleHotUpdate({ file, server }) {
      if (!/\.(geojson|tsx?|json)$/.test(file) || file.includes('/generated/')) return;
      try {
        for (const p of (await writeSubsets(root)).problems) server.config.logger.warn(`font: ${p}`);
      } catch {
        // Bad data: the catalogue step reports it, and the last good fonts stay.
      }
    },
  };
}
