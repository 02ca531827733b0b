import type { CatalogItem, DistrictInfo } from '../catalog/types';
import type { Lang } from '../i18n';

export const itemName = (item: Pick<CatalogItem, 'name_zh' | 'name_en'>, lang: Lang) =>
  lang === 'zh' ? item.name_zh : item.name_en;

export const districtName = (d: DistrictInfo | undefined, lang: Lang, fallback: string) =>
  d ? (lang === 'zh' ? d.name_zh : d.name_en) : fallback;

/** A number as people read it in the chosen language: 1,234.5 or 1,234.5 (no trailing .0). */
export function formatNumber(value: number, lang: Lang, digits = 1): string {
  const key = `${lang}${digits}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: digits });
    formats.set(key, format);
  }
  return format.format(value);
}

// Building a formatter loads locale data; the statistics format dozens of numbers per render.
const formats = new Map<string, Intl.NumberFormat>();
