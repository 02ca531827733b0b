import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Large mode is fenced in this folder: the rest of the app reaches it through hooks.ts (run time) and
// style.ts (the map style) only, so that what the production build drops stays in one place.

const SRC = path.resolve(import.meta.dirname, '..');
const ENTRIES = new Set(['scale/hooks', 'scale/style']);
// The URL fuzzer (test code kept beside the URL parser) borrows the generator's seeded random numbers.
const ALLOWED = new Map([['state/urlFuzz.ts', 'scale/synthetic']]);

describe('the scale folder', () => {
  it('is imported from outside through its two entry points only', () => {
    const files = fs
      .readdirSync(SRC, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.tsx?$/.test(f) && !f.startsWith(`scale${path.sep}`) && f !== 'generated');
    const seen: string[] = [];
    const wrong: string[] = [];
    for (const f of files) {
      const text = fs.readFileSync(path.join(SRC, f), 'utf8');
      for (const [, spec = ''] of text.matchAll(/from '((?:\.\.?\/)+[^']*scale\/[^']+)'/g)) {
        const target = path.relative(SRC, path.resolve(SRC, path.dirname(f), spec)).replace(/\.tsx?$/, '');
        const name = f.split(path.sep).join('/');
        seen.push(target);
        if (!ENTRIES.has(target) && ALLOWED.get(name) !== target) wrong.push(`${name} imports ${target}`);
      }
    }
    expect(seen).toEqual(expect.arrayContaining(['scale/hooks', 'scale/style']));
    expect(wrong).toEqual([]);
  });
});
