import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readInputs } from '../../../scripts/vite/catalog.ts';
import { monthOf, statusAt } from '../timeline.ts';
import type { FullItem } from '../types.ts';
import { buildCatalog, CatalogError, type Output } from './pipeline.ts';

// The real catalogue in geo/items/, through the same pipeline as the build.

const root = path.resolve(import.meta.dirname, '../../..');
let out: Output;
let byId: Map<string, FullItem>;
const item = (id: string): FullItem => {
  const found = byId.get(id);
  if (!found) throw new Error(`no item ${id} in the catalogue`);
  return found;
};
const districtsOf = (id: string) => (item(id).districts?.inside ?? []).map((s) => s.key);
const ADCODE = {
  历下区: '370102',
  市中区: '370103',
  槐荫区: '370104',
  天桥区: '370105',
  历城区: '370112',
  长清区: '370113',
  章丘区: '370114',
  济阳区: '370115',
  莱芜区: '370116',
  钢城区: '370117',
  平阴县: '370124',
  商河县: '370126',
} as const;

beforeAll(() => {
  out = buildCatalog(readInputs(root));
  byId = new Map(out.catalog.items.map((i) => [i.id, i]));
});

describe('the catalogue', () => {
  it('builds without a problem and maps well over 40 items', () => {
    expect(out.catalog.items.length).toBeGreaterThan(80);
    const mapped = out.catalog.items.filter((i) => i.geometry_kind !== null);
    expect(mapped.length).toBeGreaterThan(40);
    // Every item without geometry is a city-wide one or says why its site is unknown.
    for (const i of out.catalog.items.filter((x) => x.geometry_kind === null)) {
      expect(i.zone === '全市' || i.site_note_en !== null, i.id).toBe(true);
    }
  });

  it('covers every place-bound item the report names', () => {
    const required = [
      // airport phase II: the expansion, the existing and new runways, T2
      'airport-phase2',
      'airport-runway-existing',
      'airport-runway-west1',
      'airport-t2',
      // the Xiaoqing River navigation and the port areas
      'xiaoqing-river-navigation',
      'jinan-port-main-city',
      'jinan-port-zhangqiu',
      // the high-speed rail lines of the 米字形 network, with stations
      'hsr-jinan-zhengzhou-jinan-section',
      'hsr-jinan-laiwu',
      'hsr-beijing-shanghai',
      'hsr-jinan-qingdao',
      'hsr-qingdao-jinan-pdl',
      'hsr-shijiazhuang-jinan',
      'hsr-jinan-binzhou',
      'hsr-jinan-zaozhuang',
      'station-jinan-west',
      'station-jinan-east',
      'station-laiwu-north',
      // expressways and corridors, schematic
      'expressway-two-rings-one-link-sixteen-radials',
      'transport-skeleton-one-axis-two-corridors-three-channels',
      // the metropolitan area
      'jinan-metropolitan-area',
      'ji-zi-integration',
      'ji-tai-integration',
      'ji-de-integration',
      // Qilu Science City and the four innovation circles
      'qilu-science-city',
      'innovation-circle-sdiit',
      'innovation-circle-supercomputing',
      'innovation-circle-cas-jinan',
      'innovation-circle-sdu',
      // the start-up area
      'qibuqu-startup-area',
      // museums
      'jinan-museum-new',
      'jinan-science-museum-new',
      'yellow-river-culture-museum',
      'party-history-gazetteer-hall',
      'municipal-archives-new',
      // the 泉·城 heritage bid, the four spring groups and 大明湖
      'spring-city-heritage-bid',
      'spring-baotu',
      'spring-heihu',
      'spring-zhenzhu',
      'spring-wulongtan',
      'daming-lake',
      // culture sites
      'longshan-culture-chengziya',
      'dashun-culture-qianfoshan',
      'confucian-culture-fuxue-wenmiao',
      'er-an-culture',
      // medical centres, seed industry, the view corridor, the Yellow River, the southern mountains
      'guanganmen-jinan-hospital',
      'xuanwu-jinan-hospital',
      'public-health-six-centres',
      'northern-china-seed-capital',
      'que-hua-view-corridor',
      'yellow-river-waste-clearance',
      'southern-mountains-eco-protection',
    ];
    const missing = required.filter((id) => !byId.has(id));
    expect(missing).toEqual([]);
    // Place-less policies are there too, without geometry.
    for (const id of [
      'carbon-peak-action',
      'business-environment-benchmark',
      'listed-companies-100',
      '5g-full-coverage',
    ]) {
      expect(item(id).geometry_kind, id).toBeNull();
      expect(item(id).zone, id).toBe('全市');
    }
  });

  it('derives district memberships: the Jinan–Laiwu line crosses 历城、章丘、莱芜、钢城', () => {
    const km = Object.fromEntries((item('hsr-jinan-laiwu').districts?.inside ?? []).map((s) => [s.key, s.amount]));
    for (const d of [ADCODE.历城区, ADCODE.章丘区, ADCODE.莱芜区, ADCODE.钢城区]) expect(km[d], d).toBeGreaterThan(5);
    expect(item('hsr-jinan-laiwu').districts?.unit).toBe('km');
  });

  it('puts points in their district: the west station in 槐荫区, 城子崖 in 章丘区, the airport in 历城区', () => {
    expect(districtsOf('station-jinan-west')).toEqual([ADCODE.槐荫区]);
    expect(districtsOf('longshan-culture-chengziya')).toEqual([ADCODE.章丘区]);
    expect(districtsOf('airport-phase2')).toEqual([ADCODE.历城区]);
    // 趵突泉公园: 历下区趵突泉南路1号
    expect(districtsOf('spring-baotu')).toEqual([ADCODE.历下区]);
  });

  it('counts the whole airport in 历城区 (遥墙街道), none of it in 章丘区: runways, T2 and the transport centre', () => {
    for (const id of [
      'airport-runway-existing',
      'airport-runway-west1',
      'airport-runway-west2',
      'airport-t2',
      'airport-gtc',
    ])
      expect(districtsOf(id), id).toEqual([ADCODE.历城区]);
    expect(item('airport-runway-existing').districts?.outside).toBe(0);
  });

  it('measures lines outside Jinan: most of the Xiaoqing navigation runs through other cities to the sea', () => {
    const d = item('xiaoqing-river-navigation').districts;
    expect(d?.outside).toBeGreaterThan(100);
    expect(d?.inside.map((s) => s.key)).toContain(ADCODE.历城区);
  });

  it('measures areas: the start-up area is about 798 km², mostly 济阳、天桥、历城、章丘, in 北起', () => {
    const s = item('qibuqu-startup-area');
    expect(s.districts?.unit).toBe('km2');
    expect(s.districts?.total).toBeGreaterThan(760);
    expect(s.districts?.total).toBeLessThan(840);
    expect(
      s.districts?.inside
        .slice(0, 4)
        .map((x) => x.key)
        .sort(),
    ).toEqual([ADCODE.济阳区, ADCODE.天桥区, ADCODE.历城区, ADCODE.章丘区].sort());
    expect(s.zones_geometry?.inside[0]?.key).toBe('北起');
  });

  it('gives every mapped item bounds and a label point on its geometry', () => {
    for (const i of out.catalog.items.filter((x) => x.geometry_kind)) {
      expect(i.bounds, i.id).not.toBeNull();
      const [w, s, e, n] = i.bounds as [number, number, number, number];
      const [x, y] = i.label as [number, number];
      const eps = 1e-6;
      expect(x >= w - eps && x <= e + eps && y >= s - eps && y <= n + eps, i.id).toBe(true);
    }
  });

  it('agrees with the zone layer: every tagged zone holds at least part of its item (reported otherwise)', () => {
    expect(out.warnings).toEqual([]);
  });

  it('ships one map feature per mapped item plus one label point each, and zones with labels', () => {
    const mapped = out.catalog.items.filter((i) => i.geometry_kind).length;
    expect(out.map.features).toHaveLength(mapped * 2);
    expect(out.zones.features).toHaveLength(10);
  });
});

