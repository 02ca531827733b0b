import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  LARGE_SCREEN_MIN_WIDTH,
  LARGE_SCREEN_SCALE,
  MEDIA,
  PHONE_MAX_WIDTH,
  PROJECTOR_SCALE,
} from '../../src/layout.ts';
import { chrome, palette } from '../../src/map/palette.ts';
import { CATEGORY_COLOURS, MODE_COLOURS, ZONE_COLOURS, ZONE_INK } from '../../src/map/themes.ts';
import { namedMedia, TOKENS_FILE, tokens, tokensCss } from './tokens.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** `--name: value;` pairs of a style sheet. */
const declared = (css: string) =>
  Object.fromEntries([...css.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2]]));

/** Every style sheet of src/ but the generated ones, with its text. */
function styleSheets(): { file: string; css: string }[] {
  return fs
    .readdirSync(path.join(ROOT, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.css') && !f.startsWith(`generated${path.sep}`))
    .map((f) => ({ file: `src/${f}`, css: fs.readFileSync(path.join(ROOT, 'src', f), 'utf8') }));
}

describe('the custom properties written from the TypeScript constants', () => {
  it('declares the interface colours, the map grounds and both scales with their TypeScript values', () => {
    expect(declared(tokensCss())).toEqual({
      '--ink': chrome.ink,
      '--ink-soft': chrome.inkSoft,
      '--paper': chrome.paper,
      '--line': chrome.line,
      '--accent': chrome.accent,
      '--accent-soft': chrome.accentSoft,
      '--caution': chrome.caution,
      '--highlight': chrome.highlight,
      '--shadow-colour': chrome.shadowColour,
      '--map-background': palette.background,
      '--map-neighbour': palette.neighbour,
      '--large-screen-scale': String(LARGE_SCREEN_SCALE),
      '--projector-scale': String(PROJECTOR_SCALE),
    });
  });

  it('is the file the plugin writes before the build, and a second build leaves it untouched', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'tokens-'));
    const plugin = tokens();
    const call = (hook: unknown, ...args: unknown[]) => (hook as (...a: unknown[]) => void).call({}, ...args);
    call(plugin.configResolved, { root });
    call(plugin.buildStart);
    const file = path.join(root, TOKENS_FILE);
    expect(fs.readFileSync(file, 'utf8')).toBe(tokensCss());
    fs.utimesSync(file, 0, 0);
    call(plugin.buildStart);
    expect(fs.statSync(file).mtimeMs).toBe(0);
    fs.rmSync(root, { recursive: true });
  });
});

describe('named media queries', () => {
  it('replaces (--phone) and (--large-screen) by the queries built from the TypeScript widths', () => {
    expect(MEDIA.phone).toBe(`(max-width: ${PHONE_MAX_WIDTH}px)`);
    expect(MEDIA['large-screen']).toBe(`(min-width: ${LARGE_SCREEN_MIN_WIDTH}px)`);
    const css = '@media (--phone) {\n  .a { b: c; }\n}\n@media screen and (--large-screen){.d{e:f}}';
    expect(namedMedia(css, 'x.css')).toBe(
      `@media ${MEDIA.phone} {\n  .a { b: c; }\n}\n@media screen and ${MEDIA['large-screen']}{.d{e:f}}`,
    );
  });

  it('leaves other queries and custom properties alone', () => {
    const css = '@media (min-width: 1280px) { .a { width: var(--panel-width); } }\n:root { --phone: 1; }';
    expect(namedMedia(css, 'x.css')).toBe(css);
  });

  it('stops the build on an unknown name, saying where and what it expected', () => {
    expect(() => namedMedia('.a{}\n@media (--tablet) { .b { c: d; } }', 'src/x.css')).toThrow(
      'src/x.css · @media (--tablet) · found (--tablet) · expected one of (--phone), (--large-screen)',
    );
  });
});

describe('the style sheets of src/', () => {
  const sheets = styleSheets();

  it('are found, each under 400 lines', () => {
    expect(sheets.length).toBeGreaterThan(10);
    for (const { file, css } of sheets) expect(css.split('\n').length, file).toBeLessThanOrEqual(400);
  });

  it('name the phone and 4K widths instead of repeating them, and every name is known', () => {
    const widths = new RegExp(`@media[^{]*\\b(${PHONE_MAX_WIDTH}|${LARGE_SCREEN_MIN_WIDTH})px`);
    for (const { file, css } of sheets) {
      expect(css, file).not.toMatch(widths);
      expect(namedMedia(css, file), file).not.toMatch(/@media[^{]*\(--/);
    }
    const all = sheets.map((s) => s.css).join('\n');
    expect(all).toContain('@media (--phone)');
    expect(all).toContain('@media (--large-screen)');
  });

  it('repeat no colour of the TypeScript palettes', () => {
    const tables = [chrome, palette, ZONE_COLOURS, ZONE_INK, CATEGORY_COLOURS, MODE_COLOURS];
    const ours = new Set(
      tables.flatMap((t) => Object.values(t).flat()).filter((v): v is string => /^#[0-9a-f]{6}$/i.test(String(v))),
    );
    expect(ours.size).toBeGreaterThan(30);
    const normal = (hex: string) =>
      (hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex).toLowerCase();
    const lower = new Set([...ours].map(normal));
    for (const { file, css } of sheets) {
      const found = [...css.matchAll(/#[0-9a-f]{3}(?:[0-9a-f]{3})?\b/gi)].map((m) => normal(m[0]));
      expect(
        found.filter((h) => lower.has(h)),
        file,
      ).toEqual([]);
    }
  });

  it('draw the 4K and projector scales from the custom properties, never as numbers', () => {
    for (const { file, css } of sheets) {
      expect(css, file).not.toMatch(/zoom:\s*[\d.]/);
      expect(css, file).not.toMatch(/scale\(\s*[\d.]/);
      expect(css, file).not.toMatch(/calc\([^)]*\/\s*[\d.]+\s*\)/);
    }
  });

  it('use only custom properties that are declared', () => {
    const known = new Set([
      ...Object.keys(declared(tokensCss())),
      ...sheets.flatMap(({ css }) => Object.keys(declared(css))),
    ]);
    for (const { file, css } of sheets) {
      const used = [...css.matchAll(/var\((--[\w-]+)/g)].map((m) => m[1]);
      expect(
        used.filter((v) => !known.has(v ?? '')),
        file,
      ).toEqual([]);
    }
  });

  it('each sit beside a component that imports them (the shared ones are imported by src/main.tsx)', () => {
    const main = fs.readFileSync(path.join(ROOT, 'src/main.tsx'), 'utf8');
    for (const { file } of sheets) {
      const dir = path.dirname(path.join(ROOT, file));
      const name = path.basename(file);
      const importers = fs
        .readdirSync(dir)
        .filter((f) => f.endsWith('.tsx'))
        .filter((f) => fs.readFileSync(path.join(dir, f), 'utf8').includes(`import './${name}';`));
      if (importers.length === 0) expect(main, file).toContain(`import './${path.relative('src', file)}';`);
    }
  });
});
