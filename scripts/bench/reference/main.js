// The benchmark's reference: maplibre-gl alone (no React, no app code) drawing the app's basemap files
// with the app's font subset, in layers comparable to src/map/layers/basemap.ts. The colours and sizes are
// copied, not imported, so that none of the app's code is in this bundle.
import 'maplibre-gl/dist/maplibre-gl.css';
// maplibre-gl itself, its major version and (6 only) its worker's URL: see vite.config.mjs.
import { major, maplibregl, workerUrl } from 'virtual:bench-maplibre';
import districts from '../../../geo/basemap/districts.geojson?url';
import extent from '../../../geo/basemap/extent.json';
import labels from '../../../geo/basemap/labels.geojson?url';
import lakes from '../../../geo/basemap/lakes.geojson?url';
import outline from '../../../geo/basemap/outline.geojson?url';
import rivers from '../../../geo/basemap/rivers.geojson?url';
import sea from '../../../geo/basemap/sea.geojson?url';
import shandong from '../../../geo/basemap/shandong.geojson?url';
// The font subset the app's build generates (scripts/vite/font-subset.ts): build the app first. One weight,
// as in the app (src/map/fonts.ts).
import fontUrl from '../../../src/generated/noto-sans-sc-regular.woff2?url';

const FONT = 'Noto Sans SC';
const state = {
  major,
  version: maplibregl.getVersion?.() ?? null,
  firstIdleAt: null,
  fonts: null,
};
window.__ref = state;

if (workerUrl) maplibregl.setWorkerUrl(workerUrl);

// The map's size: the app's map area when the benchmark passes it (?w=&h=), else the whole window.
const params = new URLSearchParams(location.search);
const container = document.getElementById('map');
if (params.get('w')) container.style.width = `${Number(params.get('w'))}px`;
if (params.get('h')) container.style.height = `${Number(params.get('h'))}px`;

const name = ['get', 'name_zh'];
const sources = {
  shandong: { type: 'geojson', data: shandong },
  sea: { type: 'geojson', data: sea },
  lakes: { type: 'geojson', data: lakes },
  districts: { type: 'geojson', data: districts, promoteId: 'adcode' },
  outline: { type: 'geojson', data: outline },
  rivers: { type: 'geojson', data: rivers },
  labels: { type: 'geojson', data: labels },
};
const ground = [
  { id: 'background', type: 'background', paint: { 'background-color': '#eceae4' } },
  {
    id: 'shandong-fill',
    type: 'fill',
    source: 'shandong',
    paint: { 'fill-color': ['case', ['get', 'neighbour'], '#e7e5de', '#f3f2ee'] },
  },
  { id: 'sea-fill', type: 'fill', source: 'sea', paint: { 'fill-color': '#c9dcea' } },
  {
    id: 'shandong-line',
    type: 'line',
    source: 'shandong',
    paint: { 'line-color': ['case', ['get', 'neighbour'], '#bdbab0', '#d4d2ca'], 'line-width': 0.8 },
  },
  { id: 'lake-fill', type: 'fill', source: 'lakes', paint: { 'fill-color': '#c9dcea' } },
  {
    id: 'district-fill',
    type: 'fill',
    source: 'districts',
    paint: {
      'fill-color': ['match', ['%', ['get', 'adcode'], 4], 0, '#fbf8f1', 1, '#f6f3ea', 2, '#f9f5ec', '#f4f1e8'],
    },
  },
  {
    id: 'district-line',
    type: 'line',
    source: 'districts',
    layout: { 'line-join': 'round' },
    paint: { 'line-color': '#a39d8f', 'line-width': ['interpolate', ['linear'], ['zoom'], 7, 0.7, 12, 1.6] },
  },
  {
    id: 'river-line',
    type: 'line',
    source: 'rivers',
    layout: { 'line-join': 'round', 'line-cap': 'round' },
    paint: { 'line-color': '#5e9bc7', 'line-width': ['interpolate', ['linear'], ['zoom'], 7, 1.6, 12, 5] },
  },
  {
    id: 'outline-line',
    type: 'line',
    source: 'outline',
    layout: { 'line-join': 'round' },
    paint: { 'line-color': '#4f4a40', 'line-width': ['interpolate', ['linear'], ['zoom'], 7, 1.4, 12, 3] },
  },
];
const halo = 'rgba(255,255,255,0.92)';
const labelLayers = [
  {
    id: 'sea-label',
    type: 'symbol',
    source: 'sea',
    layout: { 'text-field': name, 'text-font': [FONT], 'text-size': 13 },
    paint: { 'text-color': '#5c7f99' },
  },
  {
    id: 'river-label',
    type: 'symbol',
    source: 'rivers',
    layout: {
      'symbol-placement': 'line',
      'symbol-spacing': 320,
      'text-field': name,
      'text-font': [FONT],
      'text-size': 13,
      'text-letter-spacing': 0.2,
    },
    paint: { 'text-color': '#5e9bc7', 'text-halo-color': halo, 'text-halo-width': 1.4 },
  },
  {
    id: 'neighbour-label',
    type: 'symbol',
    source: 'labels',
    filter: ['==', ['get', 'label'], 'neighbour'],
    layout: { 'text-field': name, 'text-font': [FONT], 'text-size': 14 },
    paint: { 'text-color': '#8d897e', 'text-halo-color': halo, 'text-halo-width': 1 },
  },
  {
    id: 'district-label',
    type: 'symbol',
    source: 'labels',
    filter: ['==', ['get', 'label'], 'district'],
    layout: {
      'text-field': name,
      'text-font': [FONT],
      'text-size': ['interpolate', ['linear'], ['zoom'], 7, 12, 11, 18],
      'text-max-width': 8,
      'text-padding': 1,
    },
    paint: { 'text-color': '#2f2b24', 'text-halo-color': halo, 'text-halo-width': 1.6 },
  },
];

