import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readItemNames } from './build/itemNames.ts';
import { searchKeys } from './build/searchKeys.ts';
import { type Hit, SCORE, type Searchable, type SearchKeys, search } from './search.ts';

// The matcher over keys built the way the build builds them, from the real names in geo/items/
// (read directly, so that the test needs no `vite build`).

const root = path.resolve(import.meta.dirname, '../..');

function realItems(): Searchable[] {
  return readItemNames(root).map((p) => ({ id: p.id, keys: searchKeys(p.name_zh, p.name_en) }));
}

let items: Searchable[];
const ids = (query: string, limit?: number) => search(query, items, limit).map((h) => h.id);
const first = (query: string): Hit | undefined => search(query, items)[0];

beforeAll(() => {
  items = realItems();
});

describe('search over the real catalogue', () => {
  it('finds 济莱高铁 by its initials, pinyin, Chinese and English names', () => {
    expect(first('jlgt')).toEqual({ id: 'hsr-jinan-laiwu', score: SCORE.exact, field: 'initials' });
    expect(first('jilai')).toEqual({ id: 'hsr-jinan-laiwu', score: SCORE.prefix, field: 'pinyin' });
    expect(first('济莱')).toEqual({ id: 'hsr-jinan-laiwu', score: SCORE.prefix, field: 'zh' });
    expect(first('济莱高铁')).toEqual({ id: 'hsr-jinan-laiwu', score: SCORE.exact, field: 'zh' });
    for (const query of ['Laiwu', 'laiwu', 'LAIWU', ' Lai-wu ']) {
      expect(ids(query), query).toEqual(expect.arrayContaining(['hsr-jinan-laiwu', 'station-laiwu-north']));
    }
  });

  it('counts the start of an English word above a plain substring', () => {
    const hit = search('laiwu', items).find((h) => h.id === 'hsr-jinan-laiwu');
    expect(hit).toEqual({ id: 'hsr-jinan-laiwu', score: SCORE.wordPrefix, field: 'en' });
    // 'rail' starts a word in every railway name; 'ailway' starts none.
    expect(search('ailway', items).every((h) => h.score === SCORE.substring)).toBe(true);
  });

  it('finds an item by the bracketed part of its name', () => {
    expect(ids('czy')).toContain('longshan-culture-chengziya');
    expect(ids('chengziya')).toContain('longshan-culture-chengziya');
    // 龙山文化 begins the name anyway; 章丘城子崖遗址 is found as a whole only through the alt keys.
    expect(first('lswh')).toEqual({ id: 'longshan-culture-chengziya', score: SCORE.prefix, field: 'initials' });
    expect(first('zqczyyz')).toEqual({ id: 'longshan-culture-chengziya', score: SCORE.altExact, field: 'initials' });
    expect(first('zhangqiuchengziyayizhi')).toEqual({
      id: 'longshan-culture-chengziya',
      score: SCORE.altExact,
      field: 'pinyin',
    });
    expect(ids('李清照')).toEqual(['er-an-culture']);
  });

  it('puts the exact name first', () => {
    expect(first('大明湖')?.id).toBe('daming-lake');
    expect(first('dmh')?.id).toBe('daming-lake');
    expect(first('jnz')?.id).toBe('station-jinan');
    expect(first('济南站')?.id).toBe('station-jinan');
  });

  it('finds the airport items and the springs', () => {
    const airport = ['airport-phase2', 'airport-runway-existing', 'airport-runway-west1', 'airport-runway-west2'];
    expect(ids('airport')).toEqual(expect.arrayContaining([...airport, 'airport-t2', 'airport-gtc']));
    expect(ids('Airport')).toEqual(ids('airport'));
    expect(ids('baotu')).toContain('spring-baotu');
    expect(first('baotuquan')?.id).toBe('spring-baotu');
    expect(first('T2')?.id).toBe('airport-t2');
    expect(first('航站楼')?.id).toBe('airport-t2');
  });

  it('matches Chinese queries against the Chinese name only, and Latin ones never against it', () => {
    expect(search('济南', items).every((h) => h.field === 'zh')).toBe(true);
    expect(search('t2航站楼', items).map((h) => h.id)).toEqual(['airport-t2']);
    for (const query of ['jinan', 'gtc', '5g', 'j']) {
      expect(
        search(query, items, 200).every((h) => h.field !== 'zh'),
        query,
      ).toBe(true);
    }
  });

  it('ranks best first and keeps the ranking rules', () => {
    const hits = search('j', items, 500);
    for (let i = 1; i < hits.length; i++) {
      expect((hits[i - 1] as Hit).score).toBeGreaterThanOrEqual((hits[i] as Hit).score);
    }
    // A Chinese or initials prefix beats a pinyin substring.
    expect(SCORE.prefix).toBeGreaterThan(SCORE.substring);
    expect(SCORE.exact).toBeGreaterThan(SCORE.prefix);
    expect(SCORE.altExact).toBeGreaterThan(SCORE.altPrefix);
    // A bracketed qualifier is not the name: 'jinan' is 济南站 before 国家级互联网骨干直联点（济南）.
    expect(first('jinan')?.id).toBe('station-jinan');
    expect(SCORE.wordPrefix).toBeGreaterThan(SCORE.substring);
  });

  it('is deterministic, whatever the order of the items', () => {
    const reversed = [...items].reverse();
    for (const query of ['jinan', 'j', 'zj', '济南', 'airport', 'quan']) {
      const once = search(query, items, 500);
      expect(search(query, items, 500), query).toEqual(once);
      expect(search(query, reversed, 500), query).toEqual(once);
    }
  });

  it('honours the limit', () => {
    expect(search('j', items).length).toBe(20);
    expect(search('j', items, 3)).toEqual(search('j', items, 500).slice(0, 3));
    expect(search('j', items, 0)).toEqual([]);
    expect(search('j', items, -1)).toEqual([]);
  });

  it('returns nothing for an empty query', () => {
    for (const query of ['', '   ', '·—（）', '“”']) expect(search(query, items), query).toEqual([]);
  });

  it('treats hostile input as plain text', () => {
    const hostile = ['<script>', '(.*', '[', '.*', '\\', '^$', 'a{1000}', '\u0000', '🙂', 'x'.repeat(10_000)];
    for (const query of hostile) {
      const hits = search(query, items);
      expect(Array.isArray(hits), query.slice(0, 20)).toBe(true);
    }
    expect(search('(.*', items)).toEqual([]);
    expect(search('[', items)).toEqual([]);
    expect(search('x'.repeat(10_000), items)).toEqual([]);
    expect(search('济'.repeat(10_000), items)).toEqual([]);
    // '.*' would match everything as a regex; as text it is nothing.
    expect(search('.*', items)).toEqual([]);
  });
});

