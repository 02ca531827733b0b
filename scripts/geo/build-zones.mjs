#!/usr/bin/env node
// Builds geo/zones.geojson: the five development directions of the 2022 report
// (东强、西兴、南美、北起、中优) as a SCHEMATIC partition of Jinan — five polygons that tile the
// city outline with no gap and no overlap.
//
// Inputs: geo/basemap/districts.geojson and outline.geojson (the 12 county-level units, WGS-84),
// geo/basemap/rivers.geojson (the Yellow River, used as a check), and scripts/geo/zone-cuts.json
// (the documented cut lines and areas, with their basis, sources and accuracy).
//
// Method: each zone = (union of its parts) ∩ outline − every zone built before it, in the order
// 中优, 北起, 南美, 西兴; 东强 is the remainder. A part is a cut area, a whole district, a district
// minus a cut area, a cut area minus another, or a district on one side of a cut line. Pieces under 0.5 km² are merged into
// the neighbour they share the most border with. Usage: node scripts/geo/build-zones.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import turfArea from '@turf/area';
import booleanValid from '@turf/boolean-valid';
import turfBuffer from '@turf/buffer';
import turfDifference from '@turf/difference';
import flatten from '@turf/flatten';
import { feature, featureCollection, multiPolygon, point } from '@turf/helpers';
import turfIntersect from '@turf/intersect';
import kinks from '@turf/kinks';
import pointToLineDistance from '@turf/point-to-line-distance';
import polygonToLine from '@turf/polygon-to-line';
import rewind from '@turf/rewind';
import truncate from '@turf/truncate';
import turfUnion from '@turf/union';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const readJson = (rel) => JSON.parse(fs.readFileSync(path.join(root, rel), 'utf8'));
const OUT = 'geo/zones.geojson';
const SLIVER_KM2 = 0.5;
const PRECISION = 5;

const districts = readJson('geo/basemap/districts.geojson').features;
const outline = readJson('geo/basemap/outline.geojson').features[0];
const rivers = readJson('geo/basemap/rivers.geojson').features;
const cutsFile = readJson('scripts/geo/zone-cuts.json');
const cuts = Object.fromEntries(cutsFile.cuts.map((c) => [c.id, c]));

// ---- Zone metadata (roles in our own words, after the official plans and press conferences) ----
const SRC = {
  zhongyou:
    '大众网·海报新闻《济南“中优”近期项目行动方案公布！重点打造五大片区》2020-11-18 http://jinan.dzwww.com/jrtt/202011/t20201118_7066455.htm',
  xixing1:
    '舜网-济南时报《济南“西兴”将着力打造七大板块 较“西进”时代面积扩大近4倍 将推进党家智慧城建设、山水水泥厂外迁》2021-05-08 http://news.e23.cn/jnnews/2021-05-08/2021050862458.html',
  xixing2: '中国新闻网《济南谋划西部振兴 打造黄河流域高质量发展新增长极》2021-05-11',
  nanmei:
    '大众网（据舜网-济南日报）《山青水绿，好一幅“南美”画卷——解码济南“东强、西兴、南美、北起、中优”城市发展新格局之三》2020-08-05 http://jinan.dzwww.com/qcxw/202008/t20200805_6363796.htm',
  nanbuPlan: '山东省交通运输厅（微信公众号）《济南南部山区最新规划公布！》2025-06-19',
  beiqi: '国家发展改革委《关于印发〈济南新旧动能转换起步区建设实施方案〉的通知》（发改地区〔2021〕645号）2021-05-08',
  dongqiang:
    '人民网（记者宋翠）《原题未取得》2021-03-03 — 市发改委副主任李冠伟：“东强”区域包括章丘、莱芜、钢城、济南高新区和历下东部、历城大部地区',
};

