import { CATEGORIES, DIRECTIONS, GEOMETRY_BASES, MODES, STATUSES, ZONES } from '../catalog/vocab.ts';

// The plan workbook's columns: one row per item, one column per editable field. The table is the one
// place that says which field a column holds, how its cells read and write, and what it offers in a
// drop-down; the export, the import and the in-page update all read it.

/**
 * The workbook's format version, stamped on its instructions sheet. Raise it whenever a column is
 * added, removed or changes meaning, and say what changed in SHEET_CHANGES.
 */
export const SHEET_VERSION = 2;

/** What changed in each version since the one before it, for the message about an older workbook. */
export const SHEET_CHANGES: Record<number, string> = {
  2: 'milestone columns were added (approval, works start and opening: planned, actual, source; and phases) with the items’ milestones and history',
};

export const SHEET_STAMP = 'jinan-blueprint-plan';

/** How a column's cells read and write. */
export type ColumnType =
  /** The item's id: the key of the row, locked. */
  | 'id'
  /** Free text; empty is null where the field allows it. */
  | 'text'
  /** A code from a closed list (drop-down); empty is null where the field allows it. */
  | 'code'
  /** Several directions in one cell, separated by 、 or commas. */
  | 'codes'
  /** A whole number or a decimal. */
  | 'number'
  /** TRUE or FALSE. */
  | 'boolean'
  /** A calendar day, written as a real date cell. */
  | 'date'
  /** One entry per line (sources). */
  | 'lines'
  /** A milestone's planned, actual or source text (see MILESTONE_COLUMNS). */
  | 'milestone'
  /** Phases, one per line in the mini-format of PHASE_FORMAT. */
  | 'phases';

export interface Column {
  key: string;
  zh: string;
  en: string;
  type: ColumnType;
  /** Whether an empty cell means null (otherwise it is reported as missing). */
  nullable?: boolean;
  /** The codes a drop-down offers. */
  vocabulary?: readonly string[];
  /** Column width in characters. */
  width: number;
}

export const MILESTONE_FIXED = ['approval', 'works_start', 'opening'] as const;
export type FixedStage = (typeof MILESTONE_FIXED)[number];
export const MILESTONE_PARTS = ['planned', 'actual', 'source'] as const;
export type MilestonePart = (typeof MILESTONE_PARTS)[number];

const STAGE_NAMES: Record<FixedStage, [string, string]> = {
  approval: ['批复', 'Approval'],
  works_start: ['开工', 'Works start'],
  opening: ['建成/开通', 'Opening'],
};
const PART_NAMES: Record<MilestonePart, [string, string]> = {
  planned: ['计划', 'planned'],
  actual: ['实际', 'actual'],
  source: ['来源', 'source'],
};

/** The key of a milestone column, e.g. opening.planned. */
export const milestoneKey = (stage: FixedStage, part: MilestonePart) => `${stage}.${part}`;

/** One phase per line: 名称 | Name | planned | actual | source (empty parts are unknown). */
export const PHASE_FORMAT = '名称 | Name | 计划 planned | 实际 actual | 来源 source';
export const PHASE_SEPARATOR = ' | ';

