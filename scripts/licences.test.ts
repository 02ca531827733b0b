import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { shippedPackages } from './licences.mjs';

// The README's licences section must name every package that ships with the page, and every licence
// must be one that allows shipping it in a free, offline copy of the site.

const ROOT = path.resolve(import.meta.dirname, '..');
const HEADING = '## Data sources and licences';

function licencesSection(): string {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf(`\n${HEADING}\n`);
  if (start < 0) throw new Error(`README.md has no "${HEADING}" section`);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
}

/**
 * Names in `npm ls --omit=dev --all`: npm's own view of the production tree, as the lockfile has it
 * (what `npm ci` installs). From the lockfile rather than node_modules/: a folder left over from a removed
 * dependency, or a node_modules/ shared by several checkouts, would otherwise count as shipped, and npm
 * exits before it has printed all of a tree it finds problems in.
 */
function npmProductionNames(): Set<string> {
  let out: string;
  try {
    out = execFileSync('npm', ['ls', '--omit=dev', '--all', '--json', '--package-lock-only'], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (e) {
    // npm ls exits non-zero for a problem it finds in the tree, but still prints the tree.
    out = (e as { stdout?: string }).stdout ?? '{}';
  }
  type Node = { version?: string; missing?: boolean; dependencies?: Record<string, Node> };
  const names = new Set<string>();
  const walk = (node: Node) => {
    for (const [name, child] of Object.entries(node.dependencies ?? {})) {
      // An optional peer that is not installed (mapbox-gl, for react-map-gl) shows without a version.
      if (child.missing || !child.version || names.has(name)) continue;
      names.add(name);
      walk(child);
    }
  };
  walk(JSON.parse(out) as Node);
  return names;
}

// Permissive licences, and the font's SIL Open Font License. A choice of licences ("A OR B") is
// accepted when one of them is: the copy is shipped under that one (jszip: MIT). Licences that all
// apply ("A AND B") are accepted when each is (pako: MIT and Zlib).
const PERMISSIVE = /^(MIT|ISC|BSD-2-Clause|BSD-3-Clause|Apache-2\.0|0BSD|BlueOak-1\.0\.0|OFL-1\.1|Zlib)$/;
const accepted = (licence: string) =>
  licence
    .replace(/^\((.*)\)$/, '$1')
    .split(' OR ')
    .some((choice) => choice.split(' AND ').every((part) => PERMISSIVE.test(part.trim())));

describe('licences', () => {
  const packages = shippedPackages();

  it('lists every production dependency that npm installs', () => {
    const listed = new Set(packages.map((p) => p.name));
    const npm = npmProductionNames();
    expect(npm.size).toBeGreaterThan(10);
    expect([...npm].filter((n) => !listed.has(n))).toEqual([]);
    for (const name of ['maplibre-gl', 'react', 'react-dom', 'scheduler', 'react-map-gl', 'qrcode'])
      expect(listed).toContain(name);
  });

  it('names every shipped package in the README', () => {
    const section = licencesSection();
    expect(packages.filter((p) => !section.includes(`\`${p.name}\``)).map((p) => `${p.name}@${p.version}`)).toEqual([]);
  });

  it('ships only packages under licences that allow it', () => {
    expect(packages.filter((p) => !accepted(p.licence)).map((p) => `${p.name}: ${p.licence}`)).toEqual([]);
  });

  it('names the data sources and the font licence in the README', () => {
    const section = licencesSection();
    for (const text of ['Noto Sans SC', 'SIL Open Font License 1.1', 'OpenStreetMap', 'GSHHG', 'DataV'])
      expect(section).toContain(text);
  });
});
