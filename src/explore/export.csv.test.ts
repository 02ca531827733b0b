import { describe, expect, it } from 'vitest';
import { toCsv } from './export.ts';
import { DISTRICTS, fixture, HEADER_EN, HEADER_ZH, parseCsv, REVIEWED, records } from './exportTestData.ts';

describe('toCsv: the file format', () => {
  it('starts with a UTF-8 byte-order mark, once, so that Excel reads the Chinese as UTF-8', () => {
    const csv = toCsv([fixture()], DISTRICTS, 'zh', REVIEWED);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).includes('\uFEFF')).toBe(false);
  });

  it('ends every record with CRLF and has no bare LF or CR', () => {
    const csv = toCsv([fixture(), fixture({ id: 'second' })], DISTRICTS, 'en', REVIEWED);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv).not.toMatch(/\r(?!\n)|(?<!\r)\n/);
    expect(csv.split('\r\n')).toHaveLength(4); // header, two items, and the empty tail
  });

  it('writes the header in the chosen language, with the same columns either way', () => {
    expect(parseCsv(toCsv([], DISTRICTS, 'zh', REVIEWED).slice(1))).toEqual([HEADER_ZH]);
    expect(parseCsv(toCsv([], DISTRICTS, 'en', REVIEWED).slice(1))).toEqual([HEADER_EN]);
  });

  it('keeps both names whatever the language, and the summary, capacity and yes/no in the chosen one', () => {
    const [zh] = records(toCsv([fixture()], DISTRICTS, 'zh', REVIEWED));
    const [en] = records(toCsv([fixture()], DISTRICTS, 'en', REVIEWED));
    expect([zh?.中文名称, zh?.英文名称]).toEqual(['测试项目', 'Test item']);
    expect([en?.['Name (Chinese)'], en?.['Name (English)']]).toEqual(['测试项目', 'Test item']);
    expect([zh?.简介, zh?.规模, zh?.示意]).toEqual(['中文简介', '38万平方米 建筑面积', '是']);
    expect([en?.Summary, en?.Capacity, en?.Schematic]).toEqual(['English summary', '38 10k m² floor area', 'yes']);
    expect(en?.Sources).toBe('Source A 2022 https://example.org/a | Source B');
    expect(zh?.['投资（十亿元）']).toBe('17.67');
    expect(en?.['Start year']).toBe('2023');
    expect(en?.['Area (km²)']).toBe('');
  });

  it('names zone, category, status and mode in the chosen language, with the raw codes in columns of their own', () => {
    const item = fixture({ zone: '北起', category: 'transport', status: 'in_operation', mode: 'rail' });
    const [zh] = records(toCsv([item], DISTRICTS, 'zh', REVIEWED));
    const [en] = records(toCsv([item], DISTRICTS, 'en', REVIEWED));
    expect([zh?.片区, zh?.类别, zh?.状态, zh?.交通方式]).toEqual(['北起', '交通枢纽', '运营中', '铁路']);
    expect([en?.Zone, en?.Category, en?.Status, en?.Mode]).toEqual([
      'North rising',
      'Transport hub',
      'In operation',
      'Rail',
    ]);
    const codes = ['北起', 'transport', 'in_operation', 'rail'];
    expect([zh?.片区代码, zh?.类别代码, zh?.状态代码, zh?.交通方式代码]).toEqual(codes);
    expect([en?.['Zone code'], en?.['Category code'], en?.['Status code'], en?.['Mode code']]).toEqual(codes);
    // The other directions an item belongs to, named and as codes; none is an empty cell.
    const airport = fixture({ zone: '北起', zones_also: ['东强', '中优'] });
    const [azh] = records(toCsv([airport], DISTRICTS, 'zh', REVIEWED));
    const [aen] = records(toCsv([airport], DISTRICTS, 'en', REVIEWED));
    expect([azh?.亦属片区, azh?.亦属片区代码]).toEqual(['东强、中优', '东强,中优']);
    expect([aen?.['Also in zones'], aen?.['Also in zones (codes)']]).toEqual([
      'East strong, Centre optimised',
      '东强,中优',
    ]);
    expect([zh?.亦属片区, zh?.亦属片区代码]).toEqual(['', '']);
    // An item that is not about transport has no mode, in either column.
    const [park] = records(toCsv([fixture({ category: 'ecology', mode: null })], DISTRICTS, 'en', REVIEWED));
    expect([park?.Category, park?.['Category code'], park?.Mode, park?.['Mode code']]).toEqual([
      'Ecology & water',
      'ecology',
      '',
      '',
    ]);
  });

  it('writes the review date on every row and marks the items to be re-checked', () => {
    const rows = records(
      toCsv(
        [fixture({ id: 'old', recheck: true }), fixture({ id: 'fresh', recheck: false })],
        DISTRICTS,
        'zh',
        REVIEWED,
      ),
    );
    expect(rows.map((r) => [r.编号, r.待核实, r.数据截至])).toEqual([
      ['old', '是', '2026-12-06'],
      ['fresh', '否', '2026-12-06'],
    ]);
    const [en] = records(toCsv([fixture()], DISTRICTS, 'en', REVIEWED));
    expect([en?.['To be re-checked'], en?.['Data as of'], en?.['Status as of']]).toEqual([
      'yes',
      '2026-12-06',
      '2022-04-09',
    ]);
  });

  it('lists districts with amount and unit for lines and areas, names only for points', () => {
    const [line] = records(toCsv([fixture()], DISTRICTS, 'zh', REVIEWED));
    expect(line?.所在区县).toBe('章丘区 8.5 km; 历城区 4 km');
    expect(line?.济南市域外).toBe('1.5 km');

    const area = fixture({
      districts: { unit: 'km2', total: 157.6, inside: [{ key: '370112', amount: 157.6, share: 1 }], outside: 0 },
    });
    const [a] = records(toCsv([area], DISTRICTS, 'en', REVIEWED));
    expect(a?.Districts).toBe('Licheng District 157.6 km²');
    expect(a?.['Outside Jinan']).toBe('');

    const inside = [
      { key: '370112', amount: 3, share: 0.75 },
      { key: '370114', amount: 1, share: 0.25 },
    ];
    const points = fixture({ districts: { unit: 'points', total: 5, inside, outside: 1 } });
    const [p] = records(toCsv([points], DISTRICTS, 'en', REVIEWED));
    expect(p?.Districts).toBe('Licheng District; Zhangqiu District');
    expect(p?.['Outside Jinan']).toBe('1 point');
  });

  it('leaves districts empty for items without geometry', () => {
    const none = fixture({ districts: null, geometry_kind: null, bounds: null, label: null });
    const [row] = records(toCsv([none], DISTRICTS, 'zh', REVIEWED));
    expect([row?.所在区县, row?.济南市域外]).toEqual(['', '']);
  });

  it('quotes fields with commas, quotes, CR or LF, doubling the quotes, and reads back unchanged', () => {
    const name_en = 'Hub, "North"\r\nline 2\nline 3\rend';
    const csv = toCsv([fixture({ name_en })], DISTRICTS, 'en', REVIEWED);
    expect(csv).toContain('"Hub, ""North""');
    const [row] = records(csv);
    expect(row?.['Name (English)']).toBe(name_en);
    expect(row?.ID).toBe('test-item'); // a plain field stays unquoted
    expect(csv).toContain('\r\ntest-item,');
  });
});

