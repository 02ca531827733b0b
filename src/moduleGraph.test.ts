import fs from 'node:fs';
import path from 'node:path';
import { parseSync } from 'vite';
import { describe, expect, it } from 'vitest';

// Two rules about how the modules of src/ import each other.
// 1. The catalogue is made in two places: src/catalog/build/ validates and derives it at build time
//    (zod, Turf, pinyin-pro, Node's fs), the rest of src/catalog/ loads, filters and searches it in the
//    browser. The page's module graph, walked the way the bundler does (static imports, re-exports and
//    dynamic imports, lazy parts included) from the script index.html loads, never enters the build
//    side. A type-only import is erased before bundling, so that walk does not follow it.
//    One lazy part is the exception, and only through import(): the update view (src/sheet/UpdateView.tsx)
//    checks a plan workbook in the page with the build's own validation (validate.ts, review.ts, schema.ts,
//    so zod, set up by zod.ts, and @turf/kinks), and nothing else of the build side. The first load reaches none of it.
// 2. No two modules import each other, even for a type: each shared thing has a home of its own.

const ROOT = path.resolve(import.meta.dirname, '..');
const BUILD_DIR = 'src/catalog/build/';
/** Packages that only the build may use: the validator, the geometry library, the pinyin dictionary, Node. */
const BUILD_ONLY = [/^zod$/, /^@turf\//, /^pinyin-pro$/, /^node:/, /^(fs|path|url|child_process)$/];
/** The lazy part allowed the build's validation, reached only through import(). */
const VALIDATING_PART = 'src/sheet/UpdateView.tsx';
/** What of the build side that part may reach: the validation and what it imports, nothing more. */
const VALIDATION_FILES = [
  'src/catalog/build/validate.ts',
  'src/catalog/build/review.ts',
  'src/catalog/build/schema.ts',
  'src/catalog/build/validateTimeline.ts',
  'src/catalog/build/zod.ts',
];
const VALIDATION_PACKAGES = ['zod', '@turf/kinks'];

interface Graph {
  /** Files reached, relative to the root. */
  files: Set<string>;
  /** Packages imported, each with the first file found importing it. */
  packages: Map<string, string>;
}

function resolveFile(from: string, spec: string): string {
  const base = path.resolve(path.dirname(from), spec.replace(/\?.*$/, ''));
  // The build writes src/generated/ (data, fonts, style tokens); none of it imports anything, and the
  // unit tests run before any build, so its files are leaves that need not exist yet.
  if (path.relative(ROOT, base).startsWith(`src${path.sep}generated${path.sep}`)) return base;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')])
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  throw new Error(`${path.relative(ROOT, from)}: cannot resolve ${spec}`);
}

/**
 * The specifiers a module imports: by default what it loads at run time (every import and re-export
 * that is not all types, and every import()); with `types`, the type-only ones too.
 */
function imports(file: string, { types = false } = {}): string[] {
  const source = fs.readFileSync(file, 'utf8');
  const { module, errors } = parseSync(file, source);
  if (errors.length > 0) throw new Error(`${path.relative(ROOT, file)}: ${errors[0]?.message}`);
  const erased = (entries: { isType: boolean }[]) => !types && entries.length > 0 && entries.every((e) => e.isType);
  const specs = module.staticImports.filter((i) => !erased(i.entries)).map((i) => i.moduleRequest.value);
  for (const e of module.staticExports)
    for (const entry of e.entries)
      if (entry.moduleRequest && (types || !entry.isType)) specs.push(entry.moduleRequest.value);
  for (const d of module.dynamicImports) {
    const text = source.slice(d.moduleRequest.start, d.moduleRequest.end);
    const literal = /^(['"`])([^'"`$]+)\1$/.exec(text);
    if (!literal?.[2]) throw new Error(`${path.relative(ROOT, file)}: import(${text}) is not a plain string`);
    specs.push(literal[2]);
  }
  return specs;
}

/**
 * What a module loads at run time, and what those load, from one entry. A file in `lazyOnly` is not
 * entered where an import() reaches it (a static import still enters it).
 */
function walk(entry: string, lazyOnly: readonly string[] = []): Graph {
  const graph: Graph = { files: new Set(), packages: new Map() };
  const queue = [path.resolve(ROOT, entry)];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    const rel = path.relative(ROOT, file);
    if (graph.files.has(rel)) continue;
    graph.files.add(rel);
    if (!/\.(ts|tsx|mts)$/.test(file)) continue; // JSON, CSS, fonts: no imports of their own
    const dynamic = new Set(dynamicImports(file));
    for (const spec of imports(file)) {
      if (spec.startsWith('.') || spec.startsWith('/')) {
        const target = resolveFile(file, spec);
        if (dynamic.has(spec) && lazyOnly.includes(path.relative(ROOT, target))) continue;
        queue.push(target);
      } else if (!graph.packages.has(spec)) graph.packages.set(spec, rel);
    }
  }
  return graph;
}

/** The specifiers a module loads through import() only (not also statically). */
function dynamicImports(file: string): string[] {
  const all = imports(file);
  const source = fs.readFileSync(file, 'utf8');
  const { module } = parseSync(file, source);
  const dynamic = module.dynamicImports.map((d) => source.slice(d.moduleRequest.start + 1, d.moduleRequest.end - 1));
  return dynamic.filter((spec) => all.filter((s) => s === spec).length === 1);
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

/** Every cycle of a directed graph, each as the path that closes it (a → b → a). */
function cycles(edges: ReadonlyMap<string, readonly string[]>): string[] {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const found: string[] = [];
  const visit = (n: string) => {
    state.set(n, 'open');
    stack.push(n);
    for (const m of edges.get(n) ?? []) {
      if (state.get(m) === 'open') found.push([...stack.slice(stack.indexOf(m)), m].join(' → '));
      else if (!state.has(m)) visit(m);
    }
    stack.pop();
    state.set(n, 'done');
  };
  for (const n of edges.keys()) if (!state.has(n)) visit(n);
  return found;
}

/** Every module of src/ (tests and generated files aside) with the modules of src/ it imports, types included. */
function sourceGraph(): Map<string, string[]> {
  const edges = new Map<string, string[]>();
  const visit = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'generated') visit(file);
      } else if (/\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name)) {
        const local = imports(file, { types: true }).filter((s) => s.startsWith('.'));
        const targets = local.map((s) => path.relative(ROOT, resolveFile(file, s)));
        edges.set(
          path.relative(ROOT, file),
          targets.filter((f) => /\.tsx?$/.test(f)),
        );
      }
    }
  };
  visit(path.join(ROOT, 'src'));
  return edges;
}

