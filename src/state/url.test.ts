import { describe, expect, it } from 'vitest';
import { REGION_BOUNDS } from '../catalog/region.ts';
import { CATEGORIES, STATUSES, ZONES } from '../catalog/vocab.ts';
import { LANGS } from '../i18n';
import { DEFAULT_VIEW, type ViewState } from './types.ts';
import { serialiseView, URL_KEYS } from './url.ts';

import { ADCODES, parse, view } from './urlTestData.ts';

describe('serialiseView', () => {
  it('writes nothing for the default view', () => {
    expect(serialiseView(DEFAULT_VIEW)).toBe('');
    expect(serialiseView(view({ lang: 'zh', q: '   ', item: null }))).toBe('');
  });

  it('writes the keys in a fixed order, whatever order the view was built in', () => {
    const full: ViewState = {
      asof: '2024-06',
      late: true,
      embed: true,
      console: true,
      present: 'default',
      slide: 2,
      camera: { lng: 117.3, lat: 36.6, zoom: 9.25 },
      item: 'hsr-jinan-laiwu',
      q: 'jlgt',
      statuses: ['planned'],
      categories: ['transport'],
      districts: ['370114'],
      zone: '北起',
      lang: 'en',
    };
    const search = serialiseView(full);
    expect(search).toBe(
      '?lang=en&zone=%E5%8C%97%E8%B5%B7&d=370114&cat=transport&status=planned&late=1&asof=2024-06&q=jlgt&item=hsr-jinan-laiwu&cam=117.3,36.6,9.25&present=default&slide=2&view=console&embed=1',
    );
    expect([...new URLSearchParams(search).keys()]).toEqual([...URL_KEYS]);
  });

  it('gives equal strings for equal views: lists sorted and de-duplicated, camera rounded', () => {
    const a = view({
      districts: ['370114', '370112', '370114'],
      categories: ['transport', 'culture'],
      statuses: ['under_construction', 'planned', 'planned'],
      camera: { lng: 117.123456, lat: 36.654321, zoom: 9.256 },
    });
    const b = view({
      districts: ['370112', '370114'],
      categories: ['culture', 'transport'],
      statuses: ['planned', 'under_construction'],
      camera: { lng: 117.12346, lat: 36.65432, zoom: 9.26 },
    });
    expect(serialiseView(a)).toBe(serialiseView(b));
    expect(serialiseView(a)).toBe(
      '?d=370112,370114&cat=culture,transport&status=planned,under_construction&cam=117.12346,36.65432,9.26',
    );
  });

  it('does not reorder the lists it is given', () => {
    const districts = ['370114', '370112'];
    serialiseView(view({ districts }));
    expect(districts).toEqual(['370114', '370112']);
  });

  it('encodes search text: spaces as +, Chinese and separators percent-encoded, commas bare', () => {
    expect(serialiseView(view({ q: 'a b&c=d#e+f,g' }))).toBe('?q=a+b%26c%3Dd%23e%2Bf,g');
    expect(serialiseView(view({ q: '济南' }))).toBe('?q=%E6%B5%8E%E5%8D%97');
  });

  it('cleans search text as parseView would', () => {
    expect(serialiseView(view({ q: '  a \n\t b\u0000c  ' }))).toBe('?q=a+bc');
    expect(serialiseView(view({ q: 'x'.repeat(150) }))).toBe(`?q=${'x'.repeat(100)}`);
  });
});

