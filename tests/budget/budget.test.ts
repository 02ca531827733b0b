import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { type FirstLoad, firstLoad, type Manifest, readManifest } from './firstLoad';

// Byte budgets of the production build, in gzip bytes (what crosses the wire; deterministic for a
// given build). The engine is MapLibre GL (main thread + worker); React and react-map-gl are the
// libraries; everything else the first load requests is ours. What the first load requests comes from
// Vite's build manifest (firstLoad.ts), so a new chunk is weighed wherever it is imported from.

const ROOT = path.resolve(import.meta.dirname, '../..');
// The production build: what ships (the browser tests serve the test build, dist-test/).
const DIST = path.join(ROOT, 'dist');
const gz = (file: string) => zlib.gzipSync(fs.readFileSync(path.join(DIST, file)), { level: 9 }).length;
const KB = 1024;
const sum = (list: Iterable<string>) => [...list].reduce((n, f) => n + gz(f), 0);

let manifest: Manifest;
let start: FirstLoad;
/**
 * The manifest records of this package: a chunk whose source is in node_modules/<name>/, or a shared
 * chunk the bundler named after it (one that several of our modules import has no single source).
 */
const fromPackage = (name: string) =>
  Object.values(manifest).filter((c) => c.src?.includes(`node_modules/${name}/`) || (!c.src && c.name === name));

beforeAll(() => {
  manifest = readManifest(DIST);
  start = firstLoad(manifest, fs.readFileSync(path.join(DIST, 'index.html'), 'utf8'));
});