describe('the browser bundle and the build-time catalogue', () => {
  const page = walk(pageEntry(), [VALIDATING_PART]);
  const validating = walk(VALIDATING_PART);

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

  it('enters the build side only in the update view, and there only its validation', () => {
    // Without the exception the page would reach the validator: the walk does see the lazy part.
    expect([...walk(pageEntry()).files]).toContain('src/catalog/build/validate.ts');
    expect([...validating.files].filter((f) => f.startsWith(BUILD_DIR)).sort()).toEqual([...VALIDATION_FILES].sort());
    expect(
      buildOnly(validating)
        .map((p) => p.split(' ')[0])
        .sort(),
    ).toEqual([...VALIDATION_PACKAGES].sort());
  });

  it('would see them if the page imported them: the catalogue step does', () => {
    const step = walk('scripts/vite/catalog.ts');
    expect(step.files).toContain('src/catalog/build/pipeline.ts');
    expect(buildOnly(step)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^zod /), expect.stringMatching(/^@turf\//)]),
    );
  });
});

describe("the early map's path (src/map/early.ts)", () => {
  // The first script starts the map with it before React is evaluated (src/main.tsx); a module on this
  // path that imports React would make the page compile and run React before the map's first frame.
  it('loads the engine and no React', () => {
    const early = walk('src/map/early.ts');
    expect(early.files).toContain('src/map/style.ts');
    expect([...early.packages.keys()].filter((p) => /^(react|react-dom|react-map-gl)(\/|$)/.test(p))).toEqual([]);
  });

  it('would see React where a module on it imports it: the app does', () => {
    expect([...walk('src/boot.tsx').packages.keys()]).toContain('react');
  });
});

describe('imports between the modules of src/', () => {
  it('finds a cycle where there is one', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(cycles(graph)).toEqual(['a → b → c → a']);
    expect(
      cycles(
        new Map([
          ['a', ['b']],
          ['b', []],
        ]),
      ),
    ).toEqual([]);
  });

  it('has none, type imports included (MapView and MapStatus share loadStatus.ts)', () => {
    const graph = sourceGraph();
    expect(graph.get('src/map/MapStatus.tsx')).toContain('src/map/loadStatus.ts');
    expect(graph.get('src/map/MapView.tsx')).toContain('src/map/MapStatus.tsx');
    expect(cycles(graph)).toEqual([]);
  });
});