const ZONES = {
  中优: {
    zone_en: 'Centre optimised',
    role_zh: '优化老城风貌和业态、提升城市功能和品质，建设历史文化名城核心区与中央活动区',
    role_en:
      "Refine the old city's townscape and uses and raise its functions: the historic core and central activity zone",
    basis:
      "二环路 ring (drawn through named interchanges, ±600 m), plus 天桥区 south of the Yellow River outside the ring (its river line from the 起步区 outline), plus the plan's fifth priority area, the land between the 小清河 and the Yellow River (华山, 北湖) as far east as the 石济客专 north-west of 济南东站 (the river line estimated, ±1 km; the eastern limit a guess).",
    sources: [SRC.zhongyou],
  },
  北起: {
    zone_en: 'North rising',
    role_zh: '以新旧动能转换起步区为主战场携河北跨，建设现代化田园城市',
    role_en:
      'Grow north across the Yellow River, led by the Start-up Area for new growth drivers: a modern garden city',
    basis:
      '济阳区 and 商河县 whole, plus the 起步区 outline (constructed from its official verbal extent, ±2.5 km) with its parts south of the river in 历城区 and 章丘区 (遥墙、临港、唐王中西部、高官寨).',
    sources: [SRC.beiqi],
  },
  南美: {
    zone_en: 'South beautiful',
    role_zh: '保护南部山区这一城市“绿肺”和泉城“水塔”，显山露水、保泉增绿，携手泰安共建“大美泰山”',
    role_en:
      "Protect the southern mountains, the city's green lung and the springs' water tower, and join Tai'an in one Mount Tai ecological community",
    basis:
      '历城区 south of the estimated 南部山区 northern cut (±2.5 km), plus 市中区 east of an estimated 党家/十六里河 line (the 十六里河 and 兴隆 hills) and 长清区 east of the estimated 五峰山/马山 east edges (张夏, 万德); the last two lines are guesses (±3-5 km).',
    sources: [SRC.nanmei, SRC.nanbuPlan],
  },
  西兴: {
    zone_en: 'West rising',
    role_zh: '保护山水生态、振兴西部，打造黄河流域高质量发展新增长极（城市活力副中心、医学医疗名城、文旅康养胜地）',
    role_en:
      'Revive the west as a new growth pole on the Yellow River: river ecology, a lively sub-centre, medicine and health tourism',
    basis:
      '槐荫区 and 平阴县 whole, plus 市中区 and 长清区 west of 二环西路 and of an estimated line between 党家 and 十六里河 and along the 五峰山/马山 east edges (official extent: 二环西路—五峰山街道、马山镇东界以西; south of 经十路 the line is a guess, ±3-5 km).',
    sources: [SRC.xixing1, SRC.xixing2],
  },
  东强: {
    zone_en: 'East strong',
    role_zh: '以高新区和经十东路科创走廊为轴，做强先进制造业和科技创新，建设城市发展的“东部引擎”',
    role_en:
      'Strengthen the east: advanced manufacturing and science along the Jingshi Road East corridor, from the Hi-tech Zone to Zhangqiu, Laiwu and Gangcheng',
    basis:
      'The remainder: 历下区 and 历城区 outside the ring, the 起步区 and the 南部山区; 章丘区 outside the 起步区; 莱芜区 and 钢城区 whole (official extent: 章丘、莱芜、钢城、济南高新区和历下东部、历城大部).',
    sources: [SRC.dongqiang],
  },
};

// ---- Geometry helpers ----
const km2 = (f) => (f ? turfArea(f) / 1e6 : 0);
const fc = (...fs) => featureCollection(fs.filter(Boolean));
const intersect = (a, b) => (a && b ? turfIntersect(fc(a, b)) : null);
const difference = (a, b) => (a && b ? turfDifference(fc(a, b)) : a);
const unionAll = (list) => {
  const items = list.filter(Boolean);
  if (items.length === 0) return null;
  return items.length === 1 ? items[0] : turfUnion(featureCollection(items));
};
const districtByName = Object.fromEntries(districts.map((d) => [d.properties.name_zh, d]));
const district = (name) => {
  const d = districtByName[name];
  if (!d) throw new Error(`zone-cuts.json: unknown district ${name}`);
  return d;
};
const cutFeature = (id) => {
  const c = cuts[id];
  if (!c) throw new Error(`zone-cuts.json: unknown cut ${id}`);
  return feature(c.geometry, { id });
};

/**
 * The polygon on one side of a cut line. The line must cross the whole area it cuts and be
 * monotone along its direction (N→S for side west/east, W→E for side north/south); the polygon
 * is closed 5° beyond the line's far side.
 */
