import { createContext, useContext } from 'react';
import { type Lang, type MessageKey, translate } from './index';

// The language as React passes it down, apart from the tables (index.ts): the page's first script uses
// those to start the map before React is even evaluated (map/early.ts), so they must not import React.

export const LangContext = createContext<Lang>('zh');

export function useT(): (key: MessageKey) => string {
  const lang = useContext(LangContext);
  return (key) => translate(lang, key);
}
