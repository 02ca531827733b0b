import { monthOf, type StatusAtDate, statusAt, type YearMonth } from '../catalog/timeline.ts';
import type {
  Catalog,
  CatalogItem,
  DetailedItem,
  ItemProperties,
  Measure,
  Milestone,
  MilestoneStage,
} from '../catalog/types.ts';
import { translate } from '../i18n/index.ts';
import { labelOf } from '../i18n/labels.ts';

/** An item with its long texts: what an export writes (the app fetches the details first). */
export type ExportItem = DetailedItem;

// The current selection as files to take away: CSV for spreadsheets, GeoJSON for GIS. Pure
// functions from the catalogue to text; whoever offers the download wraps the text in a Blob.

export type ExportLang = 'zh' | 'en';
/** What the export reads of the catalogue's districts (any Catalog['districts'] will do). */
export type Districts = readonly Pick<Catalog['districts'][number], 'adcode' | 'name_zh' | 'name_en'>[];

/** The shape of src/generated/items.geojson that the export reads. */
export interface ItemGeometry {
  features: { properties: { id: string; label?: boolean }; geometry: unknown }[];
}

// ---------------------------------------------------------------------------------------------
// Shared wording

const UNIT: Record<Exclude<Measure['unit'], 'points'>, string> = { km: 'km', km2: 'km²' };

/** A number as plain digits: no locale grouping, whose commas would only need quoting and confuse parsers. */
const num = (v: number): string => (Number.isFinite(v) ? String(v) : '');

/** An amount with its unit, e.g. "21.1 km", "157.6 km²", "2 points" / "2处". */
function amountWithUnit(amount: number, unit: Measure['unit'], lang: ExportLang): string {
  if (unit !== 'points') return `${num(amount)} ${UNIT[unit]}`;
  if (lang === 'zh') return `${num(amount)}处`;
  return `${num(amount)} ${amount === 1 ? 'point' : 'points'}`;
}

function districtName(adcode: string, districts: Districts, lang: ExportLang): string {
  const d = districts.find((x) => x.adcode === adcode);
  // An adcode the list lacks would be a build bug; show the code rather than drop the district.
  if (!d) return adcode;
  return lang === 'zh' ? d.name_zh : d.name_en;
}

/**
 * The districts an item lies in, largest share first: "章丘区 21.1 km; 莱芜区 40 km" for lines, with
 * km² for areas and just the names for points (a count of sites per district says little).
 * Empty for items without geometry.
 */
export function flattenDistricts(measure: Measure | null, districts: Districts, lang: ExportLang): string {
  if (!measure) return '';
  return measure.inside
    .map((share) => {
      const name = districtName(share.key, districts, lang);
      return measure.unit === 'points' ? name : `${name} ${amountWithUnit(share.amount, measure.unit, lang)}`;
    })
    .join('; ');
}

/** How much of the item lies outside the municipality, or empty when none does (or it has no geometry). */
function outsideJinan(measure: Measure | null, lang: ExportLang): string {
  if (!measure || measure.outside <= 0) return '';
  return amountWithUnit(measure.outside, measure.unit, lang);
}

function capacity(item: CatalogItem, lang: ExportLang): string {
  if (item.capacity_value === null) return '';
  const unit = lang === 'zh' ? item.capacity_unit_zh : item.capacity_unit_en;
  if (!unit) return num(item.capacity_value);
  // Chinese sets a number right against its measure word ("38万平方米"); English needs a space.
  return lang === 'zh' ? `${num(item.capacity_value)}${unit}` : `${num(item.capacity_value)} ${unit}`;
}

// ---------------------------------------------------------------------------------------------
// CSV

/** Numbers stay numbers (so that they are never mistaken for formulas and keep their type); null is empty. */
type Cell = string | number | null;

/** What every cell may read besides its item: the export's language and the catalogue around it. */
export interface CsvContext {
  lang: ExportLang;
  districts: Districts;
  /** The catalogue's review date (geo/review.json), the file's "data as of". */
  reviewed: string;
  /** The month the export shows the items at (the view's asof, else the review's month). */
  month: YearMonth;
}

interface Column {
  zh: string;
  en: string;
  value: (item: ExportItem, c: CsvContext) => Cell;
}

