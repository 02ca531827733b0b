import fs from 'node:fs';
import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { BASE_PARTS, type BasePart, type Collection, mergeBase } from '../../src/catalog/base.ts';
import { buildCatalog, type Output, shippedCatalog, splitCatalog } from '../../src/catalog/build.ts';
import type { Area } from '../../src/catalog/derive.ts';
import { REVIEW_FILE } from '../../src/catalog/review.ts';
import { parseDeckText } from '../../src/present/deckSchema.ts';

// Runs the catalogue pipeline (validate + derive, src/catalog/build.ts) before every build and on
// every change to geo/ in dev. Bad data stops the build with the list of problems; nothing partial
// is written. The app imports the results from src/generated/.

export const ITEMS_DIR = 'geo/items';
export { REVIEW_FILE };

export function readInputs(root: string) {
  const dir = path.join(root, ITEMS_DIR);
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.geojson'))
    .sort()
    .map((f) => ({ file: `${ITEMS_DIR}/${f}`, text: fs.readFileSync(path.join(dir, f), 'utf8') }));
  const areas = (file: string) =>
    (JSON.parse(fs.readFileSync(path.join(root, file), 'utf8')) as { features: Area[] }).features;
  // A missing review file is reported like a broken one, by the catalogue's own check.
  const reviewPath = path.join(root, REVIEW_FILE);
  const review = { file: REVIEW_FILE, text: fs.existsSync(reviewPath) ? fs.readFileSync(reviewPath, 'utf8') : null };
  return { files, districts: areas('geo/basemap/districts.geojson'), zones: areas('geo/zones.geojson'), review };
}

/** The basemap files the map's `base` source is merged from (the zones come from the catalogue build). */
export function readBasemap(root: string): Record<Exclude<BasePart, 'zones'>, Collection> {
  const parts = BASE_PARTS.filter((p): p is Exclude<BasePart, 'zones'> => p !== 'zones');
  return Object.fromEntries(
    parts.map((p) => {
      const file = `geo/basemap/${p}.geojson`;
      try {
        return [p, JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'))];
      } catch (e) {
        throw new Error(`${file}: ${e instanceof Error ? e.message : String(e)}`);
      }
    }),
  ) as ReturnType<typeof readBasemap>;
}

export function writeOutputs(root: string, out: Output, basemap: ReturnType<typeof readBasemap>): void {
  // Everything is made before anything is written: a bad file leaves the last good output whole.
  const base = mergeBase({ ...basemap, zones: out.zones as Collection });
  const dir = path.join(root, 'src/generated');
  fs.mkdirSync(dir, { recursive: true });
  const write = (name: string, data: unknown) => {
    const text = JSON.stringify(data);
    const file = path.join(dir, name);
    // Rewriting an unchanged file would make Vite reload the page in dev.
    if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== text) fs.writeFileSync(file, text);
  };
  const { core, details } = splitCatalog(out.catalog);
  write('catalog.json', shippedCatalog(core));
  write('details.json', details);
  write('items.geojson', out.map);
  write('base.geojson', base);
}

export const DECK_FILE = 'src/present/deck.default.json';

/** The default deck is hand-editable: check it against its schema and the catalogue it points into. */
export function checkDeck(root: string, out: Output): void {
  const known = {
    items: new Set(out.catalog.items.map((i) => i.id)),
    districts: new Set(out.catalog.districts.map((d) => d.adcode)),
  };
  const { problems } = parseDeckText(DECK_FILE, fs.readFileSync(path.join(root, DECK_FILE), 'utf8'), known);
  if (problems.length > 0) {
    throw new Error(
      `The deck ${DECK_FILE} has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
  }
}

export function runCatalog(root: string, log: (message: string) => void = console.warn): Output {
  const out = buildCatalog(readInputs(root));
  checkDeck(root, out);
  writeOutputs(root, out, readBasemap(root));
  for (const w of out.warnings) log(`zone tag and geometry disagree: ${w}`);
  return out;
}

export function catalogPlugin(): Plugin {
  let root = process.cwd();
  let server: ViteDevServer | undefined;
  return {
    name: 'catalog',
    configResolved(config) {
      root = config.root;
    },
    configureServer(s) {
      server = s;
    },
    buildStart() {
      const out = runCatalog(root, (m) => this.warn(m));
      this.info?.(`catalogue: ${out.catalog.items.length} items, ${out.map.features.length} with geometry`);
    },
    handleHotUpdate({ file }) {
      if (!file.startsWith(path.join(root, 'geo')) && !file.endsWith(DECK_FILE)) return;
      try {
        runCatalog(root, (m) => server?.config.logger.warn(m));
      } catch (e) {
        server?.config.logger.error(String((e as Error).message));
        server?.ws.send({ type: 'error', err: { message: (e as Error).message, stack: '' } });
      }
    },
  };
}
