import fs from 'node:fs';
import path from 'node:path';
import turfArea from '@turf/area';
import turfBbox from '@turf/bbox';
import booleanClockwise from '@turf/boolean-clockwise';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import booleanWithin from '@turf/boolean-within';
import kinks from '@turf/kinks';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ESM script without types
import { BBOX } from './basemap-names.mjs';

const dir = path.resolve(import.meta.dirname, '../../geo/basemap');
const read = <T = FeatureCollection>(name: string): T => JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'));

const districts = read<FeatureCollection<Polygon | MultiPolygon>>('districts.geojson');
const outline = read<FeatureCollection<Polygon | MultiPolygon>>('outline.geojson');
const km2 = (f: Feature | FeatureCollection) => turfArea(f) / 1e6;
const transport = JSON.parse(
  fs.readFileSync(path.resolve(import.meta.dirname, '../../geo/items/transport.geojson'), 'utf8'),
) as FeatureCollection;

describe('geo/basemap (output of npm run geo:basemap)', () => {
  it('holds the 12 current county-level units with names, adcodes and kinds', () => {
    expect(districts.features).toHaveLength(12);
    const props = districts.features.map((f) => f.properties ?? {});
    expect(new Set(props.map((p) => p.adcode)).size).toBe(12);
    for (const p of props) {
      expect(p.name_zh).toMatch(/^[\u4e00-\u9fff]{2,3}[区县]$/);
      expect(p.name_en).toMatch(/^[A-Z][a-z]+ (District|County)$/);
      expect(p.kind).toBe(p.name_zh.endsWith('县') ? 'county' : 'district');
      expect(String(p.adcode)).toMatch(/^3701\d\d$/);
    }
    expect(props.map((p) => p.name_zh)).toEqual(
      expect.arrayContaining(['历下区', '莱芜区', '钢城区', '章丘区', '济阳区', '平阴县', '商河县']),
    );
  });

  it('has valid rings: closed, at least four positions, counter-clockwise outside, no self-intersection', () => {
    for (const f of [...districts.features, ...outline.features]) {
      const name = f.properties?.name_zh;
      const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      for (const polygon of polygons) {
        polygon.forEach((ring, i) => {
          expect(ring.length, name).toBeGreaterThanOrEqual(4);
          expect(ring[0], name).toEqual(ring.at(-1));
          expect(!booleanClockwise(ring), `${name} ring ${i} orientation`).toBe(i === 0);
        });
      }
      expect(kinks(f).features, `${name} self-intersections`).toHaveLength(0);
    }
  });

  it('covers about 10,200 km² in total, and the outline matches the districts (shared borders stay shared)', () => {
    const total = districts.features.reduce((sum, f) => sum + km2(f), 0);
    // Jinan's official land area is 10,244 km²; simplification and the source's precision cost a little.
    expect(total).toBeGreaterThan(10_000);
    expect(total).toBeLessThan(10_400);
    // With gaps or overlaps between districts, the dissolved outline's area would differ from the sum.
    expect(Math.abs(km2(outline) - total) / total).toBeLessThan(0.001);
  });

  it('is in WGS-84: the districts sit on true ground positions, not on GCJ-02 ones', () => {
    // 济南泉城广场 (Quancheng Square) is at about 117.0195 E, 36.6612 N in WGS-84 and lies in 历下区.
    const lixia = districts.features.find((f) => f.properties?.name_zh === '历下区');
    expect(lixia).toBeDefined();
    if (!lixia) return;
    expect(booleanPointInPolygon([117.0195, 36.6612], lixia)).toBe(true);
    // The Yellow River crosses the outline; its Luokou reach is near 116.99 E, 36.72 N (WGS-84).
    const river = read<FeatureCollection>('rivers.geojson');
    const near = river.features
      .flatMap((f) => (f.geometry.type === 'MultiLineString' ? f.geometry.coordinates.flat() : []))
      .some(([x, y]) => Math.hypot((x as number) - 116.99, (y as number) - 36.72) < 0.03);
    expect(near).toBe(true);
  });

  it('keeps every file inside the region and records the outline extent', () => {
    const extent = read<{ jinan: number[]; region: number[] }>('extent.json');
    // The region the script clips to is the one the app reads (src/catalog/region.ts).
    expect(extent.region).toEqual(BBOX);
    const [w, s, e, n] = extent.region as [number, number, number, number];
    for (const file of ['districts', 'outline', 'shandong', 'sea', 'rivers', 'lakes', 'labels']) {
      const fc = read(`${file}.geojson`);
      expect(fc.features.length, file).toBeGreaterThan(0);
      const [x0, y0, x1, y1] = turfBbox(fc);
      expect(x0 >= w - 1 && y0 >= s - 1 && x1 <= e + 1 && y1 <= n + 1, file).toBe(true);
    }
    expect(turfBbox(outline).map((v) => Math.round(v * 1e5) / 1e5)).toEqual(extent.jinan);
  });

  it('has the five neighbouring prefectures as context and one label anchor inside every district', () => {
    const shandong = read('shandong.geojson');
    const neighbours = shandong.features.filter((f) => f.properties?.neighbour).map((f) => f.properties?.name_zh);
    expect(neighbours.sort()).toEqual(['德州市', '淄博市', '泰安市', '滨州市', '聊城市'].sort());
    expect(shandong.features.map((f) => f.properties?.name_zh)).not.toContain('济南市');
    const labels = read('labels.geojson').features.filter((f) => f.properties?.label === 'district');
    expect(labels).toHaveLength(12);
    for (const label of labels) {
      const district = districts.features.find((d) => d.properties?.adcode === label.properties?.adcode);
      expect(district && label.geometry.type === 'Point' && booleanPointInPolygon(label.geometry, district)).toBe(true);
    }
  });

  it('puts Jinan airport wholly in 历城区 (遥墙街道): the border correction north of the airfield holds', () => {
    // The source's 历城/章丘 border crossed runway 01/19 and put its northern 1.3 km in 章丘区
    // (scripts/geo/border-corrections.json); the airport lies wholly in 遥墙街道, 历城区.
    const licheng = districts.features.find((f) => f.properties?.adcode === 370112);
    if (!licheng) throw new Error('no 历城区 in districts.geojson');
    const ids = [
      'airport-runway-existing',
      'airport-runway-west1',
      'airport-runway-west2',
      'airport-t2',
      'airport-gtc',
    ];
    for (const id of ids) {
      const item = transport.features.find((f) => f.properties?.id === id);
      if (!item?.geometry) throw new Error(`no geometry for ${id} in transport.geojson`);
      expect(booleanWithin(item.geometry, licheng), `${id} lies wholly in 历城区`).toBe(true);
      for (const other of districts.features.filter((f) => f !== licheng))
        expect(booleanWithin(item.geometry, other), `${id} in ${other.properties?.name_zh}`).toBe(false);
    }
  });
});
