import type { CatalogItem } from '../catalog/types';
import type { Lang, MessageKey } from '../i18n';
import { formatNumber } from '../i18n/names';
import { statusAge } from './age';

// What the item card and the meeting caption both say of an item, composed once: its years, how
// current its status is, and its figures, in the reader's language.

export type FigureKind = 'length' | 'area' | 'investment' | 'capacity';

export interface Figure {
  kind: FigureKind;
  /** e.g. '长度 58.2 公里', 'Investment 12.5 bn yuan'. */
  text: string;
}

export interface ItemFigures {
  /** '2021–2025', '2023', or '' when neither year is known. */
  years: string;
  /** '截至 2024-05-06 · 2 年 7 个月前': the status's date and its age at the review. */
  statusAsOf: string;
  /** Every figure the item has, in the card's order: length, area, investment, capacity. */
  figures: Figure[];
  /** Up to three for a caption, the most telling first: length, investment, capacity, area. */
  headline: string[];
}

type FigureItem = Pick<
  CatalogItem,
  | 'start_year'
  | 'end_year'
  | 'status_as_of'
  | 'length_km'
  | 'area_km2'
  | 'investment_bn_cny'
  | 'capacity_value'
  | 'capacity_unit_zh'
  | 'capacity_unit_en'
>;

const HEADLINE: readonly FigureKind[] = ['length', 'investment', 'capacity', 'area'];
const HEADLINE_COUNT = 3;

/** The item's years, status date and figures; `reviewed` is the catalogue's review date. */
export function itemFigures(item: FigureItem, reviewed: string, lang: Lang, t: (k: MessageKey) => string): ItemFigures {
  const figures: Figure[] = [];
  const add = (kind: FigureKind, text: string) => figures.push({ kind, text });
  if (item.length_km) add('length', `${t('card.length')} ${formatNumber(item.length_km, lang)} ${t('unit.km')}`);
  if (item.area_km2) add('area', `${t('card.area')} ${formatNumber(item.area_km2, lang)} ${t('unit.km2')}`);
  if (item.investment_bn_cny) {
    // 1 bn yuan = 10 亿元: Chinese readers count investment in 亿.
    const value = lang === 'zh' ? item.investment_bn_cny * 10 : item.investment_bn_cny;
    add('investment', `${t('card.investment')} ${formatNumber(value, lang)} ${t('unit.bnCny')}`);
  }
  if (item.capacity_value) {
    const unit = lang === 'zh' ? item.capacity_unit_zh : item.capacity_unit_en;
    add('capacity', `${t('card.capacity')} ${formatNumber(item.capacity_value, lang, 2)} ${unit ?? ''}`.trim());
  }
  const headline = HEADLINE.flatMap((kind) => figures.filter((f) => f.kind === kind).map((f) => f.text)).slice(
    0,
    HEADLINE_COUNT,
  );
  return {
    years: [item.start_year, item.end_year].filter((y) => y !== null).join('–'),
    statusAsOf: `${t('card.asOf')} ${item.status_as_of} · ${statusAge(item.status_as_of, reviewed, t)}`,
    figures,
    headline,
  };
}
