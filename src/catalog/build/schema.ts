import { z } from 'zod';
import { CATEGORIES, DIRECTIONS, GEOMETRY_BASES, MODES, STATUSES, ZONES } from '../vocab.ts';

export { CATEGORIES, DIRECTIONS, GEOMETRY_BASES, MODES, STATUSES, ZONES };

// The catalogue's item schema. Properties stay flat so that a planner can edit them in QGIS;
// the only lists are `sources` and `zones_also` (QGIS reads a JSON string list as StringList).

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
const year = z.number().int().min(1900).max(2100);
const positive = z.number().positive();

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
  })
  .strict();

export type ItemProperties = z.infer<typeof itemPropertiesSchema>;
export type { Category, Direction, GeometryBasis, Mode, Status, Zone } from '../vocab.ts';