// The order of the columns is the order of the file; a new field is one more entry here. Zone,
// category, status and mode are written in the reader's language, each followed by its raw code in
// a column of its own, so that a file filters the same whoever exported it.
const COLUMNS: readonly Column[] = [
  { zh: '编号', en: 'ID', value: (i) => i.id },
  { zh: '中文名称', en: 'Name (Chinese)', value: (i) => i.name_zh },
  { zh: '英文名称', en: 'Name (English)', value: (i) => i.name_en },
  { zh: '片区', en: 'Zone', value: (i, c) => labelOf('zone', i.zone, c.lang) },
  { zh: '片区代码', en: 'Zone code', value: (i) => i.zone },
  // The other directions an item belongs to (the airport: 北起, also 东强), so that a file exported
  // under one direction explains its rows whose primary zone is another.
  { zh: '亦属片区', en: 'Also in zones', value: (i, c) => alsoIn(i, c.lang) },
  { zh: '亦属片区代码', en: 'Also in zones (codes)', value: (i) => i.zones_also.join(',') },
  { zh: '类别', en: 'Category', value: (i, c) => labelOf('category', i.category, c.lang) },
  { zh: '类别代码', en: 'Category code', value: (i) => i.category },
  { zh: '状态', en: 'Status', value: (i, c) => labelOf('status', i.status, c.lang) },
  { zh: '状态代码', en: 'Status code', value: (i) => i.status },
  { zh: '交通方式', en: 'Mode', value: (i, c) => (i.mode ? labelOf('mode', i.mode, c.lang) : null) },
  { zh: '交通方式代码', en: 'Mode code', value: (i) => i.mode },
  { zh: '状态核实日期', en: 'Status as of', value: (i) => i.status_as_of },
  { zh: '待核实', en: 'To be re-checked', value: (i, c) => yesNo(i.recheck, c.lang) },
  { zh: '数据截至', en: 'Data as of', value: (_i, c) => c.reviewed },
  // The plan at the month the view showed (?asof=, else the review's month): what the map showed.
  { zh: '状态所示月份', en: 'Status shown for month', value: (_i, c) => c.month },
  { zh: '当月状态', en: 'Status that month', value: (i, c) => statusLabel(at(i, c).status, c.lang) },
  { zh: '当月状态代码', en: 'Status code that month', value: (i, c) => at(i, c).status },
  { zh: '当月延期', en: 'Behind schedule that month', value: (i, c) => yesNo(at(i, c).behind, c.lang) },
  { zh: '开工年份', en: 'Start year', value: (i) => i.start_year },
  { zh: '完工年份', en: 'End year', value: (i) => i.end_year },
  ...milestoneColumns('approval', '立项', 'Approval'),
  ...milestoneColumns('works_start', '开工', 'Works start'),
  ...milestoneColumns('opening', '开通或建成', 'Opening or completion'),
  { zh: '分期', en: 'Phases', value: (i, c) => phases(i.milestones, c.lang) },
  { zh: '所在区县', en: 'Districts', value: (i, c) => flattenDistricts(i.districts, c.districts, c.lang) },
  { zh: '济南市域外', en: 'Outside Jinan', value: (i, c) => outsideJinan(i.districts, c.lang) },
  { zh: '长度（公里）', en: 'Length (km)', value: (i) => i.length_km },
  { zh: '面积（平方公里）', en: 'Area (km²)', value: (i) => i.area_km2 },
  // The catalogue counts in billions of yuan (100 亿元 = 10); the header says so rather than rescaling.
  { zh: '投资（十亿元）', en: 'Investment (bn CNY)', value: (i) => i.investment_bn_cny },
  { zh: '规模', en: 'Capacity', value: (i, c) => capacity(i, c.lang) },
  { zh: '位置精度（米）', en: 'Accuracy (m)', value: (i) => i.accuracy_m },
  { zh: '示意', en: 'Schematic', value: (i, c) => yesNo(i.schematic, c.lang) },
  { zh: '报告章节', en: 'Report section', value: (i) => i.report_section },
  { zh: '简介', en: 'Summary', value: (i, c) => (c.lang === 'zh' ? i.summary_zh : i.summary_en) },
  { zh: '来源', en: 'Sources', value: (i) => i.sources.join(' | ') },
];

const at = (item: ExportItem, c: CsvContext) => statusAt(item, c.month, c.reviewed);

function statusLabel(status: StatusAtDate, lang: ExportLang): string {
  return status === 'unknown' ? translate(lang, 'present.progressUnknown') : labelOf('status', status, lang);
}

/** Planned, actual and the actual date's source of one fixed stage (an item has each at most once). */
function milestoneColumns(stage: Exclude<MilestoneStage, 'phase'>, zh: string, en: string): Column[] {
  const of = (i: ExportItem) => i.milestones.find((m) => m.stage === stage);
  return [
    { zh: `${zh}（计划）`, en: `${en} (planned)`, value: (i) => of(i)?.planned ?? null },
    { zh: `${zh}（实际）`, en: `${en} (actual)`, value: (i) => of(i)?.actual ?? null },
    { zh: `${zh}来源`, en: `${en} source`, value: (i) => of(i)?.source ?? null },
  ];
}

