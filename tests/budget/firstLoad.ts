import fs from 'node:fs';
import path from 'node:path';

// What the page's first load requests, read from Vite's build manifest (dist/.vite/manifest.json) rather
// than guessed from file names: the entry (index.html's script) with its CSS, what src/main.tsx starts at
// once (its dynamic import of the app, src/boot.tsx), and the chunks index.html preloads (the early map's
// and the engine: scripts/vite/preload-early-map.ts), each with the chunks it imports statically and the
// assets it references.

export interface ManifestChunk {
  file: string;
  name?: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  assets?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

export function readManifest(dist: string): Manifest {
  const file = path.join(dist, '.vite/manifest.json');
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first (npm test does).`);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest;
}

export interface FirstLoad {
  /** Manifest keys of the chunks loaded at start. */
  chunks: Set<string>;
  /** Their files (scripts and CSS), relative to the build folder. */
  files: Set<string>;
  /** The assets they reference (data, fonts, the engine's worker); a reference is not yet a request. */
  assets: Set<string>;
  /** Manifest keys of the scripts only a later dynamic import loads: the lazy parts. */
  lazy: string[];
}

/** The files index.html preloads as modules (`<link rel="modulepreload" href>`), relative to the build folder. */
export function modulePreloads(html: string): string[] {
  const links = html.match(/<link\b[^>]*\brel="modulepreload"[^>]*>/g) ?? [];
  return links.map((link) => (/\bhref="\/?([^"]+)"/.exec(link)?.[1] ?? '').replace(/^\.\//, ''));
}

export function firstLoad(manifest: Manifest, html: string): FirstLoad {
  const entries = Object.entries(manifest).filter(([, c]) => c.isEntry);
  if (entries.length !== 1) throw new Error(`expected one entry in the manifest, found ${entries.length}`);
  const [[entryKey, entry]] = entries as [[string, ManifestChunk]];
  const chunks = new Set<string>();
  const visit = (key: string) => {
    if (chunks.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`the manifest names ${key} but has no record of it`);
    chunks.add(key);
    for (const k of chunk.imports ?? []) visit(k);
  };
  visit(entryKey);
  for (const k of entry.dynamicImports ?? []) visit(k);
  const byFile = new Map(Object.entries(manifest).map(([k, c]) => [c.file, k]));
  for (const file of modulePreloads(html)) {
    const key = byFile.get(file);
    if (!key) throw new Error(`index.html preloads ${file}, which the manifest does not name`);
    visit(key);
  }
  const files = new Set<string>();
  const assets = new Set<string>();
  for (const key of chunks) {
    const c = manifest[key] as ManifestChunk;
    files.add(c.file);
    for (const f of c.css ?? []) files.add(f);
    for (const f of c.assets ?? []) assets.add(f);
  }
  const lazy = Object.keys(manifest).filter((k) => manifest[k]?.file.endsWith('.js') && !chunks.has(k));
  return { chunks, files, assets, lazy };
}
