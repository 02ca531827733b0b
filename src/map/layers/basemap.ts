import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { Lang } from '../../i18n';
import { FONT_REGULAR } from '../fonts';
import { palette } from '../palette';

// Basemap sources are named after their files in geo/basemap/.
export const BASEMAP_SOURCES = ['shandong', 'sea', 'lakes', 'districts', 'outline', 'rivers', 'labels'] as const;
export type BasemapSource = (typeof BASEMAP_SOURCES)[number];

const nameField = (lang: Lang) => ['get', lang === 'zh' ? 'name_zh' : 'name_en'] as const;

export const backgroundLayer: LayerSpecification = {
  id: 'background',
  type: 'background',
  paint: { 'background-color': palette.background },
};

export const shandongFill: LayerSpecification = {
  id: 'shandong-fill',
  type: 'fill',
  source: 'shandong',
  paint: {
    'fill-color': ['case', ['get', 'neighbour'], palette.neighbour, palette.shandong],
  },
};

export const shandongLine: LayerSpecification = {
  id: 'shandong-line',
  type: 'line',
  source: 'shandong',
  paint: {
    'line-color': ['case', ['get', 'neighbour'], palette.neighbourLine, palette.shandongLine],
    'line-width': 0.8,
  },
};

export const seaFill: LayerSpecification = {
  id: 'sea-fill',
  type: 'fill',
  source: 'sea',
  paint: { 'fill-color': palette.sea },
};

export const lakeFill: LayerSpecification = {
  id: 'lake-fill',
  type: 'fill',
  source: 'lakes',
  paint: { 'fill-color': palette.lake },
};

// A chosen district is feature-state (`chosen`, by adcode; see planState.ts), so choosing one is a
// redraw, not a new layout of the districts.
const chosen: ExpressionSpecification = ['boolean', ['feature-state', 'chosen'], false];

export function districtFill(): LayerSpecification {
  // Four alternating tints tell neighbouring districts apart without drawing attention.
  const tint: ExpressionSpecification = [
    'match',
    ['%', ['get', 'adcode'], 4],
    0,
    palette.district[0],
    1,
    palette.district[1],
    2,
    palette.district[2],
    palette.district[3],
  ];
  return {
    id: 'district-fill',
    type: 'fill',
    source: 'districts',
    paint: {
      'fill-color': ['case', chosen, palette.districtChosen, tint],
    },
  };
}

export const districtLine: LayerSpecification = {
  id: 'district-line',
  type: 'line',
  source: 'districts',
  layout: { 'line-join': 'round' },
  paint: {
    'line-color': palette.districtLine,
    'line-width': ['interpolate', ['linear'], ['zoom'], 7, 0.7, 12, 1.6],
  },
};

/** The chosen districts' borders, drawn over everything but the labels. */
export function districtChosenLine(): LayerSpecification {
  return {
    id: 'district-chosen-line',
    type: 'line',
    source: 'districts',
    layout: { 'line-join': 'round' },
    paint: {
      'line-color': palette.districtChosenLine,
      // No width unless chosen: a transparent line would still be rasterised on every frame.
      'line-width': ['interpolate', ['linear'], ['zoom'], 7, ['case', chosen, 2.6, 0], 12, ['case', chosen, 4.5, 0]],
    },
  };
}

export const riverLine: LayerSpecification = {
  id: 'river-line',
  type: 'line',
  source: 'rivers',
  layout: { 'line-join': 'round', 'line-cap': 'round' },
  paint: {
    'line-color': palette.river,
    'line-width': ['interpolate', ['linear'], ['zoom'], 7, 1.6, 12, 5],
  },
};

export const outlineLine: LayerSpecification = {
  id: 'outline-line',
  type: 'line',
  source: 'outline',
  layout: { 'line-join': 'round' },
  paint: {
    'line-color': palette.outline,
    'line-width': ['interpolate', ['linear'], ['zoom'], 7, 1.4, 12, 3],
  },
};

export function riverLabel(lang: Lang): LayerSpecification {
  return {
    id: 'river-label',
    type: 'symbol',
    source: 'rivers',
    layout: {
      'symbol-placement': 'line',
      'symbol-spacing': 320,
      'text-field': nameField(lang) as never,
      'text-font': [FONT_REGULAR],
      'text-size': 13,
      'text-letter-spacing': lang === 'zh' ? 0.2 : 0.05,
    },
    paint: { 'text-color': palette.river, 'text-halo-color': palette.labelHalo, 'text-halo-width': 1.4 },
  };
}

export function seaLabel(lang: Lang): LayerSpecification {
  return {
    id: 'sea-label',
    type: 'symbol',
    source: 'sea',
    layout: { 'text-field': nameField(lang) as never, 'text-font': [FONT_REGULAR], 'text-size': 13 },
    paint: { 'text-color': palette.seaLabel },
  };
}

export function neighbourLabel(lang: Lang): LayerSpecification {
  return {
    id: 'neighbour-label',
    type: 'symbol',
    source: 'labels',
    filter: ['==', ['get', 'label'], 'neighbour'],
    layout: { 'text-field': nameField(lang) as never, 'text-font': [FONT_REGULAR], 'text-size': 14 },
    paint: { 'text-color': palette.neighbourLabel, 'text-halo-color': palette.labelHalo, 'text-halo-width': 1 },
  };
}

export function districtLabel(lang: Lang): LayerSpecification {
  return {
    id: 'district-label',
    type: 'symbol',
    source: 'labels',
    filter: ['==', ['get', 'label'], 'district'],
    layout: {
      'text-field': nameField(lang) as never,
      'text-font': [FONT_REGULAR],
      'text-size': ['interpolate', ['linear'], ['zoom'], 7, 12, 11, 18],
      'text-max-width': 8,
      // Every district keeps its name at city zoom, even the small central ones.
      'text-allow-overlap': false,
      'text-padding': 1,
    },
    paint: { 'text-color': palette.label, 'text-halo-color': palette.labelHalo, 'text-halo-width': 1.6 },
  };
}

/** The basemap in parts, so that the plan's layers can go between them. */
export function basemapLayers(
  lang: Lang,
  projector = false,
): Record<'ground' | 'borders' | 'chosen' | 'labels' | 'districtLabels', LayerSpecification[]> {
  // A projector washes out thin grey lines: borders go darker and heavier.
  const borders = projector
    ? [
        {
          ...districtLine,
          paint: { ...districtLine.paint, 'line-color': '#5f594c', 'line-width': 1.6 },
        } as LayerSpecification,
        riverLine,
        { ...outlineLine, paint: { ...outlineLine.paint, 'line-width': 3 } } as LayerSpecification,
      ]
    : [districtLine, riverLine, outlineLine];
  return {
    ground: [backgroundLayer, shandongFill, seaFill, shandongLine, lakeFill, districtFill()],
    borders,
    chosen: [districtChosenLine()],
    labels: [seaLabel(lang), riverLabel(lang), neighbourLabel(lang)],
    districtLabels: [districtLabel(lang)],
  };
}
