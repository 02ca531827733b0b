import fs from 'node:fs';
import path from 'node:path';
import subsetFont from 'subset-font';
import type { Plugin } from 'vite';

// Noto Sans SC is 1.1 MB per weight; the map and the interface use a few hundred characters.
// This plugin cuts the font down to every character that appears in the data and the source
// before each build (and on change in dev), writing src/generated/ for the app to import.

const FONT_DIR = 'node_modules/@fontsource/noto-sans-sc/files';
export const FONT_WEIGHTS = { regular: 400, bold: 700 } as const;
const TEXT_ROOTS = ['geo', 'src'];
const TEXT_FILE = /\.(geojson|json|ts|tsx)$/;

function* files(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'generated') yield* files(full);
    } else if (TEXT_FILE.test(entry.name)) yield full;
  }
}

/** Every character the app may draw: printable ASCII plus all non-ASCII text in geo/ and src/. */
export function collectCharacters(root: string): string {
  const chars = new Set<string>();
  for (let c = 0x20; c < 0x7f; c++) chars.add(String.fromCharCode(c));
  for (const dir of TEXT_ROOTS) {
    for (const file of files(path.join(root, dir))) {
      for (const ch of fs.readFileSync(file, 'utf8')) if ((ch.codePointAt(0) ?? 0) > 0x7f) chars.add(ch);
    }
  }
  return [...chars].sort().join('');
}

export async function writeSubsets(root: string): Promise<void> {
  const text = collectCharacters(root);
  const outDir = path.join(root, 'src/generated');
  fs.mkdirSync(outDir, { recursive: true });
  for (const [name, weight] of Object.entries(FONT_WEIGHTS)) {
    const source = fs.readFileSync(path.join(root, FONT_DIR, `noto-sans-sc-chinese-simplified-${weight}-normal.woff2`));
    const subset = await subsetFont(source, text, { targetFormat: 'woff2' });
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
      if (TEXT_FILE.test(file) && !file.includes('/generated/')) await writeSubsets(root);
    },
  };
}