describe('search over 10,000 synthetic items', () => {
  const syllables = ['ji', 'nan', 'lai', 'wu', 'gao', 'tie', 'quan', 'cheng', 'shan', 'he', 'hu', 'zhan'];
  const han = ['济', '南', '莱', '芜', '高', '铁', '泉', '城', '山', '河', '湖', '站'];

  function synthetic(n: number): Searchable[] {
    const out: Searchable[] = [];
    const count = syllables.length;
    for (let i = 0; i < n; i++) {
      // Every combination of syllables in turn, so that every syllable occurs.
      const picks = [i % count, Math.floor(i / count) % count, Math.floor(i / count ** 2) % count, (i * 7 + 3) % count];
      const keys: SearchKeys = {
        zh: picks.map((k) => han[k]).join('') + i,
        en: `item${i}${picks.map((k) => syllables[k]).join('')}`,
        pinyin: picks.map((k) => syllables[k]).join('') + i,
        initials: picks.map((k) => syllables[k]?.charAt(0)).join('') + i,
        alt: [],
        enStarts: [4 + String(i).length],
      };
      out.push({ id: `item-${String(i).padStart(5, '0')}`, keys });
    }
    return out;
  }

  it('returns at most the limit, best first, and still finds the one exact match', () => {
    const many = synthetic(10_000);
    for (const query of ['j', 'ji', 'nan', '济南', 'q', 'zhan']) {
      const hits = search(query, many);
      expect(hits.length, query).toBeLessThanOrEqual(20);
      expect(hits.length, query).toBeGreaterThan(0);
      for (let i = 1; i < hits.length; i++)
        expect((hits[i - 1] as Hit).score).toBeGreaterThanOrEqual((hits[i] as Hit).score);
    }
    expect(search('a', many, 5000).length).toBe(5000);
    expect(search('item9876', many)[0]?.id).toBe('item-09876');
    expect(search('nothing-like-this', many)).toEqual([]);
  });
});

describe('the browser matcher', () => {
  it('imports nothing, so pinyin-pro cannot reach the bundle through it', () => {
    const source = fs.readFileSync(path.join(import.meta.dirname, 'search.ts'), 'utf8');
    expect(source).not.toMatch(/^\s*import\s/m);
    expect(source).not.toMatch(/\bnew RegExp\b/);
  });
});
