import { z } from 'zod';

// The catalogue's item schema. Properties stay flat so that a planner can edit them in QGIS;
// the only lists are `sources` (QGIS reads a JSON string list as StringList).

export const ZONES = ['东强', '西兴', '南美', '北起', '中优', '全市'] as const;
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
    sources: z.array(z.string().min(1)).min(1, 'at least one source'),
  })
  .strict();

export type ItemProperties = z.infer<typeof itemPropertiesSchema>;
export type Zone = (typeof ZONES)[number];
export type Category = (typeof CATEGORIES)[number];
export type Status = (typeof STATUSES)[number];
export type Mode = (typeof MODES)[number];
