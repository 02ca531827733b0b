import type { Plugin } from 'vite';
import { afterCharset } from './html.ts';

// The page's first script (src/main.tsx) imports the early map (src/map/early.ts) and the engine dynamically.
// Found only once that script has run, their chunks would be fetched one round trip later, and behind the
// script itself, its module graph and the style sheet. `<link rel="modulepreload">` for them lets the
// browser fetch them alongside the first script.
//
// The engine's link comes first in the page, at high priority: of everything the page loads, the map's
// first frame waits for the engine above all (bench/README.md). A browser without WebGL2 then downloads it
// for nothing, but the service worker stores it on every browser anyway. Not for the app's own chunks
// (src/boot.tsx: React and the explorer): the page evaluates them only after the map's first frame, and
// preloaded they were compiled on the main thread while the map was still waiting for it. They are
// fetched when src/main.tsx imports them.
const EARLY_MAP = /[\\/]src[\\/]map[\\/]early\.ts$/;
const ENGINE = /[\\/]node_modules[\\/]maplibre-gl[\\/]dist[\\/]maplibre-gl\.m?js$/;

export function preloadEarlyMap(): Plugin {
  let base = '/';
  return {
    name: 'preload-early-map',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return [];
        const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
        // The chunk that holds early.ts (the app imports it too, so it may be a shared chunk).
        const earlyMap = chunks.find((c) => c.moduleIds.some((id) => EARLY_MAP.test(id)));
        const engine = chunks.find((c) => c.moduleIds.some((id) => ENGINE.test(id)));
        if (!earlyMap || !engine)
          throw new Error('preload-early-map: no chunk holding src/map/early.ts or maplibre-gl');
        // Those chunks and every chunk they import statically, less those the page links already (Vite
        // preloads what the first script imports itself).
        const files = new Set<string>();
        const visit = (name: string) => {
          if (files.has(name) || html.includes(`"${base}${name}"`)) return;
          files.add(name);
          const chunk = bundle[name];
          if (chunk?.type === 'chunk') for (const next of chunk.imports) visit(next);
        };
        // The engine's own link is put first in the page, below; what it imports is preloaded with the rest.
        for (const name of engine.imports) visit(name);
        visit(earlyMap.fileName);
        return {
          html: afterCharset(
            html,
            `<link rel="modulepreload" fetchpriority="high" crossorigin href="${base}${engine.fileName}">`,
          ),
          tags: [...files].map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` },
            injectTo: 'head' as const,
          })),
        };
      },
    },
  };
}
