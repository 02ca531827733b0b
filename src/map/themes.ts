import type { Category, Mode, Status, Zone } from '../catalog/vocab.ts';

// Colours of the plan's five directions: Okabe–Ito hues, which stay distinct for colour-blind viewers
// and on a washed-out projector. City-wide items are grey.
export const ZONE_COLOURS: Record<Zone, string> = {
  东强: '#D55E00',
  西兴: '#0072B2',
  南美: '#009E73',
  北起: '#F0E442',
  中优: '#CC79A7',
  全市: '#6B6B6B',
};

/** Darker shades of the zone colours for text, legible on the pale basemap (yellow text is not). */
export const ZONE_INK: Record<Zone, string> = {
  东强: '#A8440A',
  西兴: '#005A8C',
  南美: '#00704F',
  北起: '#7A6A00',
  中优: '#9C4A7C',
  全市: '#4A4A4A',
};

export const CATEGORY_COLOURS: Record<Category, string> = {
  transport: '#1F5A96',
  science: '#7B4EA3',
  industry: '#8C5A3C',
  regional: '#D1495B',
  rural: '#7A9A01',
  reform: '#E07B00',
  culture: '#B8336A',
  health: '#0E8A8A',
  ecology: '#2E7D32',
  governance: '#5F6B73',
};

/** Planned and building items are drawn dashed; operating and completed ones solid. */
export const DASHED_STATUSES: readonly Status[] = ['planned', 'under_construction'];

/** Transport lines and sites by mode; other items take their category's colour. */
export const MODE_COLOURS: Partial<Record<Mode, string>> = {
  rail: '#1F3A5F',
  waterway: '#1E88E5',
  runway: '#3D3D3D',
  road: '#B8651B',
  corridor: '#7D6B91',
};

/** At the month shown: an item behind schedule (its ring or casing), and one whose status then is unknown. */
export const TIMELINE_COLOURS = { behind: '#D84315', unknown: '#9A968C' } as const;

/** The progress bars' groups: done green, under way amber, not started slate, unknown the muted grey of the map. */
export const PROGRESS_COLOURS = {
  done: '#2E7D32',
  under_way: '#E0A100',
  not_started: '#8FA8C0',
  unknown: '#D2CEC4',
} as const;
