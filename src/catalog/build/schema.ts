import { CATEGORIES, DIRECTIONS, GEOMETRY_BASES, MILESTONE_STAGES, MODES, STATUSES, ZONES } from '../vocab.ts';
import { z } from './zod.ts';

export { CATEGORIES, DIRECTIONS, GEOMETRY_BASES, MILESTONE_STAGES, MODES, STATUSES, ZONES };

// The catalogue's item schema. Properties stay flat so that a planner can edit them in QGIS;
// the only lists are `sources` and `zones_also` (QGIS reads a JSON string list as StringList).

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
const year = z.number().int().min(1900).max(2100);
const positive = z.number().positive();
/** A planned date is as precise as the promise: a year or a month. */
const plannedDate = z.string().regex(/^\d{4}(-\d{2})?$/, 'a planned date as YYYY or YYYY-MM');
/** An actual date is as precise as its source: a month or a day. */
const actualDate = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'an actual date as YYYY-MM or YYYY-MM-DD');

/**
 * One dated stage: what was promised (planned) and what happened (actual, with the source that says so).
 * Unknown stays null. The cross-field rules (order, a source for every actual date) are in validate.ts.
 */
export const milestoneSchema = z
  .object({
    stage: z.enum(MILESTONE_STAGES),
    // A phase names itself; the fixed stages take their names from the locale table.
    name_zh: z.string().trim().min(1).nullable().default(null),
    name_en: z.string().trim().min(1).nullable().default(null),
    planned: plannedDate.nullable(),
    actual: actualDate.nullable(),
    source: z.string().min(1).nullable(),
  })
  .strict();

/**
 * An earlier value of a field, kept when the field changes, so that the timeline knows when things
 * were so: `field` is "status" (value: a status) or "<stage>.planned" / "<stage>.actual" of a milestone.
 */
export const historySchema = z
  .object({
    date: isoDate,
    field: z
      .string()
      .regex(
        new RegExp(`^(status|(${MILESTONE_STAGES.join('|')})\\.(planned|actual))$`),
        'status or <stage>.planned|actual',
      ),
    value: z.string().min(1).nullable(),
    source: z.string().min(1).nullable(),
  })
  .strict();

export const itemPropertiesSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a lower-case kebab-case id'),
    name_zh: z.string().trim().min(1, 'a Chinese name'),
    name_en: z.string().trim().min(1, 'an English name'),
    category: z.enum(CATEGORIES),
    mode: z.enum(MODES).nullable(),
    zone: z.enum(ZONES),
    // The other directions the sources put the item in, besides its primary `zone`. Optional in the
    // files (most items have one direction); always a list in the catalogue. Checked in validate.ts:
    // no repeats, not the primary zone, none for a city-wide item.
    zones_also: z.array(z.enum(DIRECTIONS)).default([]),
    status: z.enum(STATUSES),
    status_as_of: isoDate,
    start_year: year.nullable(),
    end_year: year.nullable(),
    length_km: positive.nullable(),
    area_km2: positive.nullable(),
    investment_bn_cny: positive.nullable(),
    capacity_value: positive.nullable(),
    capacity_unit_zh: z.string().min(1).nullable(),
    capacity_unit_en: z.string().min(1).nullable(),
    report_section: z.string().min(1, 'the report heading the item appears under'),
    report_quote: z.string().min(1, 'the words of the report that name the item'),
    summary_zh: z.string().min(1),
    summary_en: z.string().min(1),
    site_note_zh: z.string().min(1).nullable(),
    site_note_en: z.string().min(1).nullable(),
    accuracy_m: z.number().int().positive().nullable(),
    schematic: z.boolean(),
    geometry_basis: z.enum(GEOMETRY_BASES).nullable(),
    sources: z.array(z.string().min(1)).min(1, 'at least one source'),
    // Optional in the files; always a list in the catalogue.
    milestones: z.array(milestoneSchema).default([]),
    history: z.array(historySchema).default([]),
  })
  .strict();

export type ItemProperties = z.infer<typeof itemPropertiesSchema>;
export type Milestone = z.infer<typeof milestoneSchema>;
export type HistoryEntry = z.infer<typeof historySchema>;
export type { Category, Direction, GeometryBasis, MilestoneStage, Mode, Status, Zone } from '../vocab.ts';
