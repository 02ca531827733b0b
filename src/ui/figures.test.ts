import { describe, expect, it } from 'vitest';
import { type MessageKey, translate } from '../i18n';
import { itemFigures } from './figures';

const zh = (k: MessageKey) => translate('zh', k);
const en = (k: MessageKey) => translate('en', k);
const REVIEWED = '2026-12-06';

const bare = {
  start_year: null,
  end_year: null,
  status_as_of: '2024-05-06',
  length_km: null,
  area_km2: null,
  investment_bn_cny: null,
  capacity_value: null,
  capacity_unit_zh: null,
  capacity_unit_en: null,
};

const full = {
  ...bare,
  start_year: 2021,
  end_year: 2025,
  length_km: 1234.56,
  area_km2: 12.5,
  investment_bn_cny: 3.25,
  capacity_value: 1.255,
  capacity_unit_zh: '万吨/年',
  capacity_unit_en: 'kt/yr',
};

describe('itemFigures: what the card and the caption say of an item', () => {
  it('lists every figure in the card’s order, in Chinese and in English', () => {
    expect(itemFigures(full, REVIEWED, 'zh', zh).figures.map((f) => f.text)).toEqual([
      '长度 1,234.6 公里',
      '面积 12.5 平方公里',
      // 3.25 bn yuan = 32.5 亿元
      '投资 32.5 亿元',
      '规模 1.26 万吨/年',
    ]);
    expect(itemFigures(full, REVIEWED, 'en', en).figures.map((f) => f.text)).toEqual([
      'Length 1,234.6 km',
      'Area 12.5 km²',
      'Investment 3.3 bn yuan',
      'Capacity 1.26 kt/yr',
    ]);
  });

  it('gives the caption at most three, investment and capacity before area', () => {
    expect(itemFigures(full, REVIEWED, 'en', en).headline).toEqual([
      'Length 1,234.6 km',
      'Investment 3.3 bn yuan',
      'Capacity 1.26 kt/yr',
    ]);
    const noLength = { ...full, length_km: null };
    expect(itemFigures(noLength, REVIEWED, 'en', en).headline).toEqual([
      'Investment 3.3 bn yuan',
      'Capacity 1.26 kt/yr',
      'Area 12.5 km²',
    ]);
  });

  it('leaves out what the item does not have, and a missing capacity unit', () => {
    const figures = itemFigures(bare, REVIEWED, 'zh', zh);
    expect(figures.figures).toEqual([]);
    expect(figures.headline).toEqual([]);
    expect(figures.years).toBe('');
    const unitless = { ...bare, capacity_value: 3, capacity_unit_en: null };
    expect(itemFigures(unitless, REVIEWED, 'en', en).figures).toEqual([{ kind: 'capacity', text: 'Capacity 3' }]);
  });

  it('writes the years as a range, or the one year known', () => {
    expect(itemFigures(full, REVIEWED, 'zh', zh).years).toBe('2021–2025');
    expect(itemFigures({ ...bare, start_year: 2023 }, REVIEWED, 'zh', zh).years).toBe('2023');
    expect(itemFigures({ ...bare, end_year: 2030 }, REVIEWED, 'en', en).years).toBe('2030');
  });

  it('dates the status and says how long before the review it was confirmed', () => {
    expect(itemFigures(bare, REVIEWED, 'zh', zh).statusAsOf).toBe('截至 2024-05-06 · 2 年 7 个月前');
    expect(itemFigures(bare, REVIEWED, 'en', en).statusAsOf).toBe('as of 2024-05-06 · 2 yr 7 mo before review');
  });
});
