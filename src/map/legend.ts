import { CATEGORIES, ZONES } from '../catalog/vocab.ts';
import { type Lang, type MessageKey, translate } from '../i18n';
import { labelKey } from '../i18n/labels';
import { palette } from './palette';
import { CATEGORY_COLOURS, MODE_COLOURS, TIMELINE_COLOURS, ZONE_COLOURS } from './themes';

// What the map's colours and line styles mean, once: the page's legend (src/explore/Legend.tsx) and
// the saved image's legend (src/image/furnitureLegend.ts) both draw these keys, each in its own
// medium, from the same constants as the map style, so none of the three can drift apart.

/**
 * How a key is drawn: a filled rectangle (an area), a solid, dashed or dotted line, a filled dot or
 * a hollow ring (a site whose place is approximate).
 */
export type LegendKeyKind = 'fill' | 'line' | 'dashed' | 'dotted' | 'dot' | 'ring';

export interface LegendKey {
  label: MessageKey;
  kind: LegendKeyKind;
  colour: string;
  /** Outline of a 'fill' key too pale to see on white, or the halo of a 'dot' drawn as on the map. */
  outline?: string;
}

export interface LegendSection {
  id: 'zones' | 'lines' | 'categories' | 'points' | 'timeline';
  heading: MessageKey;
  keys: LegendKey[];
}

/** Lines of no one mode: what solid, dashed and dotted mean. */
const NEUTRAL_LINE = '#555555';
const RAIL = MODE_COLOURS.rail ?? NEUTRAL_LINE;

/** The legend's sections in reading order: zones, lines, categories, sites. */
export const LEGEND: readonly LegendSection[] = [
  {
    id: 'zones',
    heading: 'legend.zones',
    keys: ZONES.filter((z) => z !== '全市').map((z) => ({
      label: labelKey('zone', z),
      kind: 'fill' as const,
      colour: ZONE_COLOURS[z],
    })),
  },
  {
    id: 'lines',
    heading: 'legend.lines',
    keys: [
      ...(['rail', 'waterway', 'road'] as const).map((m) => ({
        label: labelKey('mode', m),
        kind: 'line' as const,
        colour: MODE_COLOURS[m] ?? NEUTRAL_LINE,
      })),
      { label: 'legend.operating', kind: 'line', colour: NEUTRAL_LINE },
      { label: 'legend.planned', kind: 'dashed', colour: NEUTRAL_LINE },
      { label: 'legend.schematic', kind: 'dotted', colour: NEUTRAL_LINE },
    ],
  },
  {
    id: 'categories',
    heading: 'categories.title',
    keys: CATEGORIES.map((c) => ({
      label: labelKey('category', c),
      kind: 'dot' as const,
      colour: CATEGORY_COLOURS[c],
    })),
  },
  {
    id: 'points',
    heading: 'legend.points',
    keys: [
      // White-haloed, as the map draws its sites.
      { label: 'legend.site', kind: 'dot', colour: RAIL, outline: '#ffffff' },
      { label: 'legend.siteApprox', kind: 'ring', colour: RAIL },
      { label: 'legend.chosen', kind: 'fill', colour: palette.districtChosen, outline: palette.districtChosenLine },
    ],
  },
  {
    id: 'timeline',
    heading: 'timeline.title',
    keys: [
      // At the month shown (src/map/timelineFlags.ts): nothing known then; a planned date passed without the event.
      { label: 'timeline.unknown', kind: 'dot', colour: TIMELINE_COLOURS.unknown },
      { label: 'timeline.late', kind: 'ring', colour: TIMELINE_COLOURS.behind },
    ],
  },
];

/** A legend key with its label in the reader's language. */
export interface LegendEntry extends Omit<LegendKey, 'label'> {
  label: string;
}

export interface LegendGroup {
  heading: string;
  entries: LegendEntry[];
}

/** The legend's sections in the reader's language (the zone names read 东强… in Chinese). */
export function legendGroups(lang: Lang): LegendGroup[] {
  return LEGEND.map((section) => ({
    heading: translate(lang, section.heading),
    entries: section.keys.map((key) => ({ ...key, label: translate(lang, key.label) })),
  }));
}
