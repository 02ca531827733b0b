import fs from 'node:fs';
import path from 'node:path';
import { parseSync } from 'vite';
import { describe, expect, it } from 'vitest';

// The catalogue is made in two places: src/catalog/build/ validates and derives it at build time (zod,
// Turf, pinyin-pro, Node's fs), the rest of src/catalog/ loads, filters and searches it in the browser.
// This walks the page's module graph the way the bundler does (static imports, re-exports and dynamic
// imports, lazy parts included) from the script index.html loads, and checks that the build side
// never enters it. A type-only import is erased before bundling, so it is not followed.

const ROOT = path.resolve(import.meta.dirname, '../..');
const BUILD_DIR = 'src/catalog/build/';
/** Packages that only the build may use: the validator, the geometry library, the pinyin dictionary, Node. */
const BUILD_ONLY = [/^zod$/, /^@turf\//, /^pinyin-pro$/, /^node:/, /^(fs|path|url|child_process)$/];

interface Graph {
  /** Files reached, relative to the root. */
  files: Set<string>;
  /** Packages imported, by the file that imports them. */
  packages: Map<string, string>;
}

function resolveFile(from: string, spec: string): string {
  const base = path.resolve(path.dirname(from), spec.replace(/\?.*$/, ''));
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')])
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  throw new Error(`${path.relative(ROOT, from)}: cannot resolve ${spec}`);
}

/** The specifiers a module loads at run time: every import and re-export that is not all types, and every import(). */
function runtimeImports(file: string): string[] {
  const source = fs.readFileSync(file, 'utf8');
  const { module, errors } = parseSync(file, source);
  if (errors.length > 0) throw new Error(`${path.relative(ROOT, file)}: ${errors[0]?.message}`);
  const erased = (entries: { isType: boolean }[]) => entries.length > 0 && entries.every((e) => e.isType);
  const specs = module.staticImports.filter((i) => !erased(i.entries)).map((i) => i.moduleRequest.value);
  for (const e of module.staticExports)
    for (const entry of e.entries) if (entry.moduleRequest && !entry.isType) specs.push(entry.moduleRequest.value);
  for (const d of module.dynamicImports) {
    const text = source.slice(d.moduleRequest.start, d.moduleRequest.end);
    const literal = /^(['"`])([^'"`$]+)\1$/.exec(text);
    if (!literal?.[2]) throw new Error(`${path.relative(ROOT, file)}: import(${text}) is not a plain string`);
    specs.push(literal[2]);
  }
  return specs;
}

function walk(entry: string): Graph {
  const graph: Graph = { files: new Set(), packages: new Map() };
  const queue = [path.resolve(ROOT, entry)];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    const rel = path.relative(ROOT, file);
    if (graph.files.has(rel)) continue;
    graph.files.add(rel);
    if (!/\.(ts|tsx|mts)$/.test(file)) continue; // JSON, CSS, fonts: no imports of their own
    for (const spec of runtimeImports(file)) {
      if (spec.startsWith('.') || spec.startsWith('/')) queue.push(resolveFile(file, spec));
      else if (!graph.packages.has(spec)) graph.packages.set(spec, rel);
    }
  }
  return graph;
}

/** The page's own script, as index.html names it. */
function pageEntry(): string {
  const html = fs.readFileSync(path.join(ROOT, 'index.html'), 'utf8');
  const src = /<script type="module" src="\/([^"]+)"/.exec(html)?.[1];
  if (!src) throw new Error('index.html loads no module script');
  return src;
}

const buildOnly = (g: Graph) =>
  [...g.packages].filter(([p]) => BUILD_ONLY.some((r) => r.test(p))).map(([p, by]) => `${p} (from ${by})`);

describe('the browser bundle and the build-time catalogue', () => {
  const page = walk(pageEntry());

  it('follows the page through its lazy parts to the browser side of the catalogue', () => {
    for (const file of [
      'src/catalog/load.ts',
      'src/catalog/select.ts',
      'src/catalog/search.ts',
      'src/catalog/region.ts',
      // Reached only through import(): the walk follows lazy parts too.
      'src/present/Presenter.tsx',
      'src/overview/Overview.tsx',
    ])
      expect(page.files, file).toContain(file);
    expect([...page.packages.keys()]).toEqual(
      expect.arrayContaining(['react', 'maplibre-gl', 'react-map-gl/maplibre']),
    );
  });

  it('reaches no module of src/catalog/build/ and no build-only package', () => {
    expect([...page.files].filter((f) => f.startsWith(BUILD_DIR))).toEqual([]);
    expect(buildOnly(page)).toEqual([]);
  });

  it('would see them if the page imported them: the catalogue step does', () => {
    const step = walk('scripts/vite/catalog.ts');
    expect(step.files).toContain('src/catalog/build/pipeline.ts');
    expect(buildOnly(step)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^zod /), expect.stringMatching(/^@turf\//)]),
    );
  });
});