export const COLUMNS: readonly Column[] = [
  { key: 'id', zh: '编号', en: 'ID', type: 'id', width: 26 },
  { key: 'name_zh', zh: '名称', en: 'Name (Chinese)', type: 'text', width: 30 },
  { key: 'name_en', zh: '英文名称', en: 'Name (English)', type: 'text', width: 30 },
  { key: 'category', zh: '类别', en: 'Category', type: 'code', vocabulary: CATEGORIES, width: 12 },
  { key: 'mode', zh: '交通方式', en: 'Mode', type: 'code', nullable: true, vocabulary: MODES, width: 10 },
  { key: 'zone', zh: '方向', en: 'Direction', type: 'code', vocabulary: ZONES, width: 8 },
  { key: 'zones_also', zh: '其他方向', en: 'Also in', type: 'codes', vocabulary: DIRECTIONS, width: 10 },
  { key: 'status', zh: '状态', en: 'Status', type: 'code', vocabulary: STATUSES, width: 18 },
  { key: 'status_as_of', zh: '状态日期', en: 'Status as of', type: 'date', width: 12 },
  { key: 'start_year', zh: '开始年份', en: 'Start year', type: 'number', nullable: true, width: 8 },
  { key: 'end_year', zh: '完成年份', en: 'End year', type: 'number', nullable: true, width: 8 },
  { key: 'length_km', zh: '长度（公里）', en: 'Length (km)', type: 'number', nullable: true, width: 8 },
  { key: 'area_km2', zh: '面积（平方公里）', en: 'Area (km²)', type: 'number', nullable: true, width: 8 },
  {
    key: 'investment_bn_cny',
    zh: '投资（十亿元）',
    en: 'Investment (bn CNY)',
    type: 'number',
    nullable: true,
    width: 10,
  },
  { key: 'capacity_value', zh: '规模', en: 'Capacity', type: 'number', nullable: true, width: 10 },
  { key: 'capacity_unit_zh', zh: '规模单位', en: 'Capacity unit (Chinese)', type: 'text', nullable: true, width: 14 },
  {
    key: 'capacity_unit_en',
    zh: '规模单位（英文）',
    en: 'Capacity unit (English)',
    type: 'text',
    nullable: true,
    width: 14,
  },
  ...MILESTONE_FIXED.flatMap((stage) =>
    MILESTONE_PARTS.map(
      (part): Column => ({
        key: milestoneKey(stage, part),
        zh: `${STAGE_NAMES[stage][0]}${PART_NAMES[part][0]}`,
        en: `${STAGE_NAMES[stage][1]} ${PART_NAMES[part][1]}`,
        type: 'milestone',
        nullable: true,
        width: part === 'source' ? 24 : 10,
      }),
    ),
  ),
  { key: 'phases', zh: '分期', en: 'Phases', type: 'phases', nullable: true, width: 30 },
  { key: 'report_section', zh: '报告章节', en: 'Report section', type: 'text', width: 20 },
  { key: 'report_quote', zh: '报告原文', en: 'Report quote', type: 'text', width: 24 },
  { key: 'summary_zh', zh: '简介', en: 'Summary (Chinese)', type: 'text', width: 40 },
  { key: 'summary_en', zh: '英文简介', en: 'Summary (English)', type: 'text', width: 40 },
  { key: 'site_note_zh', zh: '位置说明', en: 'Site note (Chinese)', type: 'text', nullable: true, width: 24 },
  { key: 'site_note_en', zh: '英文位置说明', en: 'Site note (English)', type: 'text', nullable: true, width: 24 },
  { key: 'accuracy_m', zh: '位置误差（米）', en: 'Accuracy (m)', type: 'number', nullable: true, width: 8 },
  { key: 'schematic', zh: '示意', en: 'Schematic', type: 'boolean', width: 8 },
  {
    key: 'geometry_basis',
    zh: '图形依据',
    en: 'Geometry basis',
    type: 'code',
    nullable: true,
    vocabulary: GEOMETRY_BASES,
    width: 10,
  },
  { key: 'sources', zh: '来源（每行一条）', en: 'Sources (one per line)', type: 'lines', width: 50 },
];

export const header = (c: Column) => `${c.zh} · ${c.en}`;

export const ITEMS_SHEET = '项目 · Items';
export const VOCABULARY_SHEET = '词表 · Vocabulary';
export const INSTRUCTIONS_SHEET = '说明 · Instructions';

/** Excel keeps at most this many characters in a cell; a longer text is cut when the file is saved. */
export const MAX_CELL_CHARS = 32767;
/** The export is about 0.1 MB; a workbook a hundred times larger is not one of ours. */
export const MAX_WORKBOOK_BYTES = 10 * 1024 * 1024;