describe('round trip', () => {
  const views: [string, ViewState][] = [
    ['the default view', DEFAULT_VIEW],
    ['English only', view({ lang: 'en' })],
    ['the city-wide zone', view({ zone: '全市' })],
    [
      'every field',
      {
        asof: '2035-12',
        late: true,
        present: 'default',
        slide: 3,
        console: true,
        embed: true,
        lang: 'en',
        zone: '北起',
        districts: ['370112', '370114'],
        categories: ['culture', 'transport'],
        statuses: ['planned', 'under_construction'],
        q: '济南 轨道交通 R3',
        item: 'airport-phase2',
        camera: { lng: 117.12345, lat: 36.65432, zoom: 9.5 },
      },
    ],
    [
      'every district, category and status',
      view({ districts: ADCODES, categories: [...CATEGORIES].sort(), statuses: [...STATUSES].sort() }),
    ],
    ['search text with separators and markup', view({ q: 'a&b=c #1 + 50% <b>bold</b>, "quoted" \'single\'' })],
    ['search text of exactly 100 characters, astral included', view({ q: `${'济'.repeat(98)}😀😀` })],
    ['search text that looks like an escape', view({ q: '%E4%ZZ %2C +' })],
    [
      'the south-west corner of the camera box',
      view({ camera: { lng: REGION_BOUNDS[0], lat: REGION_BOUNDS[1], zoom: 5 } }),
    ],
    [
      'the north-east corner of the camera box',
      view({ camera: { lng: REGION_BOUNDS[2], lat: REGION_BOUNDS[3], zoom: 16 } }),
    ],
    ['a whole-number camera', view({ camera: { lng: 117, lat: 36, zoom: 9 } })],
    ['each zone', view({ zone: '东强', item: 'longshan-culture-chengziya' })],
  ];

  it.each(views)('%s', (_, v) => {
    const search = serialiseView(v);
    expect(parse(search)).toEqual({ view: v, dropped: [] });
  });

  it('keeps the console only in a presentation, and reads nothing but view=console and embed=1', () => {
    expect(parse('?present=default&view=console').view).toMatchObject({ present: 'default', console: true });
    expect(parse('?view=console')).toEqual({ view: DEFAULT_VIEW, dropped: [] });
    expect(parse('?embed=1').view.embed).toBe(true);
    expect(parse('?present=default&view=audience&embed=yes').dropped).toEqual([
      { key: 'view', value: 'audience', reason: 'invalid' },
      { key: 'embed', value: 'yes', reason: 'invalid' },
    ]);
    expect(serialiseView(view({ console: true }))).toBe('');
  });

  it('every zone survives', () => {
    for (const zone of ZONES) expect(parse(serialiseView(view({ zone }))).view.zone).toBe(zone);
  });
});

describe('parseView: well-formed links', () => {
  it('reads a real example', () => {
    const search =
      '?zone=%E5%8C%97%E8%B5%B7&d=370114&cat=transport&q=jlgt&item=hsr-jinan-laiwu&lang=en&cam=117.3,36.6,9.25';
    const expected: ViewState = {
      asof: null,
      late: false,
      present: null,
      slide: 1,
      console: false,
      embed: false,
      lang: 'en',
      zone: '北起',
      districts: ['370114'],
      categories: ['transport'],
      statuses: [],
      q: 'jlgt',
      item: 'hsr-jinan-laiwu',
      camera: { lng: 117.3, lat: 36.6, zoom: 9.25 },
    };
    expect(parse(search)).toEqual({ view: expected, dropped: [] });
    // Written back in the canonical key order.
    expect(serialiseView(expected)).toBe(
      '?lang=en&zone=%E5%8C%97%E8%B5%B7&d=370114&cat=transport&q=jlgt&item=hsr-jinan-laiwu&cam=117.3,36.6,9.25',
    );
  });

  it('accepts the leading ? or not', () => {
    expect(parse('zone=北起&lang=en')).toEqual(parse('?zone=北起&lang=en'));
    expect(parse('zone=北起').view.zone).toBe('北起');
  });

  it('accepts + and %20 for spaces, and raw UTF-8', () => {
    for (const q of ['q=a+b', 'q=a%20b', 'q=a b']) expect(parse(q).view.q).toBe('a b');
    expect(parse('?zone=北起&q=济南+地铁').view).toEqual(view({ zone: '北起', q: '济南 地铁' }));
  });

  it('accepts an explicit default language', () => {
    expect(parse('?lang=zh')).toEqual({ view: DEFAULT_VIEW, dropped: [] });
    for (const lang of LANGS) expect(parse(`?lang=${lang}`).view.lang).toBe(lang);
  });

  it('sorts and de-duplicates lists, skipping stray commas without a notice', () => {
    expect(parse('?d=370114,370112,370114,&cat=,transport,culture,,')).toEqual({
      view: view({ districts: ['370112', '370114'], categories: ['culture', 'transport'] }),
      dropped: [],
    });
  });

  it('rounds a finer camera to the URL precision', () => {
    expect(parse('?cam=117.123456789,36.654321,9.256').view.camera).toEqual({
      lng: 117.12346,
      lat: 36.65432,
      zoom: 9.26,
    });
  });

  it('reads an empty value as the default, without a notice', () => {
    for (const key of URL_KEYS) expect(parse(`?${key}=`)).toEqual({ view: DEFAULT_VIEW, dropped: [] });
    expect(parse('?zone&lang&cam&item&d')).toEqual({ view: DEFAULT_VIEW, dropped: [] });
  });

  it('returns fresh lists, leaving DEFAULT_VIEW alone', () => {
    const before = structuredClone(DEFAULT_VIEW);
    const { view: v } = parse('?d=370114');
    expect(v.districts).not.toBe(DEFAULT_VIEW.districts);
    expect(parse('').view.categories).not.toBe(DEFAULT_VIEW.categories);
    expect(DEFAULT_VIEW).toEqual(before);
  });
});