describe('toCsv: the plan across time', () => {
  const works = {
    stage: 'works_start' as const,
    name_zh: null,
    name_en: null,
    planned: '2023',
    actual: '2023-03-15',
    source: '新闻《开工》2023-03-15',
  };
  const opening = { ...works, stage: 'opening' as const, planned: '2025-06', actual: null, source: null };
  const phase = (name_zh: string, name_en: string, planned: string | null, actual: string | null) => ({
    stage: 'phase' as const,
    name_zh,
    name_en,
    planned,
    actual,
    source: actual ? `Report ${actual}` : null,
  });
  const item = fixture({ status: 'under_construction', status_as_of: '2024-01-10', milestones: [works, opening] });

  it('writes the month shown and each item’s status and delay then, in the reader’s language', () => {
    const [before] = records(toCsv([item], DISTRICTS, 'zh', REVIEWED, '2022-06'));
    expect([before?.数据截至, before?.状态所示月份, before?.状态, before?.当月状态, before?.当月状态代码]).toEqual([
      REVIEWED,
      '2022-06',
      '在建',
      '规划',
      'planned',
    ]);
    expect(before?.当月延期).toBe('否');
    // The opening planned for 2025-06 had not come by 2025-09: behind schedule then.
    const [late] = records(toCsv([item], DISTRICTS, 'en', REVIEWED, '2025-09'));
    expect([
      late?.['Status shown for month'],
      late?.['Status that month'],
      late?.['Behind schedule that month'],
    ]).toEqual(['2025-09', 'Under construction', 'yes']);
    // No month: today, the review's month.
    const [today] = records(toCsv([item], DISTRICTS, 'en', REVIEWED));
    expect(today?.['Status shown for month']).toBe('2026-12');
  });

  it('writes planned, actual and source of approval, works start and opening, empty where unknown', () => {
    const [zh] = records(toCsv([item], DISTRICTS, 'zh', REVIEWED));
    expect([zh?.['立项（计划）'], zh?.['立项（实际）'], zh?.立项来源]).toEqual(['', '', '']);
    expect([zh?.['开工（计划）'], zh?.['开工（实际）'], zh?.开工来源]).toEqual(['2023', '2023-03-15', works.source]);
    expect([zh?.['开通或建成（计划）'], zh?.['开通或建成（实际）'], zh?.开通或建成来源]).toEqual(['2025-06', '', '']);
    const [none] = records(toCsv([fixture()], DISTRICTS, 'en', REVIEWED));
    expect(none?.['Works start (actual)']).toBe('');
    expect(none?.Phases).toBe('');
  });

  it('writes a programme’s phases in one cell, each with its dates and source', () => {
    const programme = fixture({
      category: 'ecology',
      mode: null,
      status: 'ongoing',
      milestones: [phase('一期', 'Phase 1', '2023', '2023-11'), phase('二期', 'Phase 2', '2027', null)],
    });
    const [zh] = records(toCsv([programme], DISTRICTS, 'zh', REVIEWED));
    const [en] = records(toCsv([programme], DISTRICTS, 'en', REVIEWED));
    expect(zh?.分期).toBe('一期：计划 2023，实际 2023-11（Report 2023-11）；二期：计划 2027');
    expect(en?.Phases).toBe('Phase 1: planned 2023, actual 2023-11 (Report 2023-11); Phase 2: planned 2027');
  });
});
