import { type MessageKey, zhCN } from './zh-CN';

export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

// The Chinese table ships with the first script; the English one is fetched when a page first needs
// it (a link in English, the language button): most visitors never do, and it weighs as much as the
// Chinese one.
const tables: Partial<Record<Lang, Record<MessageKey, string>>> = { zh: zhCN };

/** Whether a language's table is there to be used. */
export function hasLang(lang: Lang): boolean {
  return tables[lang] !== undefined;
}

/** Makes a language's table available; settles at once for one already there. */
export function loadLang(lang: Lang): Promise<void> {
  if (tables[lang]) return Promise.resolve();
  return import('./en').then((m) => {
    tables.en = m.en;
  });
}

/** The language a query string asks for, without validating the rest of it (state/url.ts does that). */
export function langOfSearch(search: string): Lang {
  return new URLSearchParams(search).get('lang') === 'en' ? 'en' : 'zh';
}

/** A key in a language; in Chinese while that language's table has not arrived (loadLang). */
export function translate(lang: Lang, key: MessageKey): string {
  return (tables[lang] ?? zhCN)[key];
}

/** MapLibre's control strings, taken from the same table. */
export function mapLocale(lang: Lang): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(tables[lang] ?? zhCN)) if (/^[A-Z]\w+Control\./.test(key)) out[key] = value;
  return out;
}

export type { MessageKey };
