// The benchmark's reference page: MapLibre alone on the app's basemap and font (see bench/README.md).
// BENCH_MAPLIBRE=5 builds it with maplibre-gl 5 (the npm alias maplibre-gl-v5) instead of the app's 6.
import path from 'node:path';
import { defineConfig } from 'vite';
import { compress } from '../../vite/compress.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const major = process.env.BENCH_MAPLIBRE === '5' ? 5 : 6;
const VIRTUAL = 'virtual:bench-maplibre';

// What differs between the majors, as one module: 6 is ESM with named exports and runs its worker from a
// separate file (as the app does); 5 is one UMD file with the worker inlined.
const majorModule =
  major === 6
    ? [
        "import * as maplibregl from 'maplibre-gl';",
        "export { default as workerUrl } from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';",
        'export { maplibregl };',
        'export const major = 6;',
      ].join('\n')
    : [
        "import maplibregl from 'maplibre-gl';",
        'export { maplibregl };',
        'export const workerUrl = null;',
        'export const major = 5;',
      ].join('\n');

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  logLevel: 'warn',
  resolve: major === 5 ? { alias: [{ find: /^maplibre-gl(?=\/|$)/, replacement: 'maplibre-gl-v5' }] } : {},
  plugins: [
    {
      name: 'bench-maplibre',
      resolveId: (id) => (id === VIRTUAL ? `\0${VIRTUAL}` : null),
      load: (id) => (id === `\0${VIRTUAL}` ? majorModule : null),
    },
    // Served compressed like the app, so that the bytes over the wire compare.
    compress(),
  ],
  build: {
    outDir: path.join(ROOT, `bench/tmp/reference-v${major}`),
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 2000,
  },
});
