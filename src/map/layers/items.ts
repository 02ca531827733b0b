import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { DIRECTIONS } from '../../catalog/vocab.ts';
import type { Lang } from '../../i18n';
import { zoneOnMap } from '../../i18n/labels';
import { FONT_REGULAR } from '../fonts';
import { palette } from '../palette';
import { CATEGORY_COLOURS, DASHED_STATUSES, MODE_COLOURS, TIMELINE_COLOURS, ZONE_COLOURS, ZONE_INK } from '../themes';
import { FULL_SIZE_ZOOM } from '../tileZoom';
import { BASE_SOURCE, onPart } from './base';
import { matchTable } from './match';
import { perFeature } from './perFeature';

// The plan on the map: the zones (a part of the `base` source, see base.ts), the items source and a
// handful of layers. The items source holds
// each item's geometry plus one label point per item (`label: true`), made by the catalogue build.
// What the panel chooses reaches the shapes as feature-state (see featureFlags.ts: hidden, dim, chosen,
// other; hover and selected too), so a choice is one redraw and never a new layout. Only the item
// labels also take the filters as a layer filter: a transparent label would still push its
// neighbours away, so the labels are laid out again for what is shown.

export const ITEM_SOURCE = 'items';

/** The parts of the app's state the plan's layers take as style rather than feature-state. */
export interface PlanStyleState {
  /** The panel's filters as an expression (see filters.ts), for the item labels. */
  filter: ExpressionSpecification;
}

export const DEFAULT_PLAN_STYLE: PlanStyleState = { filter: ['literal', true] };

const flag = (key: string): ExpressionSpecification => ['boolean', ['feature-state', key], false];

/** An opacity: none for an item the filters leave out, a quarter for one outside the spotlight. */
function shown(opacity: ExpressionSpecification | number): ExpressionSpecification {
  return ['case', flag('hidden'), 0, flag('dim'), ['*', opacity, 0.25], opacity];
}

/**
 * A width or radius: zero for an item the filters leave out. A transparent line is still rasterised
 * on every frame; a line of no width makes no pixels at all (with software WebGL a frame's cost is
 * its pixels).
 */
function sized(size: ExpressionSpecification | number): ExpressionSpecification {
  return ['case', flag('hidden'), 0, size];
}

/** Areas larger than this (the 22,000 km² metropolitan area) are drawn by their outline alone. */
export const OUTLINE_ONLY_KM2 = 5000;

const categoryColour = matchTable('category', CATEGORY_COLOURS, '#555');
const lineColour = matchTable('mode', MODE_COLOURS as Record<string, string>, categoryColour as unknown as string);
const zoneColour = matchTable('zone', ZONE_COLOURS, '#888');
const zoneInk = matchTable('zone', ZONE_INK, '#444');
const isSchematic: ExpressionSpecification = ['==', ['get', 'schematic'], true];
const isDashed: ExpressionSpecification = ['in', ['get', 'status'], ['literal', [...DASHED_STATUSES]]];
const emphasised: ExpressionSpecification = ['any', flag('hover'), flag('selected')];
// The status at the month shown (timelineFlags.ts). A line's dashes cannot follow feature-state, so a
// line whose dashes differ then from its own status is drawn by item-line-then, with the other dashes.
const flipped: ExpressionSpecification = ['all', ['!', isSchematic], ['any', flag('dashed'), flag('solid')]];
const unknownThen = flag('unknown');
const behind = flag('behind');
/** A colour, grey where nothing says what the item was at the month shown. */
const known = (colour: ExpressionSpecification | string): ExpressionSpecification => [
  'case',
  unknownThen,
  TIMELINE_COLOURS.unknown,
  colour,
];
const kind = (k: 'point' | 'line' | 'area'): ExpressionSpecification => [
  'all',
  ['!=', ['get', 'label'], true],
  ['==', ['get', 'kind'], k],
];
const labelField = (lang: Lang): ExpressionSpecification => ['get', lang === 'zh' ? 'label_zh' : 'label_en'];

/** A value for the chosen zone, for the zones beside a chosen one, and for all when none is chosen. */
type Value = ExpressionSpecification | number;
const byChoice = (chosen: Value, other: Value, none: Value): ExpressionSpecification => [
  'case',
  flag('chosen'),
  chosen,
  flag('other'),
  other,
  none,
];

/** Zone tints: the chosen zone stands out and the others fade; with none chosen, all are soft. */
function zoneOpacity(base: number): ExpressionSpecification {
  // Yellow needs more body than the other hues to show at all.
  const soft: ExpressionSpecification = ['match', ['get', 'zone'], '北起', base * 1.7, base];
  const scaled = (k: number): ExpressionSpecification => ['*', soft, k];
  return byChoice(scaled(2.4), scaled(0.3), soft);
}

