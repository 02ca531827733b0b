import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { CatalogError } from '../../src/catalog/build/pipeline.ts';
import { catalogPlugin, DECK_FILE, ITEMS_DIR, REVIEW_FILE, runCatalog } from './catalog.ts';

// Bad data must stop the build before anything is written: no generated file, no page. These tests copy
// the real inputs into a scratch project, add one malformed file, and run the catalogue plugin's own
// build step and a whole `vite build` on it.

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURES = path.join(ROOT, 'src/catalog/build/fixtures');
const OUTPUTS = ['base.geojson', 'catalog.json', 'details.json', 'items.geojson'];
const scratch: string[] = [];

/** A scratch project with the real items, basemap, zones, review and deck; `bad` adds a fixture as an item file. */
function project(bad?: string): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'catalog-'));
  scratch.push(root);
  const copy = (from: string, to = from) => {
    fs.mkdirSync(path.dirname(path.join(root, to)), { recursive: true });
    fs.copyFileSync(path.join(ROOT, from), path.join(root, to));
  };
  for (const f of fs.readdirSync(path.join(ROOT, ITEMS_DIR))) copy(`${ITEMS_DIR}/${f}`);
  for (const f of fs.readdirSync(path.join(ROOT, 'geo/basemap'))) copy(`geo/basemap/${f}`);
  copy('geo/zones.geojson');
  copy(REVIEW_FILE);
  copy(DECK_FILE);
  if (bad) copy(path.relative(ROOT, path.join(FIXTURES, `${bad}.geojson`)), `${ITEMS_DIR}/zz-${bad}.geojson`);
  // A page for `vite build`: the catalogue runs at build start, before this is bundled.
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><script type="module" src="/main.js"></script>\n');
  fs.writeFileSync(path.join(root, 'main.js'), 'document.title = "ok";\n');
  return root;
}

/** The plugin's build step, as Vite calls it. */
function buildStart(root: string): void {
  const plugin = catalogPlugin();
  const call = (hook: unknown, self: object, arg: unknown) =>
    (hook as (this: object, a: unknown) => void).call(self, arg);
  call(plugin.configResolved, {}, { root });
  call(plugin.buildStart, { warn: () => {}, info: () => {} }, {});
}

const generated = (root: string) => path.join(root, 'src/generated');
const viteBuild = (root: string) =>
  build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [catalogPlugin()],
    build: { outDir: 'dist', emptyOutDir: true },
  });

afterAll(() => {
  for (const root of scratch) fs.rmSync(root, { recursive: true, force: true });
});

// Each case validates and derives the whole catalogue (seconds on a busy 2-core machine): more room than
// vitest's 5 s default.
describe('the catalogue step of the build', { timeout: 30_000 }, () => {
  it('writes the generated files from good data (the control for the cases below)', () => {
    const root = project();
    buildStart(root);
    expect(fs.readdirSync(generated(root)).sort()).toEqual(OUTPUTS);
  });

  // The malformed files a hand-edited catalogue most often ends up with.
  const cases: [string, string][] = [
    ['not-json', 'file: found text that is not JSON'],
    ['wrong-type', 'type: found "Feature", expected a GeoJSON FeatureCollection'],
    ['empty', 'file: found an empty file'],
    ['string-coordinates', 'fixture-item · geometry.coordinates: found ["117.02","36.67"]'],
    ['swapped-coordinates', 'fixture-item · geometry.coordinates: found [36.67,117.02]'],
  ];
  for (const [name, message] of cases) {
    it(`stops on ${name} with the file, item and field named, and writes nothing`, () => {
      const root = project(name);
      let thrown: unknown;
      try {
        buildStart(root);
      } catch (e) {
        thrown = e;
      }
      expect(thrown).toBeInstanceOf(CatalogError);
      expect((thrown as Error).message).toContain(`${ITEMS_DIR}/zz-${name}.geojson · ${message}`);
      expect(fs.existsSync(generated(root))).toBe(false);
    });
  }

  it('leaves the files of the last good build untouched when the data goes bad', () => {
    const root = project();
    runCatalog(root, () => {});
    const before = OUTPUTS.map((f) => fs.readFileSync(path.join(generated(root), f), 'utf8'));
    fs.copyFileSync(path.join(FIXTURES, 'swapped-coordinates.geojson'), path.join(root, ITEMS_DIR, 'zz-bad.geojson'));
    expect(() => runCatalog(root, () => {})).toThrow(CatalogError);
    expect(OUTPUTS.map((f) => fs.readFileSync(path.join(generated(root), f), 'utf8'))).toEqual(before);
  });

  it('stops on a deck that names an unknown item, before writing', () => {
    const root = project();
    const deckFile = path.join(root, DECK_FILE);
    fs.writeFileSync(deckFile, fs.readFileSync(deckFile, 'utf8').replace('"hsr-jinan-laiwu"', '"no-such-item"'));
    expect(() => buildStart(root)).toThrow(/deck .* problem/);
    expect(fs.existsSync(generated(root))).toBe(false);
  });
});

describe('the review date (geo/review.json) in the build', () => {
  it('stops on a malformed or missing review file, naming the file and field, and writes nothing', () => {
    const root = project();
    const review = path.join(root, REVIEW_FILE);
    fs.copyFileSync(path.join(ROOT, 'src/catalog/build/review-fixtures/bad-date.txt'), review);
    expect(() => buildStart(root)).toThrow(
      `${REVIEW_FILE} · reviewed: found "06.12.2026", expected a date as YYYY-MM-DD`,
    );
    fs.rmSync(review);
    expect(() => buildStart(root)).toThrow(`${REVIEW_FILE} · file: found no such file, expected a JSON object`);
    expect(fs.existsSync(generated(root))).toBe(false);
  });

  it('stops when the review is older than an item’s status date', () => {
    const root = project();
    fs.writeFileSync(
      path.join(root, REVIEW_FILE),
      JSON.stringify({ reviewed: '2025-01-01', recheck_after_months: 12, record: 'REVIEW.md' }),
    );
    expect(() => buildStart(root)).toThrow(
      /geo\/review\.json · reviewed: found "2025-01-01", expected a date not before any item's status_as_of \(geo\/items\/[\w-]+\.geojson · [\w-]+ has 2026-/,
    );
    expect(fs.existsSync(generated(root))).toBe(false);
  });
});

describe('vite build', () => {
  it('builds the page from good data', async () => {
    const root = project();
    await viteBuild(root);
    expect(fs.existsSync(path.join(root, 'dist/index.html'))).toBe(true);
  }, 60_000);

  it('fails on a malformed item file and ships nothing', async () => {
    const root = project('not-json');
    await expect(viteBuild(root)).rejects.toThrow(
      `${ITEMS_DIR}/zz-not-json.geojson · file: found text that is not JSON`,
    );
    expect(fs.existsSync(path.join(root, 'dist'))).toBe(false);
    expect(fs.existsSync(generated(root))).toBe(false);
  }, 60_000);
});
