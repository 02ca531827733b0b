// The catalogue's closed vocabularies. Kept apart from the zod schema so that the browser can use
// them without shipping the validator.

export const ZONES = ['东强', '西兴', '南美', '北起', '中优', '全市'] as const;
/** The five directions themselves: the zones without 全市 (the whole city), the values of `zones_also`. */
export const DIRECTIONS = ['东强', '西兴', '南美', '北起', '中优'] as const satisfies readonly (typeof ZONES)[number][];
export const CATEGORIES = [
  'transport',
  'science',
  'industry',
  'regional',
  'rural',
  'reform',
  'culture',
  'health',
  'ecology',
  'governance',
] as const;
/** How a transport item is drawn: rail, road, waterway … lines, or an airport, port or station point. */
export const MODES = ['rail', 'road', 'waterway', 'runway', 'corridor', 'airport', 'port', 'station'] as const;
export const STATUSES = ['planned', 'under_construction', 'completed', 'in_operation', 'ongoing'] as const;
/**
 * How an item's geometry was made: positions from a published dataset or printed coordinates; read off
 * a map or imagery; placed from a text description (a site notice, a route description); or a concept
 * with no course or site of its own (a slogan, a network, a link between cities).
 */
/**
 * The dated stages of an item's delivery: approval, the start of works, and opening (or completion).
 * A programme without works of its own has `phase` milestones instead, each named.
 */
export const MILESTONE_STAGES = ['approval', 'works_start', 'opening', 'phase'] as const;
export const GEOMETRY_BASES = ['dataset', 'traced', 'described', 'concept'] as const;

export type Zone = (typeof ZONES)[number];
export type Direction = (typeof DIRECTIONS)[number];
export type Category = (typeof CATEGORIES)[number];
export type Status = (typeof STATUSES)[number];
export type Mode = (typeof MODES)[number];
export type MilestoneStage = (typeof MILESTONE_STAGES)[number];
export type GeometryBasis = (typeof GEOMETRY_BASES)[number];
