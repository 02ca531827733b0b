import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { LARGE_SCREEN_SCALE, MEDIA, PROJECTOR_SCALE } from '../../src/layout.ts';
import { chrome, palette } from '../../src/map/palette.ts';

// The numbers and colours both the scripts and the style sheets use are defined once, in TypeScript
// (src/layout.ts, src/map/palette.ts): the scripts need them before any style sheet has applied (the
// map's style, the camera, the exported image) and in Node (the build, the unit tests). This plugin
// hands them to the style sheets in two ways:
// - custom properties, written to src/generated/tokens.css (imported first by src/main.tsx);
// - named media queries: a media query cannot read a custom property, so a style sheet writes
//   `@media (--phone)` (the syntax of CSS's draft custom media queries) and the plugin replaces the
//   name with its query from MEDIA before Vite reads the file, in dev and in the build alike.

export const TOKENS_FILE = 'src/generated/tokens.css';

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** Custom property → value, in the order they are written. */
export function tokenValues(): Record<string, string> {
  return {
    ...Object.fromEntries(Object.entries(chrome).map(([k, v]) => [`--${kebab(k)}`, v])),
    // The ground under the map while it loads, and the overview's letterbox (the neighbours' colour).
    '--map-background': palette.background,
    '--map-neighbour': palette.neighbour,
    '--large-screen-scale': String(LARGE_SCREEN_SCALE),
    '--projector-scale': String(PROJECTOR_SCALE),
  };
}

export function tokensCss(): string {
  const lines = Object.entries(tokenValues()).map(([k, v]) => `  ${k}: ${v};`);
  return [
    '/* Written by scripts/vite/tokens.ts from src/map/palette.ts and src/layout.ts: change those. */',
    ':root {',
    ...lines,
    '}',
    '',
  ].join('\n');
}

const NAMED_QUERY = /\(\s*--([\w-]+)\s*\)/g;

/** Replaces each `(--name)` in the style sheet's @media rules by its query; an unknown name stops the build. */
export function namedMedia(css: string, file: string): string {
  return css.replace(/@media([^{;]*)\{/g, (rule, prelude: string) => {
    if (!prelude.includes('--')) return rule;
    const query = prelude.replace(NAMED_QUERY, (_, name: string) => {
      if (!Object.hasOwn(MEDIA, name)) {
        const known = Object.keys(MEDIA).map((n) => `(--${n})`);
        throw new Error(
          `${file} · @media${prelude.trimEnd()} · found (--${name}) · expected one of ${known.join(', ')}`,
        );
      }
      return MEDIA[name as keyof typeof MEDIA];
    });
    return `@media${query}{`;
  });
}

export function tokens(): Plugin {
  let root = process.cwd();
  return {
    name: 'tokens',
    // Before Vite's own CSS step, which would not know the named queries.
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
    },
    buildStart() {
      const file = path.join(root, TOKENS_FILE);
      const text = tokensCss();
      fs.mkdirSync(path.dirname(file), { recursive: true });
      // Rewriting an unchanged file would make Vite reload the page in dev.
      if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== text) fs.writeFileSync(file, text);
    },
    transform(code, id) {
      const file = id.split('?')[0] ?? id;
      if (!file.endsWith('.css') || !file.startsWith(path.join(root, 'src'))) return null;
      return { code: namedMedia(code, path.relative(root, file)), map: null };
    },
  };
}
