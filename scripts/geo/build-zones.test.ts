import fs from 'node:fs';
import path from 'node:path';
import turfArea from '@turf/area';
import booleanClockwise from '@turf/boolean-clockwise';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import booleanValid from '@turf/boolean-valid';
import { featureCollection } from '@turf/helpers';
import turfIntersect from '@turf/intersect';
import kinks from '@turf/kinks';
import turfUnion from '@turf/union';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';

// Checks the committed geo/zones.geojson (output of `node scripts/geo/build-zones.mjs`): the five
// development directions of the 2022 report as a schematic partition of Jinan.

type Area = Feature<Polygon | MultiPolygon>;
interface ZoneProps {
  zone: string;
  zone_en: string;
  role_zh: string;
  role_en: string;
  area_km2: number;
  schematic: boolean;
  note_zh: string;
  note_en: string;
  basis: string;
  sources: string[];
}
type Zone = Feature<Polygon | MultiPolygon, ZoneProps>;

const root = path.resolve(import.meta.dirname, '../..');
const read = <T>(rel: string): T => JSON.parse(fs.readFileSync(path.join(root, rel), 'utf8'));

const zones = read<FeatureCollection<Polygon | MultiPolygon, ZoneProps>>('geo/zones.geojson');
const outline = read<FeatureCollection<Polygon | MultiPolygon>>('geo/basemap/outline.geojson');
const districts = read<FeatureCollection<Polygon | MultiPolygon>>('geo/basemap/districts.geojson');

const km2 = (f: Area | null | undefined) => (f ? turfArea(f) / 1e6 : 0);
const intersect = (a: Area, b: Area) => turfIntersect(featureCollection([a, b]));
const byName = (name: string): Zone => {
  const z = zones.features.find((f) => f.properties.zone === name);
  if (!z) throw new Error(`zone ${name} missing`);
  return z;
};
const district = (name: string): Area => {
  const d = districts.features.find((f) => f.properties?.name_zh === name);
  if (!d) throw new Error(`district ${name} missing`);
  return d;
};
const polygonsOf = (f: Area): Position[][][] =>
  f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;

const NAMES: Record<string, string> = {
  东强: 'East strong',
  西兴: 'West rising',
  南美: 'South beautiful',
  北起: 'North rising',
  中优: 'Centre optimised',
};

