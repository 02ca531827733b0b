import type { ExpressionSpecification, LayerSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import type { Lang } from '../../i18n';
import { FONT_REGULAR } from '../fonts';
import { palette } from '../palette';
import { FULL_SIZE_ZOOM } from '../tileZoom';
import { BASE_SOURCE, onPart } from './base';
import { byZoom, perFeature } from './perFeature';

// Every basemap layer draws one part of the `base` source (see base.ts), named after its file in geo/basemap/.

const nameField = (lang: Lang) => ['get', lang === 'zh' ? 'name_zh' : 'name_en'] as const;

export const backgroundLayer: LayerSpecification = {
  id: 'background',
  type: 'background',
  paint: { 'background-color': palette.background },
};

export const shandongFill: LayerSpecification = {
  id: 'shandong-fill',
  type: 'fill',
  source: BASE_SOURCE,
  filter: onPart('shandong'),
  paint: {
    'fill-color': ['case', ['get', 'neighbour'], palette.neighbour, palette.shandong],
    'fill-opacity': perFeature(1),
    // The borders are lines of their own: no antialiased outline pass (and no extra shader) for fills.
    'fill-antialias': false,
  },
};

export const shandongLine: LayerSpecification = {
  id: 'shandong-line',
  type: 'line',
  source: BASE_SOURCE,
  filter: onPart('shandong'),
  paint: {
    'line-color': ['case', ['get', 'neighbour'], palette.neighbourLine, palette.shandongLine],
    'line-width': byZoom([7, 0.8], [FULL_SIZE_ZOOM, 0.8]),
    'line-opacity': perFeature(1),
  },
};

export const seaFill: LayerSpecification = {
  id: 'sea-fill',
  type: 'fill',
  source: BASE_SOURCE,
  filter: onPart('sea'),
  paint: { 'fill-color': perFeature(palette.sea), 'fill-opacity': perFeature(1), 'fill-antialias': false },
};

export const lakeFill: LayerSpecification = {
  id: 'lake-fill',
  type: 'fill',
  source: BASE_SOURCE,
  filter: onPart('lakes'),
  paint: { 'fill-color': perFeature(palette.lake), 'fill-opacity': perFeature(1), 'fill-antialias': false },
};

// A chosen district is feature-state (`chosen`, by adcode; see featureFlags.ts), so choosing one is a
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
    source: BASE_SOURCE,
    filter: onPart('districts'),
    paint: {
      'fill-color': ['case', chosen, palette.districtChosen, tint],
      'fill-opacity': perFeature(1),
      'fill-antialias': false,
    },
  };
}

export const districtLine: LayerSpecification = {
  id: 'district-line',
  type: 'line',
  source: BASE_SOURCE,
  filter: onPart('districts'),
  layout: { 'line-join': 'round' },
  paint: {
    'line-color': perFeature(palette.districtLine),
    'line-width': byZoom([7, 0.7], [FULL_SIZE_ZOOM, 1.2]),
    'line-opacity': perFeature(1),
  },
};

/** The chosen districts' borders, drawn over everything but the labels. */
export function districtChosenLine(): LayerSpecification {
  return {
    id: 'district-chosen-line',
    type: 'line',
    source: BASE_SOURCE,
    filter: onPart('districts'),
    layout: { 'line-join': 'round' },
    paint: {
      'line-color': perFeature(palette.districtChosenLine),
      'line-opacity': perFeature(1),
      // No width unless chosen: a transparent line would still be rasterised on every frame.
      'line-width': [
        'interpolate',
        ['linear'],
        ['zoom'],
        7,
        ['case', chosen, 2.6, 0],
        FULL_SIZE_ZOOM,
        ['case', chosen, 4, 0],
      ],
    },
  };
}

export const riverLine: LayerSpecification = {
  id: 'river-line',
  type: 'line',
  source: BASE_SOURCE,
  filter: onPart('rivers'),
  layout: { 'line-join': 'round', 'line-cap': 'round' },
  paint: {
    'line-color': perFeature(palette.river),
    'line-width': byZoom([7, 1.6], [FULL_SIZE_ZOOM, 3.4]),
    'line-opacity': perFeature(1),
  },
};

export const outlineLine: LayerSpecification = {
  id: 'outline-line',
  type: 'line',
  source: BASE_SOURCE,
  filter: onPart('outline'),
  layout: { 'line-join': 'round' },
  paint: {
    'line-color': perFeature(palette.outline),
    'line-width': byZoom([7, 1.4], [FULL_SIZE_ZOOM, 2.4]),
    'line-opacity': perFeature(1),
  },
};

/** A name's paint, with the same per-feature mix as the plan's labels (see perFeature.ts). */
function labelPaint(colour: string, halo: number): SymbolLayerSpecification['paint'] {
  return {
    'text-color': perFeature(colour),
    'text-halo-color': palette.labelHalo,
    'text-halo-width': perFeature(halo),
    'text-opacity': perFeature(1),
  };
}

export function riverLabel(lang: Lang): LayerSpecification {
  return {
    id: 'river-label',
    type: 'symbol',
    source: BASE_SOURCE,
    filter: onPart('rivers'),
    layout: {
      'symbol-placement': 'line',
      'symbol-spacing': 320,
      'text-field': nameField(lang) as never,
      'text-font': [FONT_REGULAR],
      'text-size': 13,
      'text-letter-spacing': lang === 'zh' ? 0.2 : 0.05,
    },
    paint: labelPaint(palette.river, 1.4),
  };
}

export function seaLabel(lang: Lang): LayerSpecification {
  return {
    id: 'sea-label',
    type: 'symbol',
    source: BASE_SOURCE,
    filter: onPart('sea'),
    layout: { 'text-field': nameField(lang) as never, 'text-font': [FONT_REGULAR], 'text-size': 13 },
    paint: labelPaint(palette.seaLabel, 0),
  };
}

export function neighbourLabel(lang: Lang): LayerSpecification {
  return {
    id: 'neighbour-label',
    type: 'symbol',
    source: BASE_SOURCE,
    filter: onPart('labels', ['==', ['get', 'label'], 'neighbour']),
    layout: { 'text-field': nameField(lang) as never, 'text-font': [FONT_REGULAR], 'text-size': 14 },
    paint: labelPaint(palette.neighbourLabel, 1),
  };
}

export function districtLabel(lang: Lang): LayerSpecification {
  return {
    id: 'district-label',
    type: 'symbol',
    source: BASE_SOURCE,
    filter: onPart('labels', ['==', ['get', 'label'], 'district']),
    layout: {
      'text-field': nameField(lang) as never,
      'text-font': [FONT_REGULAR],
      'text-size': ['interpolate', ['linear'], ['zoom'], 7, 12, FULL_SIZE_ZOOM, 16],
      'text-max-width': 8,
      // Every district keeps its name at city zoom, even the small central ones.
      'text-allow-overlap': false,
      'text-padding': 1,
    },
    paint: labelPaint(palette.label, 1.6),
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
          paint: {
            ...districtLine.paint,
            'line-color': perFeature('#5f594c'),
            'line-width': byZoom([7, 1.6], [FULL_SIZE_ZOOM, 1.6]),
          },
        } as LayerSpecification,
        riverLine,
        {
          ...outlineLine,
          paint: { ...outlineLine.paint, 'line-width': byZoom([7, 3], [FULL_SIZE_ZOOM, 3]) },
        } as LayerSpecification,
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
