import { expect } from 'vitest';
import type { FullItem } from '../catalog/types.ts';
import type { Districts } from './export.ts';

// What both export test files share: a CSV reader of their own, a fixture item and the headers the
// files must carry.

export const ZHANGQIU = '370114';
export const touchesZhangqiu = (i: FullItem) => i.districts?.inside.some((s) => s.key === ZHANGQIU) ?? false;

/** A small RFC 4180 reader, kept apart from the writer so that a test cannot share its mistakes. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (quoted) throw new Error('unterminated quoted field');
  // RFC 4180 allows the last record to end without a line break.
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** The CSV as records keyed by the header, BOM stripped. */
export function records(csv: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(csv.slice(1));
  if (!header) throw new Error('no header');
  return rows.map((r) => {
    expect(r).toHaveLength(header.length);
    return Object.fromEntries(header.map((h, i) => [h, r[i] ?? '']));
  });
}

export const REVIEWED = '2026-12-06';

export const DISTRICTS: Districts = [
  { adcode: '370112', name_zh: '历城区', name_en: 'Licheng District' },
  { adcode: '370114', name_zh: '章丘区', name_en: 'Zhangqiu District' },
];

export function fixture(over: Partial<FullItem> = {}): FullItem {
  return {
    id: 'test-item',
    name_zh: '测试项目',
    name_en: 'Test item',
    category: 'transport',
    mode: 'rail',
    zone: '东强',
    zones_also: [],
    status: 'planned',
    status_as_of: '2022-04-09',
    start_year: 2023,
    end_year: 2026,
    length_km: 12.5,
    area_km2: null,
    investment_bn_cny: 17.67,
    capacity_value: 38,
    capacity_unit_zh: '万平方米 建筑面积',
    capacity_unit_en: '10k m² floor area',
    report_section: '创建国际性综合交通枢纽城市',
    report_quote: '测试',
    summary_zh: '中文简介',
    summary_en: 'English summary',
    site_note_zh: null,
    site_note_en: null,
    accuracy_m: 500,
    schematic: true,
    geometry_basis: 'described',
    sources: ['Source A 2022 https://example.org/a', 'Source B'],
    milestones: [],
    history: [],
    file: 'geo/items/transport.geojson',
    geometry_kind: 'line',
    bounds: [117, 36, 118, 37],
    label: [117.5, 36.5],
    districts: {
      unit: 'km',
      total: 14,
      inside: [
        { key: '370114', amount: 8.5, share: 0.6071 },
        { key: '370112', amount: 4, share: 0.2857 },
      ],
      outside: 1.5,
    },
    zones_geometry: null,
    search: { zh: '', en: '', pinyin: '', initials: '', alt: [] },
    recheck: true,
    ...over,
  };
}

export const HEADER_ZH = [
  '编号',
  '中文名称',
  '英文名称',
  '片区',
  '片区代码',
  '亦属片区',
  '亦属片区代码',
  '类别',
  '类别代码',
  '状态',
  '状态代码',
  '交通方式',
  '交通方式代码',
  '状态核实日期',
  '待核实',
  '数据截至',
  '状态所示月份',
  '当月状态',
  '当月状态代码',
  '当月延期',
  '开工年份',
  '完工年份',
  '立项（计划）',
  '立项（实际）',
  '立项来源',
  '开工（计划）',
  '开工（实际）',
  '开工来源',
  '开通或建成（计划）',
  '开通或建成（实际）',
  '开通或建成来源',
  '分期',
  '所在区县',
  '济南市域外',
  '长度（公里）',
  '面积（平方公里）',
  '投资（十亿元）',
  '规模',
  '位置精度（米）',
  '示意',
  '报告章节',
  '简介',
  '来源',
];
export const HEADER_EN = [
  'ID',
  'Name (Chinese)',
  'Name (English)',
  'Zone',
  'Zone code',
  'Also in zones',
  'Also in zones (codes)',
  'Category',
  'Category code',
  'Status',
  'Status code',
  'Mode',
  'Mode code',
  'Status as of',
  'To be re-checked',
  'Data as of',
  'Status shown for month',
  'Status that month',
  'Status code that month',
  'Behind schedule that month',
  'Start year',
  'End year',
  'Approval (planned)',
  'Approval (actual)',
  'Approval source',
  'Works start (planned)',
  'Works start (actual)',
  'Works start source',
  'Opening or completion (planned)',
  'Opening or completion (actual)',
  'Opening or completion source',
  'Phases',
  'Districts',
  'Outside Jinan',
  'Length (km)',
  'Area (km²)',
  'Investment (bn CNY)',
  'Capacity',
  'Accuracy (m)',
  'Schematic',
  'Report section',
  'Summary',
  'Sources',
];
