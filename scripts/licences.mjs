// Lists every package whose code or files ship with the page, with its version and licence:
// the production dependencies (everything `npm ls --omit=dev --all` shows, read from the lockfile and
// checked against node_modules/*/package.json), and the few build-time packages whose output is
// part of the build (the font, the service worker's runtime).
//
//   node scripts/licences.mjs            a Markdown list, by licence
//   node scripts/licences.mjs --json     the same as JSON
//
// scripts/licences.test.ts fails when a package listed here is missing from the README's licences section.
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');

/**
 * Development dependencies whose files end up in dist/: the font is subset into the build, and the
 * service worker plugin writes the web app manifest and bundles Workbox's runtime into sw.js.
 * Listed when installed.
 */
export const SHIPPED_BY_BUILD = {
  '@fontsource/noto-sans-sc': 'the font, subset into the build',
  'vite-plugin-pwa': 'the web app manifest',
  'workbox-core': 'the service worker',
  'workbox-precaching': 'the service worker',
  'workbox-routing': 'the service worker',
  'workbox-strategies': 'the service worker',
  // The update view (src/sheet/UpdateView.tsx, loaded on demand) checks a workbook with the build's rules.
  zod: "the update view's checks",
  '@turf/kinks': "the update view's checks",
  '@turf/helpers': "the update view's checks",
};

/** A licence as package.json states it: an SPDX expression, or the old object and array forms. */
function licenceOf(pkg) {
  const l = pkg.license ?? pkg.licenses;
  if (typeof l === 'string') return l;
  if (Array.isArray(l)) return l.map((x) => x.type ?? x).join(' OR ');
  if (l && typeof l === 'object') return l.type ?? 'UNKNOWN';
  return 'UNKNOWN';
}

/** The package's name from its lockfile key, e.g. node_modules/a/node_modules/@b/c → @b/c. */
const nameOf = (key) => key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);

/**
 * Every shipped package, one entry per name and version, sorted by name:
 * { name, version, licence, why } where why is 'dependency' or what a build-time package contributes.
 */
export function shippedPackages(root = ROOT) {
  const lock = JSON.parse(fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8'));
  const seen = new Map();
  for (const [key, entry] of Object.entries(lock.packages ?? {})) {
    if (key === '' || !key.includes('node_modules/') || entry.link) continue;
    const name = nameOf(key);
    const fromBuild = SHIPPED_BY_BUILD[name];
    // dev: only development needs it; devOptional: the same, optional (platform binaries of tools).
    if ((entry.dev || entry.devOptional) && !fromBuild) continue;
    const file = path.join(root, key, 'package.json');
    // A production package that is optional for this platform may be absent; nothing of it ships.
    if (!fs.existsSync(file)) {
      if (entry.optional) continue;
      throw new Error(`${name}: in package-lock.json but not installed (${key}); run npm ci`);
    }
    const pkg = JSON.parse(fs.readFileSync(file, 'utf8'));
    const id = `${name}@${pkg.version}`;
    if (!seen.has(id))
      seen.set(id, { name, version: pkg.version, licence: licenceOf(pkg), why: fromBuild ?? 'dependency' });
  }
  return [...seen.values()].sort((a, b) => (a.name === b.name ? 0 : a.name < b.name ? -1 : 1));
}

/**
 * The list in Markdown, one item per licence, lines of at most 120 characters: each package with its
 * version(s) and, for a build-time package, what of it ships.
 */
export function markdownList(packages) {
  const byName = new Map();
  for (const p of packages) {
    const entry = byName.get(p.name);
    if (entry) entry.versions.push(p.version);
    else byName.set(p.name, { ...p, versions: [p.version] });
  }
  const byLicence = new Map();
  for (const e of byName.values()) {
    const text = `\`${e.name}\` ${e.versions.join(', ')}${e.why === 'dependency' ? '' : ` (${e.why})`}`;
    byLicence.set(e.licence, [...(byLicence.get(e.licence) ?? []), text]);
  }
  const lines = [];
  for (const [licence, entries] of [...byLicence].sort((a, b) => b[1].length - a[1].length)) {
    let line = `- **${licence}**:`;
    for (const [i, text] of entries.entries()) {
      const part = ` ${text}${i < entries.length - 1 ? ',' : '.'}`;
      if (line.length + part.length > 120) {
        lines.push(line);
        line = `  ${part.trimStart()}`;
      } else line += part;
    }
    lines.push(line);
  }
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const packages = shippedPackages();
  process.stdout.write(
    process.argv.includes('--json') ? `${JSON.stringify(packages, null, 2)}\n` : `${markdownList(packages)}\n`,
  );
}
