import { type Lang, translate } from '../i18n';

/** A month as the reader writes it: 2024 年 6 月, or 2024-06. */
export function monthText(month: string, lang: Lang): string {
  const [year, m] = month.split('-');
  return translate(lang, 'timeline.month')
    .replace('{year}', year ?? '')
    .replace('{month}', lang === 'zh' ? String(Number(m)) : (m ?? ''));
}