describe('geo/zones.geojson (schematic five-direction zones)', () => {
  it('holds exactly the five zones, with their English names and the schematic caveat', () => {
    expect(zones.type).toBe('FeatureCollection');
    expect(zones.features).toHaveLength(5);
    expect(zones.features.map((f) => f.properties.zone).sort()).toEqual(Object.keys(NAMES).sort());
    for (const f of zones.features) {
      const p = f.properties;
      expect(p.zone_en, p.zone).toBe(NAMES[p.zone]);
      expect(p.schematic, p.zone).toBe(true);
      expect(p.note_zh).toBe('示意范围，非法定边界');
      expect(p.note_en).toBe('Schematic extent, not a legal boundary');
      expect(p.role_zh.length, p.zone).toBeGreaterThan(5);
      expect(p.role_en.length, p.zone).toBeGreaterThan(10);
      expect(p.basis.length, p.zone).toBeGreaterThan(20);
      expect(p.sources.length, p.zone).toBeGreaterThan(0);
      // Outlet《title》date; the link only where the original's address is known (geo/source-hosts.json).
      for (const s of p.sources) expect(s, p.zone).toMatch(/^[^《]+《[^》]+》.*\d{4}-\d\d-\d\d/);
      // area_km2 is the @turf/area of the geometry, to one decimal.
      expect(Math.abs(p.area_km2 - km2(f)), p.zone).toBeLessThanOrEqual(0.051);
      expect(Math.round(p.area_km2 * 10) / 10).toBe(p.area_km2);
    }
  });

  it('has valid geometry: closed rings, exterior counter-clockwise, holes clockwise, no kinks, 5 decimals', () => {
    for (const f of zones.features) {
      const name = f.properties.zone;
      for (const polygon of polygonsOf(f)) {
        polygon.forEach((ring, i) => {
          expect(ring.length, name).toBeGreaterThanOrEqual(4);
          expect(ring[0], name).toEqual(ring.at(-1));
          expect(!booleanClockwise(ring), `${name} ring ${i} orientation`).toBe(i === 0);
          for (const [x, y] of ring as [number, number][]) {
            expect(Math.abs(x * 1e5 - Math.round(x * 1e5)), name).toBeLessThan(1e-6);
            expect(Math.abs(y * 1e5 - Math.round(y * 1e5)), name).toBeLessThan(1e-6);
          }
        });
      }
      expect(kinks(f).features, `${name} self-intersections`).toHaveLength(0);
      expect(booleanValid(f), `${name} valid`).toBe(true);
    }
  });

  it('tiles the Jinan outline: no overlaps (≤ 0.01 km² per pair), and the union has the outline area (±0.1 %)', () => {
    const fs_ = zones.features;
    for (let i = 0; i < fs_.length; i++) {
      for (let j = i + 1; j < fs_.length; j++) {
        const a = fs_[i] as Zone;
        const b = fs_[j] as Zone;
        expect(km2(intersect(a, b)), `${a.properties.zone} ∩ ${b.properties.zone}`).toBeLessThanOrEqual(0.01);
      }
    }
    const city = outline.features[0] as Area;
    const union = turfUnion(featureCollection(fs_ as Area[]));
    expect(Math.abs(km2(union) - km2(city)) / km2(city)).toBeLessThan(0.001);
    // No zone leaks outside the city either.
    expect(Math.abs(km2(intersect(union as Area, city)) - km2(city)) / km2(city)).toBeLessThan(0.001);
    const sum = fs_.reduce((s, f) => s + km2(f), 0);
    expect(Math.abs(sum - km2(city)) / km2(city)).toBeLessThan(0.001);
  });

  it('has plausible sizes for each zone', () => {
    // 中优: the area inside the 二环 ring (≈140 km²) plus 天桥区 between the ring and the Yellow River, plus the
    // plan's fifth area between the 小清河 and the Yellow River in 历城区 (华山, 北湖).
    expect(km2(byName('中优'))).toBeGreaterThan(40);
    expect(km2(byName('中优'))).toBeLessThan(220);
    expect(km2(intersect(byName('中优'), district('历城区')))).toBeGreaterThan(30);
    // 西兴: “1,700余 km²” per the 西兴 plan (2021); the south-west cut lines are estimates.
    expect(km2(byName('西兴'))).toBeGreaterThan(1200);
    expect(km2(byName('西兴'))).toBeLessThan(2500);
    // 南美: at least the 南部山区 (≈555-600 km²), at most that plus the hills of 市中区 and 长清区.
    expect(km2(byName('南美'))).toBeGreaterThan(550);
    expect(km2(byName('南美'))).toBeLessThan(1600);
    // 东强: officially about half of the city's land (章丘、莱芜、钢城、高新区、历下东部、历城大部).
    expect(km2(byName('东强'))).toBeGreaterThan(3500);
    expect(km2(byName('东强'))).toBeLessThan(5600);
    // 北起: 济阳区 and 商河县 whole, plus the 798 km² start-up area (much of it in 济阳区 already).
    const beiqi = byName('北起');
    for (const name of ['济阳区', '商河县']) {
      expect(km2(intersect(beiqi, district(name))) / km2(district(name)), name).toBeGreaterThan(0.99);
    }
    // The start-up area's parts outside 济阳区: 天桥区 north of the river (≈195 km²),
    // 遥墙/临港/唐王 in 历城区 (≈160 km²) and 高官寨 in 章丘区 (≈126 km²).
    expect(km2(intersect(beiqi, district('天桥区')))).toBeGreaterThan(150);
    expect(km2(intersect(beiqi, district('历城区')))).toBeGreaterThan(100);
    expect(km2(intersect(beiqi, district('章丘区')))).toBeGreaterThan(80);
    expect(km2(beiqi)).toBeGreaterThan(2600);
    expect(km2(beiqi)).toBeLessThan(3200);
    // The whole of 莱芜区 and 钢城区 is 东强 (official extent, 2021-03-03).
    for (const name of ['莱芜区', '钢城区']) {
      expect(km2(intersect(byName('东强'), district(name))) / km2(district(name)), name).toBeGreaterThan(0.99);
    }
  });

  // WGS-84 positions of known places (Wikipedia, OpenStreetMap, converted metro-station points or estimates from
  // published descriptions, as cited in geo/items/; the accuracy is in each label).
  const KNOWN: [string, Position, string][] = [
    ['大明湖 (OSM centroid)', [117.01776, 36.67489], '中优'],
    // The 中优 plan's fifth priority area, “小清河——黄河之间地区”, outside the ring to its north.
    ['华山 / 华不注山 (Wikipedia)', [117.0639, 36.7286], '中优'],
    ['北湖 area, between the 小清河 and the Yellow River west of 华山 (estimate, ±1.5 km)', [117.035, 36.725], '中优'],
    ['华山湖, east of 华山 (estimate, ±1 km)', [117.085, 36.735], '中优'],
    ['洪家楼 (inside the ring, ±500 m)', [117.068, 36.68], '中优'],
    ['济南西站 (Wikipedia)', [116.88694, 36.66889], '西兴'],
    ['长清站 (±1.5 km)', [116.725, 36.575], '西兴'],
    ['商河县城 / 国家农业科技园区 (±3 km)', [117.157, 37.31], '北起'],
    ['济阳 seat (Wikipedia)', [117.209, 36.978], '北起'],
    ['鹊山, north bank (Wikipedia)', [117.0008, 36.739], '北起'],
    ['机场南 metro station at the airport, south of the river (±150 m)', [117.20473, 36.85118], '北起'],
    ['济南机场, existing runway midpoint (OurAirports, ±150 m)', [117.21599, 36.85721], '北起'],
    ['章丘 明水, 百脉泉 (Wikipedia)', [117.53626, 36.71989], '东强'],
    // South of the 小清河, east of the 中优 strip: a hub named in the official 东强 statement.
    ['济南东站 (±300 m)', [117.1524, 36.748], '东强'],
    ['雪野站, 莱芜区 (±1.5 km)', [117.53, 36.455], '东强'],
    ['柳埠 seat, 南部山区 (±2 km)', [117.085, 36.475], '南美'],
    ['仲宫 seat, 南部山区 (±1.5 km)', [117.04, 36.56], '南美'],
  ];
  it.each(KNOWN)('puts %s in exactly one zone, the right one', (_label, position, expected) => {
    const hits = zones.features.filter((f) => booleanPointInPolygon(position, f)).map((f) => f.properties.zone);
    expect(hits).toEqual([expected]);
  });
});