// maplibre-gl 6 reads the font file itself through the style's `font-faces`. Version 5 ignores that
// property; with `glyphs` omitted it draws every glyph with the canvas in the CSS font family named by
// `text-font`, so the same file is registered as a web font and the labels are added once it has loaded
// (a glyph drawn before its font is ready is drawn in a fallback font and cached).
const useFontFaces = major >= 6;
const style = {
  version: 8,
  sources,
  ...(useFontFaces ? { 'font-faces': { [FONT]: fontUrl } } : {}),
  layers: useFontFaces ? [...ground, ...labelLayers] : ground,
};
state.fonts = useFontFaces ? 'font-faces' : 'FontFace + local glyph rendering';

// The app's first camera (src/map/camera.ts framePadding(false)): Jinan's bounds beside the open legend.
const left = innerWidth > 1200 && innerHeight >= 800 ? 430 : 48;
const [w, s, e, n] = extent.jinan;
const map = new maplibregl.Map({
  container,
  style,
  bounds: [
    [w, s],
    [e, n],
  ],
  fitBoundsOptions: { padding: { top: 48, bottom: 48, left, right: 48 } },
  maxBounds: extent.region,
  minZoom: 6,
  maxZoom: 15,
  dragRotate: false,
  pitchWithRotate: false,
  attributionControl: false,
});
window.__ref.map = map;

const markIdle = () =>
  map.once('idle', () => {
    state.firstIdleAt = performance.now();
  });

if (useFontFaces) {
  markIdle();
} else {
  const face = new FontFace(FONT, `url(${fontUrl})`);
  const fontsReady = face.load().then(() => document.fonts.add(face));
  const styleReady = new Promise((resolve) => (map.isStyleLoaded() ? resolve() : map.once('style.load', resolve)));
  Promise.all([fontsReady, styleReady]).then(() => {
    for (const layer of labelLayers) map.addLayer(layer);
    markIdle();
  });
}
