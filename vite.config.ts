import { availableParallelism } from 'node:os';
import react from '@vitejs/plugin-react';
import { configDefaults, defineConfig } from 'vitest/config';
import { testsNeedingIsolation } from './scripts/test/isolation.ts';
import { catalogPlugin } from './scripts/vite/catalog.ts';
import { compress } from './scripts/vite/compress.ts';
import { contentSecurityPolicy } from './scripts/vite/csp.ts';
import { fontSubset } from './scripts/vite/font-subset.ts';
import { preloadEarlyMap } from './scripts/vite/preload-early-map.ts';
import { offline } from './scripts/vite/pwa.ts';
import { tokens } from './scripts/vite/tokens.ts';

const UNIT_TESTS = ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'];
const ISOLATED = process.env.VITEST ? testsNeedingIsolation(import.meta.dirname, ['src', 'scripts']) : [];

export default defineConfig({
  // The font subsets are cut from the catalogue as it ships (the font step builds it in memory, so the
  // two steps, which Vite starts together, need no order).
  // Unit tests exercise the pipeline's modules directly and need neither generated file.
  // The service worker, the Content Security Policy and the precompressed copies apply to the build only.
  // tokens: the numbers and colours the style sheets share with the scripts (scripts/vite/tokens.ts).
  plugins: process.env.VITEST
    ? [react()]
    : [
        tokens(),
        catalogPlugin(),
        fontSubset(),
        react(),
        preloadEarlyMap(),
        offline(),
        contentSecurityPolicy(),
        compress(),
      ],
  // Where the dev server keeps its pre-bundled dependencies; scripts/dev-check.mjs points it at an empty
  // directory to see a newcomer's first start without touching the shared cache.
  cacheDir: process.env.DEV_CACHE_DIR || undefined,
  optimizeDeps: {
    // The app's page only: the benchmark's reference page (scripts/bench/reference) imports a module its
    // own config provides, which this scan cannot resolve.
    entries: ['index.html'],
    // Everything the page imports from node_modules (react/jsx-dev-runtime: from the JSX transform), bundled
    // before the first request even if the scan misses an import: a dependency first met while the page
    // loads makes Vite bundle again and reload the page.
    include: [
      'maplibre-gl',
      'qrcode',
      'react',
      'react-dom',
      'react-dom/client',
      'react-map-gl/maplibre',
      'react/jsx-dev-runtime',
    ],
  },
  build: {
    target: 'es2022',
    // dist/.vite/manifest.json: what each entry loads, for the byte budget (tests/budget).
    manifest: true,
    // The basemap and the font are separate, cacheable assets; never inline them as data URLs.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        // Non-ASCII characters written as escapes. The engine's chunk has about 150 of them (Arabic and
        // CJK forms in its text-shaping tables), and one is enough for the browser to hold and scan the
        // whole 1.1 MB source as two-byte text. All-ASCII, the engine's evaluation started about 20 ms
        // sooner in cold loads (bench/README.md). Our own chunks' Chinese text grows raw, but not gzipped.
        charset: 'ascii',
        // React and react-map-gl in a chunk of their own: the byte budget (tests/budget) weighs our code
        // apart from the libraries, and the libraries stay cached when only our code changes.
        advancedChunks: {
          groups: [
            // The first script's modules and the early map's, with everything they import (the bundler
            // adds a group's dependencies to it), in one chunk: the map's first frame waits for each request.
            { name: 'early', test: /preload-helper|[\\/]src[\\/]map[\\/](early|warmup)\.ts$/ },
            { name: 'vendor-react', test: /node_modules[\\/](react|react-dom|scheduler|react-map-gl|@vis\.gl)[\\/]/ },
          ],
        },
      },
    },
  },
  test: {
    environment: 'node',
    // The real catalogue, built once and handed to the files that need it (scripts/test/realCatalog.ts).
    globalSetup: ['scripts/test/unitSetup.ts'],
    setupFiles: ['scripts/test/unitLangs.ts'],
    // Several files build the whole catalogue before their tests; on a busy 2-core machine that
    // can take longer than the default 10 s.
    hookTimeout: 30_000,
    // Vitest leaves a core free by default; on a 2-core machine that halves the unit run's speed.
    maxWorkers: availableParallelism(),
    // Two groups: the plain files share a module graph per worker; those that mock, stub or change the
    // environment keep their own (scripts/test/isolation.ts).
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: UNIT_TESTS, exclude: [...configDefaults.exclude, ...ISOLATED], isolate: false },
      },
      { extends: true, test: { name: 'unit (isolated)', include: ISOLATED } },
    ],
  },
});