describe('the review date', () => {
  const review = JSON.parse(fs.readFileSync(path.join(root, 'geo/review.json'), 'utf8'));

  it('is the one date the catalogue carries, from geo/review.json, not the newest item date', () => {
    expect(out.catalog.reviewed).toBe(review.reviewed);
    const newest =
      out.catalog.items
        .map((i) => i.status_as_of)
        .sort()
        .at(-1) ?? '';
    expect(out.catalog.reviewed >= newest).toBe(true);
    expect(out.catalog.reviewed).not.toBe(newest);
  });

  it('marks every item whose status is more than recheck_after_months older than the review', () => {
    const cutoff = new Date(`${review.reviewed}T00:00:00Z`);
    cutoff.setUTCMonth(cutoff.getUTCMonth() - review.recheck_after_months);
    const limit = cutoff.toISOString().slice(0, 10);
    for (const i of out.catalog.items) expect(i.recheck, `${i.id} ${i.status_as_of}`).toBe(i.status_as_of < limit);
    // 趵突泉: confirmed 2021-04-14, years before the review.
    expect(item('spring-baotu').recheck).toBe(true);
    expect(out.catalog.items.some((i) => !i.recheck)).toBe(true);
  });

  it('puts the item on the boundary on the right side: exactly the period is not more', () => {
    const newest =
      out.catalog.items
        .map((i) => i.status_as_of)
        .sort()
        .at(-1) ?? '';
    const holder = out.catalog.items.find((i) => i.status_as_of === newest);
    if (!holder) throw new Error('no newest item');
    // Only the file that holds the newest item: the whole catalogue twice would be slow for nothing.
    const inputs = readInputs(root);
    const files = inputs.files.filter((f) => f.file === holder.file);
    const recheckAt = (reviewed: string) =>
      buildCatalog({
        ...inputs,
        files,
        review: { file: 'geo/review.json', text: JSON.stringify({ ...review, reviewed }) },
      }).catalog.items.find((i) => i.id === holder.id)?.recheck;
    // A review exactly recheck_after_months after the newest status date, then one day later.
    const atLimit = new Date(`${newest}T00:00:00Z`);
    atLimit.setUTCMonth(atLimit.getUTCMonth() + review.recheck_after_months);
    expect(recheckAt(atLimit.toISOString().slice(0, 10))).toBe(false);
    atLimit.setUTCDate(atLimit.getUTCDate() + 1);
    expect(recheckAt(atLimit.toISOString().slice(0, 10))).toBe(true);
  }, 30_000);
});

