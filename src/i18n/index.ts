import { createContext, useContext } from 'react';
import { en } from './en';
import { type MessageKey, zhCN } from './zh-CN';

export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

const tables: Record<Lang, Record<MessageKey, string>> = { zh: zhCN, en };

export function translate(lang: Lang, key: MessageKey): string {
  return tables[lang][key];
}

/** MapLibre's control strings, taken from the same table. */
export function mapLocale(lang: Lang): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(tables[lang])) if (/^[A-Z]\w+Control\./.test(key)) out[key] = value;
  return out;
}

export const LangContext = createContext<Lang>('zh');

export function useT(): (key: MessageKey) => string {
  const lang = useContext(LangContext);
  return (key) => translate(lang, key);
}

export type { MessageKey };
