import type { Plugin } from 'vite';

// The page's first script (src/main.tsx) imports the app (src/boot.tsx) dynamically, so that it can start
// the engine's and the catalogue's downloads first. Found only once that script has run, the app's chunks
// were fetched after it, one round trip later. `<link rel="modulepreload">` for the app's chunks lets the
// browser fetch (and compile) them alongside the first script. The map engine is not preloaded: without
// WebGL2 the page never downloads it (src/map/webgl.ts). The early map's chunk (src/map/early.ts, which
// the first script imports beside the engine) shares most of its code with the app's.
const APP_ENTRY = /[\\/]src[\\/]boot\.tsx$/;
const EARLY_MAP = /[\\/]src[\\/]map[\\/]early\.ts$/;

export function preloadApp(): Plugin {
  let base = '/';
  return {
    name: 'preload-app',
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
        const app = chunks.find((c) => c.facadeModuleId && APP_ENTRY.test(c.facadeModuleId));
        if (!entry || !app) throw new Error('preload-app: no entry chunk or no chunk for src/boot.tsx');
        // The app's chunk and every chunk it imports statically, less those the first script imports
        // itself (Vite preloads those already).
        const files = new Set<string>();
        const visit = (name: string) => {
          if (files.has(name) || name === entry.fileName || entry.imports.includes(name)) return;
          files.add(name);
          const chunk = bundle[name];
          if (chunk?.type === 'chunk') for (const next of chunk.imports) visit(next);
        };
        visit(app.fileName);
        const earlyMap = chunks.find((c) => c.facadeModuleId && EARLY_MAP.test(c.facadeModuleId));
        if (earlyMap) visit(earlyMap.fileName);
        return [...files].map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}