describe('the timeline of the catalogue', () => {
  const at = (id: string, month: string) => statusAt(item(id), month, out.catalog.reviewed);

  it('has 济莱高铁 under construction in June 2022 and operating from its opening on 30 December 2022', () => {
    expect(at('hsr-jinan-laiwu', '2022-06').status).toBe('under_construction');
    expect(at('hsr-jinan-laiwu', '2022-11').status).toBe('under_construction');
    expect(at('hsr-jinan-laiwu', '2022-12').status).toBe('in_operation');
    expect(at('hsr-jinan-laiwu', '2023-01').status).toBe('in_operation');
    // Its stations share the line's dates.
    expect(at('station-xueye', '2022-06').status).toBe('under_construction');
    expect(at('station-xueye', '2023-01').status).toBe('in_operation');
  });

  it('marks a missed promise: 济枣高铁 was to start in January 2021 and started on 16 December 2023', () => {
    expect(at('hsr-jinan-zaozhuang', '2022-06')).toMatchObject({ status: 'planned', behind: true });
    expect(at('hsr-jinan-zaozhuang', '2023-12')).toMatchObject({ status: 'under_construction', behind: false });
    // The earlier promise of its opening is kept, with its source, where the milestone has a newer one.
    expect(item('hsr-jinan-zaozhuang').history.find((h) => h.field === 'opening.planned')?.value).toBe('2024-06');
  });

  it('gives every item its own status at the review date: the milestones agree with the statuses', () => {
    const review = monthOf(out.catalog.reviewed);
    const disagree = out.catalog.items
      .map((i) => [i.id, i.status, statusAt(i, review, out.catalog.reviewed).status])
      .filter(([, status, derived]) => status !== derived);
    expect(disagree).toEqual([]);
  });

  it('dates the transport works: a planned opening for every line or station under construction', () => {
    const building = out.catalog.items.filter((i) => i.category === 'transport' && i.status === 'under_construction');
    expect(building.length).toBeGreaterThan(5);
    for (const i of building)
      expect(
        i.milestones.some((m) => m.stage === 'opening' && m.planned !== null),
        i.id,
      ).toBe(true);
  });
});

describe('the pipeline on bad input', () => {
  it('reports a zone tag that the geometry contradicts', () => {
    const inputs = readInputs(root);
    const fc = JSON.parse(inputs.files.find((f) => f.file.endsWith('culture.geojson'))?.text ?? '{}');
    const daming = fc.features.find((f: { properties: { id: string } }) => f.properties.id === 'daming-lake');
    daming.properties.zone = '南美';
    const out2 = buildCatalog({ ...inputs, files: [{ file: 'geo/items/culture.geojson', text: JSON.stringify(fc) }] });
    expect(out2.warnings).toEqual(['daming-lake: tagged 南美, but its geometry lies in 中优 100 %']);
  });

  it('stops on any invalid item and writes nothing partial', () => {
    const inputs = readInputs(root);
    const bad = { file: 'geo/items/bad.geojson', text: '{"type":"FeatureCollection","features":[{"type":"Feature"}]}' };
    expect(() => buildCatalog({ ...inputs, files: [...inputs.files, bad] })).toThrow(CatalogError);
    expect(() => buildCatalog({ ...inputs, files: [...inputs.files, bad] })).toThrow(
      /geo\/items\/bad\.geojson · feature #1/,
    );
  });
});
