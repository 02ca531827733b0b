import fs from 'node:fs';
import path from 'node:path';
import subsetFont from 'subset-font';
import type { Plugin } from 'vite';

// Noto Sans SC is 1.1 MB per weight; the map and the interface's own strings use a few hundred
// characters. This plugin cuts the font down to those before each build (and on change in dev),
// writing src/generated/ for the app to import: every character of the source files in src/ (the
// locale tables, the style's own words) and of the names in geo/ (the labels MapLibre draws).

const FONT_DIR = 'node_modules/@fontsource/noto-sans-sc/files';
/** One weight only: bold text is synthesised from it, which costs no bytes (a second weight cost ~60 KB). */
export const FONT_WEIGHTS = { regular: 400 } as const;
/** The data fields that are drawn as labels. */
const LABEL_FIELDS = new Set(['name_zh', 'name_en', 'zone', 'zone_en']);

function* files(dir: string, pattern: RegExp): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'generated') yield* files(full, pattern);
    } else if (pattern.test(entry.name)) yield full;
  }
}

function labelText(file: string): string {
  const out: string[] = [];
  JSON.parse(fs.readFileSync(file, 'utf8'), (key, value) => {
    if (LABEL_FIELDS.has(key) && typeof value === 'string') out.push(value);
    return value;
  });
  return out.join('');
}

/** Every character the map and the interface draw: printable ASCII, the source's strings, the data's names. */
export function collectCharacters(root: string, { itemNames = true } = {}): string {
  const chars = new Set<string>();
  for (let c = 0x20; c < 0x7f; c++) chars.add(String.fromCharCode(c));
  const add = (text: string) => {
    for (const ch of text) if ((ch.codePointAt(0) ?? 0) > 0x7f) chars.add(ch);
  };
  // Tests and fixtures never reach the screen; their strings would only bloat the font.
  for (const file of files(path.join(root, 'src'), /\.tsx?$/)) {
    if (!/\.test\.tsx?$/.test(file) && !file.includes(`${path.sep}fixtures${path.sep}`))
      add(fs.readFileSync(file, 'utf8'));
  }
  for (const file of files(path.join(root, 'geo'), /\.geojson$/)) {
    if (itemNames || !file.includes(`${path.sep}items${path.sep}`)) add(labelText(file));
  }
  return [...chars].sort().join('');
}

export async function writeSubsets(root: string): Promise<void> {
  const text = { regular: collectCharacters(root) };
  const outDir = path.join(root, 'src/generated');
  fs.mkdirSync(outDir, { recursive: true });
  for (const [name, weight] of Object.entries(FONT_WEIGHTS) as [keyof typeof FONT_WEIGHTS, number][]) {
    const source = fs.readFileSync(path.join(root, FONT_DIR, `noto-sans-sc-chinese-simplified-${weight}-normal.woff2`));
    const subset = await subsetFont(source, text[name], { targetFormat: 'woff2' });
    const target = path.join(outDir, `noto-sans-sc-${name}.woff2`);
    // Rewriting an unchanged file would make Vite reload the page in dev.
    if (!fs.existsSync(target) || !fs.readFileSync(target).equals(subset)) fs.writeFileSync(target, subset);
  }
}

export function fontSubset(): Plugin {
  let root = process.cwd();
  return {
    name: 'font-subset',
    configResolved(config) {
      root = config.root;
    },
    async buildStart() {
      await writeSubsets(root);
    },
    async handleHotUpdate({ file }) {
      if (/\.(geojson|tsx?)$/.test(file) && !file.includes('/generated/')) await writeSubsets(root);
    },
  };
}
