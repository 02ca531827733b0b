import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSP, cspFor } from '../../scripts/vite/csp';

// The test hooks ship in the test build only (`npm run build:test`, dist-test/, which the browser tests
// and the benchmark serve): the map probe (src/map/probe.ts: window.__blueprint, markStylePending and its
// stylePending flag, the early map's start-up frames) and the synthetic-catalogue generator
// (src/scale/). The production build, dist/, carries none of them. Each mark must be found in the test
// build, so that the search itself is shown to work (a mark renamed in the source fails here instead of
// passing unseen).

const ROOT = path.resolve(import.meta.dirname, '../..');
const PRODUCTION = path.join(ROOT, 'dist');
const TEST = path.join(ROOT, 'dist-test');

/**
 * Every text file a build serves (scripts, pages, data, the service worker), joined. The scripts write
 * non-ASCII characters as escapes (vite.config.ts: output.charset), so escapes are read back as the
 * characters they stand for: a Chinese mark is found however it was written.
 */
function servedText(dir: string): string {
  if (!fs.existsSync(path.join(dir, 'index.html'))) throw new Error(`${dir} is missing: npm test builds it`);
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(js|html|json|geojson|webmanifest|css)$/.test(f) && !f.startsWith('.vite'))
    .map((f) => unescapeUnicode(fs.readFileSync(path.join(dir, f), 'utf8')))
    .join('\n');
}

/** `\uXXXX` and `\u{X…}` escapes as the characters they stand for. */
function unescapeUnicode(text: string): string {
  return text.replace(/\\u(?:([0-9a-fA-F]{4})|\{([0-9a-fA-F]+)\})/g, (_, four: string, braced: string) =>
    String.fromCodePoint(Number.parseInt(four ?? braced, 16)),
  );
}

// A mark of each hook: names the minifier keeps (global and property names) and text of the generator.
const MARKS = {
  __blueprint: 'the probe on window',
  stylePending: 'the flag markStylePending sets',
  idleCount: "the probe's idle counter",
  __blueprintStart: "the early map's start-up frames",
  tilesInFlight: 'a field of each start-up frame',
  'syntheticCatalog needs a base catalogue': "the generator's error message",
  合成项目: "the generated items' name",
};

describe('the production build carries no test hooks', () => {
  const production = servedText(PRODUCTION);
  const test = servedText(TEST);

  it.each(Object.entries(MARKS))('%s (%s) is in the test build and not in dist/', (mark) => {
    expect(test).toContain(mark);
    expect(production).not.toContain(mark);
  });

  it('has no function named markStylePending, attachProbe or recordStartFrames either (in case the minifier kept names)', () => {
    expect(production).not.toMatch(/markStylePending|attachProbe|recordStartFrames/);
  });

  it('ships no synthetic-catalogue chunk: only the test build can fetch the generator', () => {
    const chunks = (dir: string) => fs.readdirSync(path.join(dir, 'assets')).filter((f) => f.endsWith('.js'));
    expect(chunks(TEST).some((f) => f.startsWith('synthetic-'))).toBe(true);
    expect(chunks(PRODUCTION).some((f) => f.startsWith('synthetic-'))).toBe(false);
  });

  it("keeps the production policy in dist/; the test build's differs only by reading blob: data", () => {
    const policy = (dir: string) =>
      /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(
        fs.readFileSync(path.join(dir, 'index.html'), 'utf8'),
      )?.[1];
    expect(policy(PRODUCTION)).toBe(CSP);
    expect(policy(TEST)).toBe(cspFor('test'));
  });
});