describe('byte budgets', () => {
  it('keeps our code and data at or under 20 % of the map engine', () => {
    // The engine: its main-thread chunk (its own, loaded at start) and its worker, a file the page names.
    const [engineChunk, ...more] = fromPackage('maplibre-gl');
    expect(more).toEqual([]);
    expect(start.files).toContain(engineChunk?.file);
    const workers = [...start.assets].filter((f) => /^assets\/maplibre-gl-worker-[\w-]+\.js$/.test(f));
    expect(workers).toHaveLength(1);
    const engine = sum([engineChunk?.file ?? '', ...workers]);
    // The libraries: their own chunk (vite.config.ts), loaded at start.
    const libraries = Object.values(manifest).filter((c) => c.name === 'vendor-react');
    expect(libraries).toHaveLength(1);
    expect(start.files).toContain(libraries[0]?.file);
    // Every other script the first load requests is ours, and the service worker's registration script,
    // which loads with every page from the build's root. The style sheet (MapLibre's, the font faces and
    // ours in one file) is reported, not weighed: the budget is about scripts and data.
    const scripts = [...start.files].filter((f) => f.endsWith('.js'));
    const ours = scripts.filter((f) => f !== engineChunk?.file && f !== libraries[0]?.file);
    expect(ours.length).toBeGreaterThanOrEqual(2); // the page's first script and the app (boot)
    const css = sum([...start.files].filter((f) => f.endsWith('.css')));
    expect(css).toBeGreaterThan(0);
    const register = path.join(DIST, 'registerSW.js');
    const registerBytes = fs.existsSync(register) ? zlib.gzipSync(fs.readFileSync(register), { level: 9 }).length : 0;
    expect(registerBytes).toBeLessThan(300);
    const ourCode = sum(ours) + registerBytes;
    // The data the first view loads: the map's two sources (the basemap with the zones, and the items'
    // geometry) and the catalogue's core. The items' long texts are referenced from the start but
    // fetched on first need (src/catalog/load.ts); the fonts are weighed below. Each source file must be
    // there, so that a renamed file cannot drop out of the count unnoticed.
    const bySource = new Map(Object.values(manifest).map((c) => [c.file, c.src ?? '']));
    const dataFiles = [...start.assets].filter((f) => /\.(geo)?json$/.test(f));
    expect(dataFiles.map((f) => bySource.get(f)).sort()).toEqual([
      'src/generated/base.geojson',
      'src/generated/catalog.json',
      'src/generated/details.json',
      'src/generated/items.geojson',
    ]);
    const data = sum(dataFiles.filter((f) => bySource.get(f) !== 'src/generated/details.json'));
    const share = (ourCode + data) / engine;
    console.log(
      `engine ${(engine / KB).toFixed(1)} KB · our code ${(ourCode / KB).toFixed(1)} KB · data ${(data / KB).toFixed(1)} KB · share ${(share * 100).toFixed(1)} % · CSS ${(css / KB).toFixed(1)} KB`,
    );
    expect(engine).toBeGreaterThan(300 * KB); // the engine really is in the count
    expect(share).toBeLessThanOrEqual(0.2);
  });

  it('has the page request the engine first, after its security policy, and the early map before React', () => {
    const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
    const requests = [...html.matchAll(/<(?:link|script)\b[^>]*\b(?:href|src)="([^"]+)"/g)].map((m) => m[1]);
    const [engineChunk] = fromPackage('maplibre-gl');
    expect(requests[0]).toBe(`/${engineChunk?.file}`);
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf(engineChunk?.file ?? '?'));
    // The early map's chunk is preloaded; React's is not (the page evaluates it after the map's first frame).
    const early = Object.values(manifest).find((c) => c.name === 'early');
    expect(requests).toContain(`/${early?.file}`);
    const react = Object.values(manifest).find((c) => c.name === 'vendor-react');
    expect(react).toBeDefined();
    expect(html).not.toContain(react?.file);
  });

  it('writes every bundled script in ASCII, the engine’s included (vite.config.ts: output.charset)', () => {
    // One character outside ASCII makes the browser hold and scan a whole script as two-byte text.
    const scripts = [...new Set(Object.values(manifest).map((c) => c.file))].filter((f) => f.endsWith('.js'));
    const [engineChunk] = fromPackage('maplibre-gl');
    expect(scripts).toContain(engineChunk?.file);
    for (const f of scripts) {
      const text = fs.readFileSync(path.join(DIST, f), 'utf8');
      expect(/[^\p{ASCII}]/u.exec(text)?.[0], f).toBeUndefined();
    }
    // The escapes stand for the same characters: the Chinese interface text is still there.
    const early = Object.values(manifest).find((c) => c.name === 'early');
    const earlyText = fs.readFileSync(path.join(DIST, early?.file ?? ''), 'utf8');
    expect(earlyText).toMatch(/\\u[0-9a-fA-F]{4}/);
  });

  it('ships the font as subsets: under 90 KB at start, the rest fetched by unicode-range (the full font is 1.1 MB)', () => {
    const fonts = [...start.assets].filter((f) => f.endsWith('.woff2')).map((f) => path.basename(f));
    const size = (f: string) => fs.statSync(path.join(DIST, 'assets', f)).size;
    // The first view's file: the labels, the interface, the directions' descriptions; the page preloads it.
    const first = fonts.filter((f) => /^noto-sans-sc-regular-[\w-]+\.woff2$/.test(f));
    const [firstFile = ''] = first;
    expect(first).toHaveLength(1);
    expect(size(firstFile)).toBeLessThan(90 * KB);
    // The long texts' characters, each file declared with a unicode-range: fetched when drawn.
    const later = fonts.filter((f) => !first.includes(f));
    expect(later.length).toBeGreaterThan(0);
    expect(later.every((f) => /^noto-sans-sc-text[\w-]*\.woff2$/.test(f))).toBe(true);
    expect(later.reduce((n, f) => n + size(f), 0)).toBeLessThan(100 * KB);
    // No font file is outside the manifest's view.
    const onDisk = fs.readdirSync(path.join(DIST, 'assets')).filter((f) => f.endsWith('.woff2'));
    expect(onDisk.sort()).toEqual([...fonts].sort());
    const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
    expect(html).toContain(firstFile);
    for (const f of later) expect(html).not.toContain(f);
  });

  it('keeps meeting mode, image export, the overview and the long texts out of the first load', () => {
    const scripts = (files: Iterable<string>) =>
      [...files]
        .filter((f) => f.endsWith('.js'))
        .map((f) => fs.readFileSync(path.join(DIST, f), 'utf8'))
        .join('');
    const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
    const lazy = start.lazy.map((k) => manifest[k]?.file ?? k);
    // Meeting mode and the overview drawn without WebGL2 by name; image export (its buttons and the
    // renderer they load) and anything else later are counted.
    expect(start.lazy).toEqual(expect.arrayContaining(['src/present/Presenter.tsx', 'src/overview/Overview.tsx']));
    expect(lazy.length).toBeGreaterThanOrEqual(4);
    // Lazy chunks are neither loaded at start nor preloaded by the page.
    for (const f of lazy) {
      expect(start.files.has(f), f).toBe(false);
      expect(html, f).not.toContain(path.basename(f));
    }
    // The long texts are not fetched by the page's markup.
    const details = Object.values(manifest).find((c) => c.src === 'src/generated/details.json');
    expect(details).toBeDefined();
    expect(html).not.toContain(path.basename(details?.file ?? 'details'));
    // The QR encoder is in a lazy script, in none of the start-up ones.
    expect(scripts(lazy)).toContain('toSJISFunc');
    expect(scripts(start.files)).not.toContain('toSJISFunc');
    // The PowerPoint writer is a chunk of its own, loaded when "导出 PPTX" is pressed, not with meeting mode.
    const pptx = fromPackage('pptxgenjs');
    expect(pptx.length).toBeGreaterThan(0);
    for (const c of pptx) {
      expect(c.isDynamicEntry, c.file).toBe(true);
      expect(start.files.has(c.file), c.file).toBe(false);
    }
    const keys = Object.keys(manifest).filter((k) => pptx.includes(manifest[k] as (typeof pptx)[number]));
    const presenterImports = manifest['src/present/Presenter.tsx']?.imports ?? [];
    for (const k of keys) expect(presenterImports, k).not.toContain(k);
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
