import fs from 'node:fs';
import path from 'node:path';

// Most unit test files only call functions and compare results: they can share one module graph per
// worker (Vitest's `isolate: false`), which saves the import of the same modules file after file. A file
// that changes what other files would see keeps a module graph of its own: one that mocks a module
// (a module cached before the mock would stay real, and a mocked one would leak), stubs a global or
// the environment, spies on or fakes shared objects, or runs in another environment (jsdom).
export const NEEDS_ISOLATION =
  /\bvi\.(mock|doMock|unmock|stubGlobal|stubEnv|spyOn|useFakeTimers)\b|@vitest-environment/;

/** The unit test files under `dirs` (relative to `root`) that need a module graph of their own. */
export function testsNeedingIsolation(root: string, dirs: readonly string[]): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = path.posix.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && entry.name !== 'generated') walk(rel);
      } else if (
        /\.test\.tsx?$/.test(entry.name) &&
        NEEDS_ISOLATION.test(fs.readFileSync(path.join(root, rel), 'utf8'))
      )
        found.push(rel);
    }
  };
  for (const dir of dirs) walk(dir);
  return found.sort();
}
