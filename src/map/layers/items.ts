import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { Lang } from '../../i18n';
import { FONT_BOLD, FONT_REGULAR } from '../fonts';
import { palette } from '../palette';
import { CATEGORY_COLOURS, DASHED_STATUSES, MODE_COLOURS, ZONE_COLOURS, ZONE_INK } from '../themes';
import { matchTable } from './match';

// The plan on the map: two sources (zones, items) and a handful of layers. The items source holds
// each item's geometry plus one label point per item (`label: true`), made by the catalogue build.

export const ITEM_SOURCES = ['zones', 'items'] as const;
export type ItemSource = (typeof ITEM_SOURCES)[number];

const categoryColour = matchTable('category', CATEGORY_COLOURS, '#555');
const lineColour = matchTable('mode', MODE_COLOURS as Record<string, string>, categoryColour as unknown as string);
const zoneColour = matchTable('zone', ZONE_COLOURS, '#888');
const zoneInk = matchTable('zone', ZONE_INK, '#444');
const isSchematic: ExpressionSpecification = ['==', ['get', 'schematic'], true];
const isDashed: ExpressionSpecification = ['in', ['get', 'status'], ['literal', [...DASHED_STATUSES]]];
const kind = (k: 'point' | 'line' | 'area'): ExpressionSpecification => [
  'all',
  ['!=', ['get', 'label'], true],
  ['==', ['get', 'kind'], k],
];
const nameField = (lang: Lang): ExpressionSpecification => ['get', lang === 'zh' ? 'name_zh' : 'name_en'];

export const zoneFill: LayerSpecification = {
  id: 'zone-fill',
  type: 'fill',
  source: 'zones',
  filter: ['==', ['geometry-type'], 'Polygon'],
  paint: {
    'fill-color': zoneColour,
    // Yellow needs more body than the other hues to show at all.
    'fill-opacity': ['match', ['get', 'zone'], '北起', 0.22, 0.13],
  },
};

export const zoneLine: LayerSpecification = {
  id: 'zone-line',
  type: 'line',
  source: 'zones',
  filter: ['==', ['geometry-type'], 'Polygon'],
  layout: { 'line-join': 'round' },
  paint: { 'line-color': zoneColour, 'line-opacity': 0.55, 'line-width': 1.2, 'line-dasharray': [3, 2] },
};

export function zoneLabel(lang: Lang): LayerSpecification {
  return {
    id: 'zone-label',
    type: 'symbol',
    source: 'zones',
    filter: ['==', ['geometry-type'], 'Point'],
    layout: {
      'text-field':
        lang === 'zh' ? ['concat', ['get', 'zone'], '（示意）'] : ['concat', ['get', 'zone_en'], ' (schematic)'],
      'text-font': [FONT_BOLD],
      'text-size': 15,
      'text-letter-spacing': lang === 'zh' ? 0.15 : 0,
      'text-allow-overlap': false,
      'symbol-sort-key': 0,
    },
    paint: {
      'text-color': zoneInk,
      'text-halo-color': palette.labelHalo,
      'text-halo-width': 1.6,
      'text-opacity': 0.9,
    },
  };
}

export const itemAreaFill: LayerSpecification = {
  id: 'item-area-fill',
  type: 'fill',
  source: 'items',
  filter: kind('area'),
  paint: {
    'fill-color': categoryColour,
    // A district-sized site is a clear tint; the 22,000 km² metropolitan area only a breath of colour.
    'fill-opacity': ['interpolate', ['linear'], ['get', 'area_km2'], 0, 0.24, 100, 0.16, 1000, 0.08, 5000, 0.03],
  },
};

export const itemAreaLine: LayerSpecification = {
  id: 'item-area-line',
  type: 'line',
  source: 'items',
  filter: kind('area'),
  layout: { 'line-join': 'round' },
  paint: {
    'line-color': categoryColour,
    'line-width': 1.6,
    'line-opacity': 0.85,
    'line-dasharray': ['case', isSchematic, ['literal', [1, 2]], ['literal', [1, 0]]],
  },
};

const isSolidLine: ExpressionSpecification = ['all', kind('line'), ['!', isSchematic]];

export const itemLineCasing: LayerSpecification = {
  id: 'item-line-casing',
  type: 'line',
  source: 'items',
  filter: isSolidLine,
  layout: { 'line-join': 'round', 'line-cap': 'round' },
  paint: {
    'line-color': '#ffffff',
    'line-opacity': 0.85,
    'line-width': ['interpolate', ['linear'], ['zoom'], 7, 4.5, 12, 9],
  },
};

export const itemLine: LayerSpecification = {
  id: 'item-line',
  type: 'line',
  source: 'items',
  filter: kind('line'),
  layout: { 'line-join': 'round' },
  paint: {
    'line-color': lineColour,
    // Schematic lines (network slogans, station-to-station sketches) are thin; surveyed lines bold.
    'line-width': [
      'interpolate',
      ['linear'],
      ['zoom'],
      7,
      ['case', isSchematic, 1.2, 2.4],
      12,
      ['case', isSchematic, 2.4, 5.5],
    ],
    'line-opacity': ['case', isSchematic, 0.75, 1],
    // Dashes in line widths: schematic dotted, planned or building dashed, operating solid.
    'line-dasharray': [
      'case',
      isSchematic,
      ['literal', [1, 2]],
      isDashed,
      ['literal', [2.4, 1.4]],
      ['literal', [1, 0]],
    ],
  },
};

export const itemPoint: LayerSpecification = {
  id: 'item-point',
  type: 'circle',
  source: 'items',
  filter: kind('point'),
  paint: {
    'circle-radius': ['interpolate', ['linear'], ['zoom'], 7, 4.5, 12, 8],
    // Schematic or uncertain sites are hollow rings; known sites are solid dots.
    'circle-color': ['case', isSchematic, '#ffffff', lineColour],
    'circle-stroke-color': ['case', isSchematic, lineColour, '#ffffff'],
    'circle-stroke-width': ['case', isSchematic, 2.2, 1.6],
  },
};

export function itemLabel(lang: Lang): LayerSpecification {
  return {
    id: 'item-label',
    type: 'symbol',
    source: 'items',
    filter: ['==', ['get', 'label'], true],
    minzoom: 8,
    layout: {
      'text-field': nameField(lang),
      'text-font': [FONT_REGULAR],
      'text-size': ['interpolate', ['linear'], ['zoom'], 8, 11, 13, 14],
      'text-max-width': lang === 'zh' ? 9 : 12,
      'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
      'text-radial-offset': 0.8,
      'text-justify': 'auto',
      'text-padding': 2,
      // Points first: a site's name matters more than the name of a line that has others along it.
      'symbol-sort-key': ['match', ['get', 'kind'], 'point', 1, 'line', 2, 3],
    },
    paint: { 'text-color': palette.label, 'text-halo-color': palette.labelHalo, 'text-halo-width': 1.4 },
  };
}

/** Zones go under the district borders (soft tints); items go over everything but the district names. */
export function zoneLayers(lang: Lang): { under: LayerSpecification[]; labels: LayerSpecification[] } {
  return { under: [zoneFill, zoneLine], labels: [zoneLabel(lang)] };
}

export function itemLayers(lang: Lang): { shapes: LayerSpecification[]; labels: LayerSpecification[] } {
  return { shapes: [itemAreaFill, itemAreaLine, itemLineCasing, itemLine, itemPoint], labels: [itemLabel(lang)] };
}