function sidePolygon(id, side) {
  const c = cuts[id];
  if (c?.geometry.type !== 'LineString') throw new Error(`zone-cuts.json: ${id} is not a line`);
  const line = c.geometry.coordinates;
  const ns = side === 'west' || side === 'east';
  for (let i = 1; i < line.length; i++) {
    const ok = ns ? line[i][1] < line[i - 1][1] : line[i][0] > line[i - 1][0];
    if (!ok) throw new Error(`${id}: vertex ${i} breaks the ${ns ? 'north-to-south' : 'west-to-east'} order`);
  }
  const first = line[0];
  const last = line.at(-1);
  const far = { west: [-5, 0], east: [5, 0], south: [0, -5], north: [0, 5] }[side];
  if (!far) throw new Error(`${id}: unknown side ${side}`);
  const ring = [...line, [last[0] + far[0], last[1] + far[1]], [first[0] + far[0], first[1] + far[1]], first];
  return rewind(feature({ type: 'Polygon', coordinates: [ring] }, { id, side }));
}

function part(spec) {
  let geom = spec.cut ? cutFeature(spec.cut) : district(spec.district);
  if (spec.minus_cut) geom = difference(geom, cutFeature(spec.minus_cut));
  if (spec.side) geom = intersect(geom, sidePolygon(spec.of, spec.side));
  return geom;
}

// ---- 1. Build the zones in order, each clipped to the outline minus the zones before it ----
const plan = cutsFile.construction.zones;
const zones = {};
let taken = null;
for (const step of plan) {
  let z;
  if (step.rest) z = difference(outline, taken);
  else z = difference(intersect(unionAll(step.parts.map(part)), outline), taken);
  if (!z) throw new Error(`${step.zone}: empty`);
  zones[step.zone] = z;
  taken = unionAll([taken, z]);
}
const ORDER = plan.map((s) => s.zone);

// ---- 2. Merge slivers (< 0.5 km²) into the neighbour sharing the most border ----
const pieces = (f) => (f ? flatten(f).features : []);
function sharedWith(piece, other) {
  // Area of the other zone inside a thin band round the piece: proportional to the shared border.
  const band = turfBuffer(piece, 0.03, { units: 'kilometers' });
  return km2(intersect(band, other));
}
let merged = 0;
for (let pass = 0; pass < 5; pass++) {
  let changed = false;
  for (const name of ORDER) {
    for (const p of pieces(zones[name])) {
      const a = km2(p);
      if (a >= SLIVER_KM2) continue;
      let best = null;
      let bestShare = 0;
      for (const other of ORDER) {
        if (other === name) continue;
        const s = sharedWith(p, zones[other]);
        if (s > bestShare) [best, bestShare] = [other, s];
      }
      if (!best) continue; // an isolated piece with no neighbour: keep it
      zones[name] = difference(zones[name], p);
      zones[best] = unionAll([zones[best], p]);
      merged++;
      changed = true;
      if (a >= 0.001) console.log(`  sliver ${a.toFixed(3)} km² of ${name} → ${best}`);
    }
  }
  if (!changed) break;
}

// ---- 3. Round, clean, orient (RFC 7946: exterior rings counter-clockwise) ----
// Polygon clipping leaves zero-width spikes where two cut edges coincide (A→B→A along one line) and
// rounding can add more. Drop every vertex that lies within 0.2 m of the line through its
// neighbours (a spike or a redundant collinear vertex): the outline moves by less than 0.2 m.
const SPIKE_DEG = 2e-6;
function cleanRing(ring) {
  let r = ring.slice(0, -1);
  for (let changed = true; changed && r.length >= 3; ) {
    changed = false;
    for (let i = 0; i < r.length && r.length >= 3; i++) {
      const a = r[(i - 1 + r.length) % r.length];
      const b = r[i];
      const c = r[(i + 1) % r.length];
      const [abx, aby, acx, acy] = [b[0] - a[0], b[1] - a[1], c[0] - a[0], c[1] - a[1]];
      const ac = Math.hypot(acx, acy);
      // ac ≈ 0: b is the tip of a spike that returns to where it started.
      const off = ac < SPIKE_DEG ? 0 : Math.abs(abx * acy - aby * acx) / ac;
      const dup = Math.hypot(abx, aby) < 1e-9;
      if (dup || off < SPIKE_DEG) {
        r.splice(i, 1);
        changed = true;
        i--;
      }
    }
  }
  if (r.length < 3) return null;
  r = [...r, r[0]];
  return r;
}
function cleanPolygons(f) {
  const polys = (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates)
    .map((poly) => poly.map(cleanRing))
    .filter((poly) => poly[0])
    .map((poly) => poly.filter(Boolean));
  const g = polys.length === 1 ? feature({ type: 'Polygon', coordinates: polys[0] }) : multiPolygon(polys);
  return rewind(g, { reverse: false });
}
const tidy = (f) => cleanPolygons(truncate(cleanPolygons(f), { precision: PRECISION, coordinates: 2 }));