/** A programme's phases in one cell: "一期：计划 2023，实际 2024-01（source）；二期：计划 2027". */
function phases(milestones: readonly Milestone[], lang: ExportLang): string {
  const zh = lang === 'zh';
  return milestones
    .filter((m) => m.stage === 'phase')
    .map((m) => {
      const name = (zh ? (m.name_zh ?? m.name_en) : (m.name_en ?? m.name_zh)) ?? '';
      const dates = [
        m.planned ? `${zh ? '计划' : 'planned'} ${m.planned}` : '',
        m.actual ? `${zh ? '实际' : 'actual'} ${m.actual}` : '',
      ].filter(Boolean);
      const source = m.source ? (zh ? `（${m.source}）` : ` (${m.source})`) : '';
      return `${name}${zh ? '：' : ': '}${dates.join(zh ? '，' : ', ')}${source}`;
    })
    .join(zh ? '；' : '; ');
}

function alsoIn(item: ExportItem, lang: ExportLang): string {
  return item.zones_also.map((z) => labelOf('zone', z, lang)).join(lang === 'zh' ? '、' : ', ');
}

function yesNo(v: boolean, lang: ExportLang): string {
  if (lang === 'zh') return v ? '是' : '否';
  return v ? 'yes' : 'no';
}

/**
 * A spreadsheet runs a cell that starts with = + - @ (or TAB/CR, which some strip first) as a
 * formula; a leading ' makes it text (OWASP, CSV injection). Text only: numbers are never prefixed.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** RFC 4180: quote a field that holds a comma, quote, CR or LF, doubling its quotes. */
function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function csvField(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return num(cell);
  return quote(neutraliseFormula(cell));
}

const CRLF = '\r\n';
/** Without a byte-order mark, Excel reads UTF-8 as the local code page and garbles the Chinese. */
const BOM = '\uFEFF';

/**
 * The items as CSV, one row per item in the order given, under a header in the chosen language;
 * `reviewed` is the catalogue's review date, written on every row as "data as of", and `asof` the
 * month the view shows (null: today, the review's month), written with each item's status then.
 */
export function toCsv(
  items: readonly ExportItem[],
  districts: Districts,
  lang: ExportLang,
  reviewed: string,
  asof: YearMonth | null = null,
): string {
  const context: CsvContext = { lang, districts, reviewed, month: asof ?? monthOf(reviewed) };
  const header = COLUMNS.map((c) => csvField(c[lang]));
  const rows = items.map((item) => COLUMNS.map((c) => csvField(c.value(item, context))));
  return BOM + [header, ...rows].map((fields) => fields.join(',') + CRLF).join('');
}

// ---------------------------------------------------------------------------------------------
// GeoJSON

/** The item's own fields (those of catalog/build/schema.ts), without what the build derived from its geometry. */
function ownFields(item: ExportItem): ItemProperties {
  // Build-only fields (file, label, zones_geometry) may come along when the items are the build's own.
  const {
    geometry_kind: _kind,
    bounds: _bounds,
    districts: _d,
    search: _search,
    recheck: _recheck,
    ...rest
  } = item as ExportItem & Partial<Record<'file' | 'label' | 'zones_geometry', unknown>>;
  const { file: _file, label: _label, zones_geometry: _z, ...own } = rest;
  return own;
}

/**
 * The items as an RFC 7946 FeatureCollection, in the order given. Items without geometry (the
 * city-wide programmes) keep a null geometry, which RFC 7946 allows, so the file lists the whole
 * selection. `districts` is flattened like the CSV column, in Chinese; `districts_en` in English;
 * `recheck` is true for an item marked 待核实 · to be re-checked. The collection carries the
 * catalogue's review date as the foreign member `data_as_of` (RFC 7946 §6.1) and the month the view
 * showed as `asof` (the review's month when it showed today); each feature keeps its current `status` (as of
 * `status_as_of`) and adds `status_at_asof` and `behind_schedule_at_asof`, its state at that month.
 */
export function toGeoJson(
  items: readonly ExportItem[],
  geometry: ItemGeometry,
  districts: Districts,
  reviewed: string,
  asof: YearMonth | null = null,
): string {
  const month = asof ?? monthOf(reviewed);
  const byId = new Map<string, unknown>();
  // Label points share the item's id but are only where the map writes its name.
  for (const f of geometry.features) if (f.properties.label !== true) byId.set(f.properties.id, f.geometry);
  const features = items.map((item) => {
    const then = statusAt(item, month, reviewed);
    return {
      type: 'Feature',
      id: item.id,
      geometry: byId.get(item.id) ?? null,
      properties: {
        ...ownFields(item),
        districts: flattenDistricts(item.districts, districts, 'zh'),
        districts_en: flattenDistricts(item.districts, districts, 'en'),
        recheck: item.recheck,
        status_at_asof: then.status,
        behind_schedule_at_asof: then.behind,
      },
    };
  });
  return JSON.stringify({ type: 'FeatureCollection', data_as_of: reviewed, asof: month, features }, null, 2);
}
