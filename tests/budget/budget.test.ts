import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';

// Byte budgets of the production build, in gzip bytes (what crosses the wire; deterministic for a
// given build). The engine is MapLibre GL (main thread + worker); React and react-map-gl are the
// libraries; everything else loaded at start is ours.

const ROOT = path.resolve(import.meta.dirname, '../..');
// BLUEPRINT_DIST names another build folder than dist/ (the browser tests honour it too).
const DIST = path.resolve(ROOT, process.env.BLUEPRINT_DIST ?? 'dist');
const ASSETS = path.join(DIST, 'assets');
const gz = (file: string) => zlib.gzipSync(fs.readFileSync(path.join(ASSETS, file)), { level: 9 }).length;
const KB = 1024;

let files: string[] = [];
const matching = (re: RegExp) => files.filter((f) => re.test(f));
const sum = (list: string[]) => list.reduce((n, f) => n + gz(f), 0);

// The engine and the libraries; every other script is ours.
const LIBRARIES = /^(maplibre-gl(-worker)?|vendor-react)-[\w-]+\.js$/;
// Our scripts that the first view never loads: meeting mode, image export, the overview drawn without
// WebGL2, the benchmark's synthetic catalogue. Any other script counts as loaded at start, so a new
// chunk is weighed until it is named here.
const LAZY = ['Presenter', 'exportImage', 'ImageButtons', 'Overview', 'synthetic'];
const isLazy = (f: string) => LAZY.some((name) => f.startsWith(`${name}-`));
const ourStartScripts = () => matching(/\.js$/).filter((f) => !LIBRARIES.test(f) && !isLazy(f));

beforeAll(() => {
  if (!fs.existsSync(ASSETS)) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
  files = fs.readdirSync(ASSETS);
});

describe('byte budgets', () => {
  it('keeps our code and data at or under 20 % of the map engine', () => {
    const engine = sum(matching(/^maplibre-gl(-worker)?-[\w-]+\.js$/));
    // The service worker's registration script loads with every page too, from the build's root.
    const register = path.join(DIST, 'registerSW.js');
    const registerBytes = fs.existsSync(register) ? zlib.gzipSync(fs.readFileSync(register), { level: 9 }).length : 0;
    expect(registerBytes).toBeLessThan(300);
    // The page's first script, the app it loads (boot), and the chunks they share with the lazy parts.
    expect(matching(/^index-[\w-]+\.js$/)).toHaveLength(1);
    expect(matching(/^boot-[\w-]+\.js$/)).toHaveLength(1);
    const ourCode = sum(ourStartScripts()) + registerBytes;
    // The data the first view loads: every GeoJSON asset (the map's two sources: the basemap with the
    // zones, and the items' geometry) and the catalogue's core. Each must be there, so that a renamed
    // file cannot drop out of the count unnoticed.
    const geojson = matching(/\.geojson$/);
    expect(geojson.map((f) => f.replace(/-[\w-]+\.geojson$/, '')).sort()).toEqual(['base', 'items']);
    const catalog = matching(/^catalog-[\w-]+\.json$/);
    expect(catalog).toHaveLength(1);
    const data = sum([...geojson, ...catalog]);
    const share = (ourCode + data) / engine;
    console.log(
      `engine ${(engine / KB).toFixed(1)} KB · our code ${(ourCode / KB).toFixed(1)} KB · data ${(data / KB).toFixed(1)} KB · share ${(share * 100).toFixed(1)} %`,
    );
    expect(engine).toBeGreaterThan(300 * KB); // the engine really is in the count
    expect(share).toBeLessThanOrEqual(0.2);
  });

  it('ships the font as subsets: under 90 KB at start, the rest fetched by unicode-range (the full font is 1.1 MB)', () => {
    const size = (f: string) => fs.statSync(path.join(ASSETS, f)).size;
    // The first view's file: the labels, the interface, the directions' descriptions; the page preloads it.
    const first = matching(/^noto-sans-sc-regular-[\w-]+\.woff2$/);
    const [firstFile = ''] = first;
    expect(first).toHaveLength(1);
    expect(size(firstFile)).toBeLessThan(90 * KB);
    // The long texts' characters, each file declared with a unicode-range: fetched when drawn.
    const later = matching(/^noto-sans-sc-text[\w-]*\.woff2$/);
    expect(later.length).toBeGreaterThan(0);
    expect(later.reduce((n, f) => n + size(f), 0)).toBeLessThan(100 * KB);
    expect(matching(/\.woff2$/).sort()).toEqual([...first, ...later].sort());
    const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
    expect(html).toContain(firstFile);
    for (const f of later) expect(html).not.toContain(f);
  });

  it('keeps meeting mode, image export and the long texts out of the first load', () => {
    const start = ourStartScripts()
      .map((f) => fs.readFileSync(path.join(ASSETS, f), 'utf8'))
      .join('');
    const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
    for (const name of LAZY) expect(matching(new RegExp(`^${name}-[\\w-]+\\.js$`)), name).toHaveLength(1);
    expect(matching(/^details-[\w-]+\.json$/)).toHaveLength(1);
    // Lazy chunks are not preloaded by the page, and the QR encoder is in none of the start-up scripts.
    expect(html).not.toMatch(/Presenter-|exportImage-|details-/);
    expect(start).not.toContain('toSJISFunc');
  });

  it('imports Turf per function, never the whole library', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const deps = { ...pkg.dependencies, ...pkg.devDependencies };
    expect(Object.keys(deps)).not.toContain('@turf/turf');
    const sources = fs.readdirSync(path.join(ROOT, 'src'), { recursive: true, encoding: 'utf8' });
    for (const f of sources.filter((s) => /\.tsx?$/.test(s))) {
      expect(fs.readFileSync(path.join(ROOT, 'src', f), 'utf8'), f).not.toMatch(/from '@turf\/turf'/);
    }
  });
});