const out = [];
for (const name of ['东强', '西兴', '南美', '北起', '中优']) {
  const meta = ZONES[name];
  const g = tidy(zones[name]);
  const area = Math.round(km2(g) * 10) / 10;
  const bad = kinks(g).features.length;
  if (bad || !booleanValid(g)) throw new Error(`${name}: invalid geometry after rounding (${bad} kinks)`);
  out.push({
    type: 'Feature',
    properties: {
      zone: name,
      zone_en: meta.zone_en,
      role_zh: meta.role_zh,
      role_en: meta.role_en,
      area_km2: area,
      schematic: true,
      note_zh: '示意范围，非法定边界',
      note_en: 'Schematic extent, not a legal boundary',
      basis: meta.basis,
      sources: meta.sources,
    },
    geometry: g.geometry,
  });
}

// ---- 4. Checks: a partition of the outline, and 北起's southern edge on the Yellow River ----
const total = out.reduce((s, f) => s + km2(f), 0);
const city = km2(outline);
console.log(`outline ${city.toFixed(1)} km², zones ${total.toFixed(1)} km² (${merged} slivers merged)`);
if (Math.abs(total - city) / city > 0.001) throw new Error('zones do not tile the outline');
for (let i = 0; i < out.length; i++) {
  for (let j = i + 1; j < out.length; j++) {
    const o = km2(intersect(out[i], out[j]));
    if (o > 0.01) throw new Error(`${out[i].properties.zone} overlaps ${out[j].properties.zone} by ${o} km²`);
  }
}
// The Yellow River (GSHHG/WDBII) where it forms 北起's southern edge (天桥区 to the 石济 bridge,
// 116.88-117.10 E) must run within 2 km of that edge. The edge there is the 起步区 outline's river line,
// drawn on Wikipedia anchors (鹊山, 泺口 bridge, the parks on either bank); GSHHG is coarser and runs up
// to 1.8 km south of it near 116.95 E, south of the south-bank 百里黄河风景区 (36.7325 N).
const beiqi = out.find((f) => f.properties.zone === '北起');
const beiqiEdge = polygonToLine(beiqi);
const edgeLines = beiqiEdge.type === 'FeatureCollection' ? beiqiEdge.features : [beiqiEdge];
const riverPts = rivers
  .flatMap((f) => (f.geometry.type === 'MultiLineString' ? f.geometry.coordinates.flat() : f.geometry.coordinates))
  .filter(([x, y]) => x > 116.88 && x < 117.1 && y > 36.7 && y < 36.82);
let worst = 0;
for (const c of riverPts) {
  const d = Math.min(...edgeLines.map((l) => pointToLineDistance(point(c), l, { units: 'kilometers' })));
  worst = Math.max(worst, d);
}
console.log(
  `Yellow River vs 北起 edge (116.88-117.10 E): ${riverPts.length} river vertices, worst ${worst.toFixed(2)} km`,
);
if (riverPts.length === 0 || worst > 2) throw new Error('北起 southern edge is not on the Yellow River');

// Composition per district, for the log.
for (const f of out) {
  const parts = districts
    .map((d) => [d.properties.name_zh, km2(intersect(f, d))])
    .filter(([, a]) => a >= 0.05)
    .map(([n, a]) => `${n} ${a.toFixed(1)}`);
  console.log(`${f.properties.zone} ${f.properties.area_km2} km² (${f.geometry.type}): ${parts.join(', ')}`);
}

// ---- 5. Write: pretty-printed, 2-space ----
const collection = {
  type: 'FeatureCollection',
  metadata: {
    title: 'Five development directions of Jinan (东强、西兴、南美、北起、中优) — schematic partition',
    schematic: true,
    crs: 'WGS-84',
    generated_by:
      'scripts/geo/build-zones.mjs from geo/basemap/districts.geojson, outline.geojson and scripts/geo/zone-cuts.json',
  },
  features: out,
};
fs.writeFileSync(path.join(root, OUT), `${JSON.stringify(collection, null, 2)}\n`);
console.log(`${OUT}: ${out.length} zones, ${fs.statSync(path.join(root, OUT)).size} bytes`);
