import type { Plugin } from 'vite';

// The page's first script (src/main.tsx) imports the early map (src/map/early.ts) dynamically, beside the
// engine, once it knows WebGL2 works. Found only once that script has run, the early map's chunks would
// be fetched one round trip later. `<link rel="modulepreload">` for them lets the browser fetch them
// alongside the first script.
//
// Not for the app's own chunks (src/boot.tsx: React and the explorer): the page evaluates them only after
// the map's first frame, and preloaded they were compiled on the main thread while the map was still
// waiting for it (bench/README.md). They are fetched when src/main.tsx imports them. Not for the engine
// either: without WebGL2 the page never downloads it (src/map/webgl.ts).
const EARLY_MAP = /[\\/]src[\\/]map[\\/]early\.ts$/;

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
      handler(_html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return [];
        const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
        const entry = chunks.find((c) => c.isEntry);
        // The chunk that holds early.ts (the app imports it too, so it may be a shared chunk).
        const earlyMap = chunks.find((c) => c.moduleIds.some((id) => EARLY_MAP.test(id)));
        if (!entry || !earlyMap)
          throw new Error('preload-early-map: no entry chunk or no chunk holding src/map/early.ts');
        // That chunk and every chunk it imports statically, less those the first script imports itself
        // (Vite preloads those already).
        const files = new Set<string>();
        const visit = (name: string) => {
          if (files.has(name) || name === entry.fileName || entry.imports.includes(name)) return;
          files.add(name);
          const chunk = bundle[name];
          if (chunk?.type === 'chunk') for (const next of chunk.imports) visit(next);
        };
        visit(earlyMap.fileName);
        return [...files].map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}