export function zoneFill(): LayerSpecification {
  return {
    id: 'zone-fill',
    type: 'fill',
    source: BASE_SOURCE,
    filter: onPart('zones', ['==', ['geometry-type'], 'Polygon']),
    paint: { 'fill-color': zoneColour, 'fill-opacity': zoneOpacity(0.13), 'fill-antialias': false },
  };
}

export function zoneLine(): LayerSpecification {
  return {
    id: 'zone-line',
    type: 'line',
    source: BASE_SOURCE,
    filter: onPart('zones', ['==', ['geometry-type'], 'Polygon']),
    layout: { 'line-join': 'round' },
    paint: {
      'line-color': zoneColour,
      'line-opacity': byChoice(1, 0.25, 0.55),
      // Per feature and by zoom, like the items' dashed lines, so that both share one shader (perFeature.ts).
      'line-width': [
        'interpolate',
        ['linear'],
        ['zoom'],
        7,
        byChoice(2.6, 1, 1.2),
        FULL_SIZE_ZOOM,
        byChoice(2.6, 1, 1.2),
      ],
      'line-dasharray': perFeature([3, 2]),
    },
  };
}

export function zoneLabel(lang: Lang): LayerSpecification {
  return {
    id: 'zone-label',
    type: 'symbol',
    source: BASE_SOURCE,
    filter: onPart('zones', ['==', ['geometry-type'], 'Point']),
    layout: {
      'text-field': matchTable('zone', Object.fromEntries(DIRECTIONS.map((z) => [z, zoneOnMap(z, lang)])), ''),
      'text-font': [FONT_REGULAR],
      'text-size': 15,
      'text-letter-spacing': lang === 'zh' ? 0.15 : 0,
    },
    paint: {
      'text-color': zoneInk,
      'text-halo-color': palette.labelHalo,
      'text-halo-width': perFeature(1.6),
      'text-opacity': byChoice(1, 0.35, 0.9),
    },
  };
}

export function itemAreaFill(): LayerSpecification {
  return {
    id: 'item-area-fill',
    type: 'fill',
    source: ITEM_SOURCE,
    // A tint over a region larger than the city (3 % opacity) could hardly be seen, and blended every
    // pixel of every frame: such a region is its outline.
    filter: ['all', kind('area'), ['<', ['coalesce', ['get', 'area_km2'], 0], OUTLINE_ONLY_KM2]],
    paint: {
      'fill-color': known(categoryColour),
      // A district-sized site is a clear tint, the start-up area north of the river a light one.
      'fill-opacity': shown([
        'case',
        emphasised,
        0.32,
        ['interpolate', ['linear'], ['get', 'area_km2'], 0, 0.24, 100, 0.16, 1000, 0.08],
      ]),
      // The outline is its own layer (item-area-line).
      'fill-antialias': false,
    },
  };
}

export function itemAreaLine(): LayerSpecification {
  return {
    id: 'item-area-line',
    type: 'line',
    source: ITEM_SOURCE,
    filter: kind('area'),
    layout: { 'line-join': 'round' },
    paint: {
      'line-color': ['case', behind, TIMELINE_COLOURS.behind, known(categoryColour)],
      'line-width': [
        'interpolate',
        ['linear'],
        ['zoom'],
        7,
        sized(['case', emphasised, 3.2, behind, 2.4, 1.6]),
        FULL_SIZE_ZOOM,
        sized(['case', emphasised, 3.2, behind, 2.4, 1.6]),
      ],
      'line-opacity': shown(['case', unknownThen, 0.5, 0.85]),
      'line-dasharray': ['case', isSchematic, ['literal', [1, 2]], ['literal', [1, 0]]],
    },
  };
}

export function itemLineCasing(): LayerSpecification {
  return {
    id: 'item-line-casing',
    type: 'line',
    source: ITEM_SOURCE,
    // Surveyed lines get a white casing; hovered or selected ones get a dark halo whatever they are, and
    // those behind schedule at the month shown a red-orange one.
    filter: kind('line'),
    layout: { 'line-join': 'round', 'line-cap': 'round' },
    paint: {
      'line-color': ['case', emphasised, '#1b1b1b', behind, TIMELINE_COLOURS.behind, '#ffffff'],
      'line-opacity': shown(['case', emphasised, 0.35, behind, 0.9, isSchematic, 0, 0.85]),
      'line-width': [
        'interpolate',
        ['linear'],
        ['zoom'],
        7,
        sized(['case', emphasised, 9, 4.5]),
        FULL_SIZE_ZOOM,
        sized(['case', emphasised, 12, 7.5]),
      ],
    },
  };
}

