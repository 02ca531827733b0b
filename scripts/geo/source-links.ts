import fs from 'node:fs';
import path from 'node:path';

// Every link the data offers a reader must open the original outlet: a government site, Party or state
// media, a news outlet's own site, a builder's or operator's site, an encyclopaedia or a dataset's home.
// geo/source-hosts.json lists those hosts; a source whose original address is unknown is cited by outlet,
// title and date without a link.

export interface HostEntry {
  /** A host name, or `*.domain` for the domain and every host under it. */
  host: string;
  outlet: string;
  kind: 'government' | 'party-state-media' | 'news' | 'operator' | 'encyclopaedia' | 'dataset';
}

export interface SourceLink {
  /** Where the link stands: file and item (or zone, or cut line). */
  where: string;
  source: string;
  url: string;
}

const URL_PATTERN = /https?:\/\/[^\s"'<>）)]+/g;

export function hostAllowed(host: string, allowlist: readonly HostEntry[]): boolean {
  const h = host.toLowerCase();
  return allowlist.some(({ host: entry }) =>
    entry.startsWith('*.') ? h === entry.slice(2) || h.endsWith(entry.slice(1)) : h === entry,
  );
}

/** Every URL in a source string (normally one, at its end). */
export function urlsIn(text: string): string[] {
  return [...text.matchAll(URL_PATTERN)].map((m) => m[0]);
}

function fromStrings(value: unknown, where: string, out: SourceLink[]): void {
  if (typeof value === 'string') {
    for (const url of urlsIn(value)) out.push({ where, source: value, url });
  } else if (Array.isArray(value)) {
    for (const v of value) fromStrings(v, where, out);
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) fromStrings(v, where, out);
  }
}

/** The links of the items, the zones and the zones' cut lines. */
export function sourceLinks(root: string): SourceLink[] {
  const out: SourceLink[] = [];
  const itemsDir = path.join(root, 'geo/items');
  const collections = [
    ...fs
      .readdirSync(itemsDir)
      .filter((f) => f.endsWith('.geojson'))
      .map((f) => `geo/items/${f}`),
    'geo/zones.geojson',
  ];
  for (const file of collections) {
    const fc = JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'));
    for (const f of fc.features ?? []) {
      const p = f.properties ?? {};
      const where = `${file} · ${p.id ?? p.zone ?? '?'}`;
      // The sources of dated milestones and of earlier values are citations too.
      for (const list of [p.sources, p.milestones, p.history]) fromStrings(list, where, out);
    }
  }
  const cuts = JSON.parse(fs.readFileSync(path.join(root, 'scripts/geo/zone-cuts.json'), 'utf8'));
  for (const cut of cuts.cuts ?? []) fromStrings(cut, `scripts/geo/zone-cuts.json · ${cut.id}`, out);
  const { cuts: _list, ...rest } = cuts;
  fromStrings(rest, 'scripts/geo/zone-cuts.json', out);
  return out;
}

/** One line per link that is not http(s) or whose host is not on the allowlist. */
export function linkProblems(links: readonly SourceLink[], allowlist: readonly HostEntry[]): string[] {
  const problems: string[] = [];
  for (const { where, url } of links) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      problems.push(`${where}: found ${url}, expected a valid http(s) address`);
      continue;
    }
    if (!hostAllowed(parsed.hostname, allowlist))
      problems.push(
        `${where}: found a link to ${parsed.hostname}, expected an original outlet listed in geo/source-hosts.json (or cite outlet, title and date without a link)`,
      );
  }
  return problems;
}
