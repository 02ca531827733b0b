import { describe, expect, it } from 'vitest';
import { REGION_BOUNDS } from '../catalog/region.ts';
import { CATEGORIES, STATUSES, ZONES } from '../catalog/vocab.ts';
import { LANGS } from '../i18n';
import { DEFAULT_VIEW, type ViewState } from './types.ts';
import { type Dropped, parseView, serialiseView, URL_KEYS } from './url.ts';
import { HTML_PAYLOADS, queryFuzzer, validValues } from './urlFuzz.ts';

import { known, parse, view } from './urlTestData.ts';

describe('parseView: hostile and broken links', () => {
  const nonText = URL_KEYS.filter((key) => key !== 'q');

  it.each(HTML_PAYLOADS)('drops %s in every key but q, quoting it unescaped', (payload) => {
    for (const key of nonText) {
      for (const value of [encodeURIComponent(payload), payload]) {
        const result = parse(`?${key}=${value}`);
        expect(result.view, key).toEqual(DEFAULT_VIEW);
        expect(result.dropped, key).toEqual([{ key, value: payload, reason: 'invalid' }]);
      }
    }
  });

  it.each(HTML_PAYLOADS)('keeps %s in q as plain text only', (payload) => {
    expect(parse(`?q=${encodeURIComponent(payload)}`)).toEqual({ view: view({ q: payload }), dropped: [] });
  });

  it.each(HTML_PAYLOADS)('reports %s as a key, unknown', (payload) => {
    expect(parse(`?${encodeURIComponent(payload)}=1`)).toEqual({
      view: DEFAULT_VIEW,
      dropped: [{ key: payload, value: '1', reason: 'unknown-key' }],
    });
  });

  it('reports every unknown key, tracking keys and the empty key included', () => {
    const { view: v, dropped } = parse('?utm_source=x&Zone=北起&=1&fbclid=y&zone=北起');
    expect(v).toEqual(view({ zone: '北起' }));
    expect(dropped.map((d) => [d.key, d.reason])).toEqual([
      ['utm_source', 'unknown-key'],
      ['Zone', 'unknown-key'],
      ['', 'unknown-key'],
      ['fbclid', 'unknown-key'],
    ]);
  });

  it('rejects wrong types and near misses', () => {
    const cases: [string, Dropped['reason']][] = [
      ['lang=EN', 'invalid'],
      ['lang=zh-CN', 'invalid'],
      ['lang=1', 'invalid'],
      ['zone=北', 'invalid'],
      ['zone=北起 ', 'invalid'],
      ['zone=true', 'invalid'],
      ['cat=Transport', 'invalid'],
      ['cat=[]', 'invalid'],
      ['status=done', 'invalid'],
      ['status={}', 'invalid'],
      ['d=37011', 'invalid'],
      ['d=3701140', 'invalid'],
      ['d=%EF%BC%93%EF%BC%97%EF%BC%90%EF%BC%91%EF%BC%91%EF%BC%94', 'invalid'], // full-width digits
      ['d= 370114', 'invalid'],
      ['d=370000', 'unknown-id'],
      ['d=999999', 'unknown-id'],
      ['item=Hsr-Jinan-Laiwu', 'invalid'],
      ['item=hsr-jinan-laiwu-', 'invalid'],
      ['item=hsr--jinan', 'invalid'],
      ['item=../../etc/passwd', 'invalid'],
      ['item=hsr-jinan-qingdao', 'unknown-id'],
      ['item=null', 'unknown-id'],
      ['asof=2022-03', 'invalid'], // before the congress report
      ['asof=2036-01', 'invalid'], // past the plan's horizon
      ['asof=2024-13', 'invalid'],
      ['asof=2024-6', 'invalid'],
      ['asof=2024-06-01', 'invalid'],
      ['asof=%EF%BC%92%EF%BC%90%EF%BC%92%EF%BC%94-06', 'invalid'], // full-width digits
      ['asof=now', 'invalid'],
      ['late=true', 'invalid'],
      ['late=0', 'invalid'],
    ];
    for (const [search, reason] of cases) {
      const result = parse(search);
      expect(result.view, search).toEqual(DEFAULT_VIEW);
      expect(
        result.dropped.map((d) => d.reason),
        search,
      ).toEqual([reason]);
    }
  });

  it('keeps the good elements of a list and drops the bad ones one by one', () => {
    const { view: v, dropped } = parse('?d=370114,<b>,370000,370112&cat=transport,sports,culture');
    expect(v).toEqual(view({ districts: ['370112', '370114'], categories: ['culture', 'transport'] }));
    expect(dropped).toEqual([
      { key: 'd', value: '<b>', reason: 'invalid' },
      { key: 'd', value: '370000', reason: 'unknown-id' },
      { key: 'cat', value: 'sports', reason: 'invalid' },
    ]);
  });

  it('keeps at most 12 districts', () => {
    const many = Array.from({ length: 14 }, (_, i) => String(370101 + i));
    const { view: v, dropped } = parseView(`?d=${many.join(',')}`, { items: new Set(), districts: new Set(many) });
    expect(v.districts).toEqual(many.slice(0, 12));
    expect(dropped).toEqual([
      { key: 'd', value: '370113', reason: 'invalid' },
      { key: 'd', value: '370114', reason: 'invalid' },
    ]);
  });

  it('drops any camera that is not three plain in-range numbers', () => {
    const bad = [
      'NaN,36.6,9',
      'Infinity,36.6,9',
      '117,-Infinity,9',
      '117,36.6,1e999',
      '1.17e2,36.6,9',
      '0x75,36.6,9',
      '117,,9',
      ',36.6,9',
      '117,36.6',
      '117',
      '117,36.6,9,1',
      '117,36.6,9,',
      ' 117,36.6,9',
      '117 ,36.6,9',
      '+117,36.6,9',
      '%2B117,36.6,9',
      '117.,36.6,9',
      '.5,36.6,9',
      '117;36.6;9',
      '１１７,36.6,9',
      '-117,36.6,9',
      '115.39999,36.6,9',
      '119.40001,36.6,9',
      '117,35.29999,9',
      '117,38.40001,9',
      '117,36.6,4.99',
      '117,36.6,16.01',
      '117,36.6,-9',
      '0,0,0',
      `${'9'.repeat(400)},36.6,9`,
      '__proto__',
      '[117,36.6,9]',
      '{"lng":117}',
    ];
    for (const cam of bad) {
      const result = parse(`?cam=${cam}`);
      expect(result.view.camera, cam).toBeNull();
      expect(
        result.dropped.map((d) => d.reason),
        cam,
      ).toEqual(['invalid']);
    }
  });

  it('keeps the first of repeated keys and reports the rest', () => {
    expect(parse('?zone=北起&zone=东强&zone=西兴')).toEqual({
      view: view({ zone: '北起' }),
      dropped: [
        { key: 'zone', value: '东强', reason: 'duplicate' },
        { key: 'zone', value: '西兴', reason: 'duplicate' },
      ],
    });
    // The first decides even when it is bad or empty.
    expect(parse('?zone=bad&zone=北起').dropped.map((d) => d.reason)).toEqual(['invalid', 'duplicate']);
    expect(parse('?q=&q=x')).toEqual({ view: DEFAULT_VIEW, dropped: [{ key: 'q', value: 'x', reason: 'duplicate' }] });
  });

  it('decodes malformed percent-encoding safely', () => {
    expect(parse('?q=%E4%ZZ')).toEqual({ view: view({ q: '\uFFFD%ZZ' }), dropped: [] });
    expect(parse('?q=%&lang=en').view).toEqual(view({ q: '%', lang: 'en' }));
    expect(parse('?zone=%E5%8C').dropped).toEqual([{ key: 'zone', value: '\uFFFD', reason: 'invalid' }]);
    expect(parse('?%E4=1').dropped).toEqual([{ key: '\uFFFD', value: '1', reason: 'unknown-key' }]);
    expect(parse('?d=%3703%7114').dropped.map((d) => d.reason)).toEqual(['invalid']);
    expect(parse('?q=\uD800x').view.q).toBe('\uFFFDx');
  });

  it('cleans search text: controls stripped, whitespace collapsed, trimmed', () => {
    expect(parse('?q=%00%01a%09%0A%0D+%E3%80%80b%C2%85%7F%C2%9Fc%1B[31m++').view.q).toBe('a b c[31m');
    expect(parse('?q=x%00y%7Fz%C2%80w').view.q).toBe('xyzw');
  });

  it('caps search text at 100 characters, keeping the first 100', () => {
    const long = `${'济'.repeat(99)}😀😀`;
    const { view: v, dropped } = parse(`?q=${encodeURIComponent(long)}`);
    expect(Array.from(v.q)).toHaveLength(100);
    expect(v.q).toBe(`${'济'.repeat(99)}😀`);
    expect(dropped).toEqual([{ key: 'q', value: Array.from(long).slice(0, 80).join(''), reason: 'too-long' }]);
  });

  it('drops a value over 2,000 characters', () => {
    expect(parse(`?q=${'a'.repeat(2000)}`).view.q).toBe('a'.repeat(100));
    const { view: v, dropped } = parse(`?q=${'a'.repeat(2001)}&item=${'a'.repeat(2001)}&lang=en`);
    expect(v).toEqual(view({ lang: 'en' }));
    expect(dropped).toEqual([
      { key: 'q', value: 'a'.repeat(80), reason: 'too-long' },
      { key: 'item', value: 'a'.repeat(80), reason: 'too-long' },
    ]);
  });

  it('reads only the first 8,000 characters of the query', () => {
    const padding = `x=${'a'.repeat(7990)}`;
    const { view: v, dropped } = parse(`?zone=北起&${padding}&lang=en`);
    expect(v).toEqual(view({ zone: '北起' })); // lang came after the cut
    expect(dropped.map((d) => [d.key, d.reason])).toEqual([
      ['*', 'too-long'],
      ['x', 'unknown-key'],
    ]);
    expect(dropped[0]?.value).toBe(`zone=北起&${'x=aaa'.padEnd(80 - 8, 'a')}`);
  });

  it('never cuts the query inside a surrogate pair', () => {
    const prefix = `k=${'a'.repeat(7993)}&q=x`;
    expect(prefix).toHaveLength(7999);
    expect(parse(`${prefix}😀`).view.q).toBe('x');
  });

  it('quotes at most 80 characters of a dropped key or value, never splitting a character', () => {
    const { dropped } = parse(`?${'k'.repeat(500)}=${'😀'.repeat(500)}`);
    expect(dropped).toEqual([{ key: 'k'.repeat(80), value: '😀'.repeat(80), reason: 'unknown-key' }]);
  });

  it('lets __proto__, constructor and prototype pollute nothing', () => {
    const keys =
      '?__proto__[polluted]=1&constructor[prototype][polluted]=1&__proto__.polluted=1&__proto__=1&constructor=1&prototype=1';
    const values =
      '&zone=__proto__&d=constructor&cat=__proto__&status=prototype&item=constructor&lang=toString&cam=__proto__';
    const { view: v, dropped } = parse(keys + values);
    // biome-ignore lint/suspicious/noExplicitAny: the test looks for a property no type declares
    expect(({} as any).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(v).toEqual(DEFAULT_VIEW);
    expect(Object.keys(v).sort()).toEqual(Object.keys(DEFAULT_VIEW).sort());
    expect(dropped.filter((d) => d.reason === 'unknown-key')).toHaveLength(6);
    expect(dropped.filter((d) => d.reason !== 'unknown-key')).toHaveLength(7);
    expect(parse('?item=prototype').dropped).toEqual([{ key: 'item', value: 'prototype', reason: 'unknown-id' }]);
  });

  it('handles degenerate strings', () => {
    for (const search of ['', '?', '&&&', '?&', '??', '?&&zone&&']) {
      const { view: v, dropped } = parse(search);
      expect(v, search).toEqual(DEFAULT_VIEW);
      // '??' leaves one '?' behind, a key of its own.
      expect(dropped, search).toEqual(search === '??' ? [{ key: '?', value: '', reason: 'unknown-key' }] : []);
    }
    for (const search of ['=', '?=', '?=&=']) {
      expect(
        parse(search).dropped.every((d) => d.key === '' && d.reason === 'unknown-key'),
        search,
      ).toBe(true);
    }
    expect(parse('?==').dropped).toEqual([{ key: '', value: '=', reason: 'unknown-key' }]);
  });
});

describe('fuzz', () => {
  const values = validValues(known);
  const randomQuery = queryFuzzer(0x4a696e61, values); // 'Jina'

  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
  const isRounded = (x: number, decimals: number) => Number(x.toFixed(decimals)) === x;
  const sorted = (list: readonly string[]) => [...new Set(list)].sort();

  function expectValid(v: ViewState, context: string) {
    expect(Object.keys(v).sort(), context).toEqual(Object.keys(DEFAULT_VIEW).sort());
    expect(LANGS, context).toContain(v.lang);
    if (v.zone !== null) expect(ZONES, context).toContain(v.zone);
    expect(
      v.districts.every((d) => /^\d{6}$/.test(d) && known.districts.has(d)),
      context,
    ).toBe(true);
    expect(
      v.categories.every((c) => (CATEGORIES as readonly string[]).includes(c)),
      context,
    ).toBe(true);
    expect(
      v.statuses.every((s) => (STATUSES as readonly string[]).includes(s)),
      context,
    ).toBe(true);
    for (const list of [v.districts, v.categories, v.statuses]) expect(list, context).toEqual(sorted(list));
    expect(v.districts.length, context).toBeLessThanOrEqual(12);
    expect(CONTROL.test(v.q), context).toBe(false);
    expect(/\s\s|[^\S ]/.test(v.q), context).toBe(false);
    expect(v.q, context).toBe(v.q.trim());
    expect(Array.from(v.q).length, context).toBeLessThanOrEqual(100);
    if (v.item !== null) expect(/^[a-z0-9]+(-[a-z0-9]+)*$/.test(v.item) && known.items.has(v.item), context).toBe(true);
    if (v.camera) {
      const { lng, lat, zoom } = v.camera;
      const [w, s, e, n] = REGION_BOUNDS;
      expect(lng >= w && lng <= e && isRounded(lng, 5), context).toBe(true);
      expect(lat >= s && lat <= n && isRounded(lat, 5), context).toBe(true);
      expect(zoom >= 5 && zoom <= 16 && isRounded(zoom, 2), context).toBe(true);
    }
    // Markup may survive only as search text, which React renders as text.
    expect(JSON.stringify({ ...v, q: '' }).includes('<'), context).toBe(false);
  }

  it('parses 500 generated queries without throwing, to valid views, and serialises them to a fixed point', () => {
    const reasons = new Set<string>();
    let changed = 0;
    for (let i = 0; i < 500; i++) {
      const query = randomQuery();
      const context = `query #${i}: ${JSON.stringify(query.slice(0, 300))}`;
      let result: ReturnType<typeof parseView>;
      try {
        result = parse(query);
      } catch (error) {
        throw new Error(`parseView threw on ${context}: ${error}`);
      }
      expectValid(result.view, context);
      for (const d of result.dropped) {
        reasons.add(d.reason);
        expect(Array.from(d.key).length, context).toBeLessThanOrEqual(80);
        expect(Array.from(d.value).length, context).toBeLessThanOrEqual(80);
      }
      const search = serialiseView(result.view);
      expect(parse(search), context).toEqual({ view: result.view, dropped: [] });
      expect(serialiseView(parse(search).view), context).toBe(search);
      if (search !== '') changed++;
    }
    // The generator must reach every path, or the test proves little.
    expect([...reasons].sort()).toEqual(['duplicate', 'invalid', 'too-long', 'unknown-id', 'unknown-key']);
    expect(changed).toBeGreaterThan(150);
    // biome-ignore lint/suspicious/noExplicitAny: the test looks for a property no type declares
    expect(({} as any).polluted).toBeUndefined();
  });
});