/**
 * The items' lines. `then` draws only the lines whose dashes the month shown flips (see `flipped`), with
 * the other dashes; the plain layer leaves those out (no width, no pixels). Both declare the same mix of
 * paint values, so they share one shader (perFeature.ts).
 */
export function itemLine(then = false): LayerSpecification {
  const dashes: [number, number] = [2.4, 1.4];
  const solid: [number, number] = [1, 0];
  return {
    id: then ? 'item-line-then' : 'item-line',
    type: 'line',
    source: ITEM_SOURCE,
    filter: kind('line'),
    layout: { 'line-join': 'round' },
    paint: {
      'line-color': known(lineColour),
      // Schematic lines (network slogans, station-to-station sketches) are thin; surveyed lines bold.
      'line-width': [
        'interpolate',
        ['linear'],
        ['zoom'],
        7,
        sized(['case', then ? ['!', flipped] : flipped, 0, emphasised, 3.6, isSchematic, 1.2, 2.4]),
        FULL_SIZE_ZOOM,
        sized(['case', then ? ['!', flipped] : flipped, 0, emphasised, 5.6, isSchematic, 1.8, 4.2]),
      ],
      'line-opacity': shown(['case', emphasised, 1, unknownThen, 0.5, isSchematic, 0.75, 1]),
      // Dashes in line widths: schematic dotted, planned or building dashed, operating solid.
      'line-dasharray': [
        'case',
        isSchematic,
        ['literal', [1, 2]],
        isDashed,
        ['literal', then ? solid : dashes],
        ['literal', then ? dashes : solid],
      ],
    },
  };
}

export function itemPoint(): LayerSpecification {
  return {
    id: 'item-point',
    type: 'circle',
    source: ITEM_SOURCE,
    filter: kind('point'),
    paint: {
      'circle-radius': [
        'interpolate',
        ['linear'],
        ['zoom'],
        7,
        sized(['case', emphasised, 8, 4.5]),
        FULL_SIZE_ZOOM,
        sized(['case', emphasised, 10.5, 6.5]),
      ],
      // Schematic or uncertain sites are hollow rings; known sites are solid dots.
      // Behind schedule at the month shown: a red-orange ring; nothing known then: grey and faint.
      'circle-color': ['case', isSchematic, '#ffffff', known(lineColour)],
      'circle-stroke-color': [
        'case',
        emphasised,
        '#1b1b1b',
        behind,
        TIMELINE_COLOURS.behind,
        isSchematic,
        known(lineColour),
        '#ffffff',
      ],
      'circle-stroke-width': sized(['case', emphasised, 3, behind, 2.6, isSchematic, 2.2, 1.6]),
      'circle-opacity': shown(['case', unknownThen, 0.5, 1]),
      'circle-stroke-opacity': shown(1),
    },
  };
}

export function itemLabel(lang: Lang, s: PlanStyleState): LayerSpecification {
  return {
    id: 'item-label',
    type: 'symbol',
    source: ITEM_SOURCE,
    filter: ['all', ['==', ['get', 'label'], true], s.filter],
    minzoom: 8,
    layout: {
      'text-field': labelField(lang),
      'text-font': [FONT_REGULAR],
      'text-size': ['interpolate', ['linear'], ['zoom'], 8, 11, FULL_SIZE_ZOOM, 12.5],
      'text-max-width': lang === 'zh' ? 9 : 12,
      'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
      'text-radial-offset': 0.8,
      'text-justify': 'auto',
      'text-padding': 2,
      // Points first: a site's name matters more than the name of a line that has others along it.
      'symbol-sort-key': ['match', ['get', 'kind'], 'point', 1, 'line', 2, 3],
    },
    paint: {
      'text-color': perFeature(palette.label),
      'text-halo-color': palette.labelHalo,
      'text-halo-width': ['case', emphasised, 2.4, 1.4],
      'text-opacity': shown(1),
    },
  };
}

/** Zones go under the district borders (soft tints); items go over everything but the names. */
export function zoneLayers(lang: Lang): { under: LayerSpecification[]; labels: LayerSpecification[] } {
  return { under: [zoneFill(), zoneLine()], labels: [zoneLabel(lang)] };
}

export function itemLayers(
  lang: Lang,
  s: PlanStyleState,
): { shapes: LayerSpecification[]; labels: LayerSpecification[] } {
  return {
    shapes: [itemAreaFill(), itemAreaLine(), itemLineCasing(), itemLine(), itemLine(true), itemPoint()],
    labels: [itemLabel(lang, s)],
  };
}

/**
 * The layers a pointer can pick an item from, top first. Areas are picked by their outline, not their
 * fill: the start-up area or the metropolitan area would otherwise swallow every click meant for a
 * district inside them.
 */
export const PICKABLE_ITEM_LAYERS = ['item-point', 'item-line', 'item-line-then', 'item-area-line'] as const;
