import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type HostEntry, hostAllowed, linkProblems, sourceLinks, urlsIn } from './source-links.ts';

const root = path.resolve(import.meta.dirname, '../..');
const allowlist: HostEntry[] = JSON.parse(fs.readFileSync(path.join(root, 'geo/source-hosts.json'), 'utf8')).hosts;

describe('source links (geo/source-hosts.json)', () => {
  it('matches a listed host exactly, or a domain and its sub-hosts with *.', () => {
    const list: HostEntry[] = [
      { host: '*.people.com.cn', outlet: '人民网', kind: 'party-state-media' },
      { host: 'news.163.com', outlet: '网易新闻', kind: 'news' },
    ];
    expect(hostAllowed('sd.people.com.cn', list)).toBe(true);
    expect(hostAllowed('people.com.cn', list)).toBe(true);
    expect(hostAllowed('notpeople.com.cn', list)).toBe(false);
    expect(hostAllowed('news.163.com', list)).toBe(true);
    expect(hostAllowed('dy.163.com', list)).toBe(false);
  });

  it('finds the URL at the end of a source string and inside notes', () => {
    expect(urlsIn('人民网《题》2024-01-02 http://sd.people.com.cn/n2/a.html')).toEqual([
      'http://sd.people.com.cn/n2/a.html',
    ]);
    expect(urlsIn('大众网《题》2020-11-18 http://x.cn/a.htm (scope: 二环)')).toEqual(['http://x.cn/a.htm']);
    expect(urlsIn('济南日报《题》2023-12-12')).toEqual([]);
  });

  it('names the file, the item and the host of a link to a mirror', () => {
    const problems = linkProblems(
      [{ where: 'geo/items/culture.geojson · spring-baotu', source: 's', url: 'http://jizihe.com/page/1.shtml' }],
      allowlist,
    );
    expect(problems).toEqual([
      'geo/items/culture.geojson · spring-baotu: found a link to jizihe.com, expected an original outlet listed in geo/source-hosts.json (or cite outlet, title and date without a link)',
    ]);
  });

  it('lists every host as an outlet with its kind', () => {
    const kinds = new Set(['government', 'party-state-media', 'news', 'operator', 'encyclopaedia', 'dataset']);
    for (const entry of allowlist) {
      expect(entry.host).toMatch(/^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+$/);
      expect(entry.outlet.length).toBeGreaterThan(0);
      expect(kinds.has(entry.kind), entry.host).toBe(true);
    }
  });

  it('links only to original outlets in every item, zone and cut line', () => {
    const links = sourceLinks(root);
    expect(links.length).toBeGreaterThan(0);
    expect(linkProblems(links, allowlist)).toEqual([]);
  });
});
