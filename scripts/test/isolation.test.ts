import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NEEDS_ISOLATION, testsNeedingIsolation } from './isolation';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('which unit test files keep a module graph of their own', () => {
  it('finds mocks, stubs, spies, fake timers and another environment', () => {
    for (const code of [
      "vi.mock('./sourceUrls', () => ({}));",
      "vi.stubGlobal('fetch', f);",
      'const spy = vi.spyOn(console, "error");',
      'vi.useFakeTimers();',
      '// @vitest-environment jsdom',
    ])
      expect(NEEDS_ISOLATION.test(code), code).toBe(true);
    expect(NEEDS_ISOLATION.test("import { expect, it, vi } from 'vitest';\nexpect(f()).toBe(1);")).toBe(false);
  });

  it('lists the files of this repository that need it, and not the plain ones', () => {
    const isolated = testsNeedingIsolation(ROOT, ['src', 'scripts']);
    expect(isolated).toEqual(expect.arrayContaining(['src/map/early.test.ts', 'src/ErrorBoundary.test.tsx']));
    expect(isolated).not.toContain('src/state/url.test.ts');
  });
});
