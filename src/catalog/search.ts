// The browser half of search: a pure matcher over keys computed at build time by build/searchKeys.ts.
// It has no dependencies on purpose: pinyin-pro and its dictionary stay in the build, and the bundle
// only pays for this file. User input is only ever compared as plain text (indexOf / startsWith),
// never compiled into a regex.

export interface SearchKeys {
  /** normalise(name_zh) */
  zh: string;
  /** normalise(name_en) */
  en: string;
  /** Toneless pinyin of name_zh without separators (济莱高铁 → jilaigaotie); Latin and digits kept. */
  pinyin: string;
  /** First letter of each syllable (济莱高铁 → jlgt); Latin and digits kept whole (T2航站楼 → t2hzl). */
  initials: string;
  /**
   * The pinyin and initials of the short names (the name without its bracketed part, and each bracketed
   * part), flattened as [pinyin, initials, pinyin, initials, …] so that the matcher can tell which field
   * an alt key is. Short names whose keys are all present already are left out.
   */
  alt: string[];
  /**
   * Offsets in `en` where a later word of the English name starts (normalise() drops the spaces, so
   * the boundaries have to travel with the key). Optional: without it a word match counts as a
   * substring match.
   */
  enStarts?: number[];
}

/** The keys that need pinyin-pro, made at build time and shipped in the catalogue. */
export type ShippedKeys = Pick<SearchKeys, 'pinyin' | 'initials' | 'alt'>;

// Separators between English words; an apostrophe inside a word (Guang’anmen, Jinan’s) is not one.
const WORD_BREAK = /[^\p{L}\p{N}\p{M}'’]+/u;

/** Where each English word after the first starts in the normalised English name. */
function wordStarts(nameEn: string, en: string): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const word of nameEn.split(WORD_BREAK)) {
    const w = normalise(word);
    if (w === '') continue;
    if (at > 0) starts.push(at);
    at += w.length;
  }
  // Normalising word by word should give the same text as normalising the whole; if some exotic
  // character broke that, no offsets are better than wrong ones.
  return at === en.length ? starts : [];
}

/**
 * The keys that follow from the names alone. The browser makes them when the catalogue loads rather
 * than download them: they are a tenth of the catalogue's bytes.
 */
export function nameKeys(nameZh: string, nameEn: string): Pick<SearchKeys, 'zh' | 'en' | 'enStarts'> {
  const en = normalise(nameEn);
  return { zh: normalise(nameZh), en, enStarts: wordStarts(nameEn, en) };
}

export interface Searchable {
  id: string;
  keys: SearchKeys;
}

export type Field = 'zh' | 'en' | 'pinyin' | 'initials';

export interface Hit {
  id: string;
  score: number;
  field: Field;
}

// Combining diacritics left over by NFKD (é → e + U+0301); only the Latin block, so that other
// scripts' marks (kana voicing, Indic vowel signs) survive.
const DIACRITICS = /[\u0300-\u036f]/g;
// Everything that is not a letter, digit or mark: spaces, punctuation, quotes, brackets, dashes,
// middle dots, symbols.
const NOT_TEXT = /[^\p{L}\p{N}\p{M}]/gu;
const HAN = /\p{Script=Han}/u;

/**
 * The one normal form of names and queries: NFKC (full-width → ASCII), lower case, Latin diacritics
 * folded (ü → u, é → e), and everything but letters and digits removed, so that 'Jinan–Laiwu',
 * 'jinan laiwu' and 'JinanLaiwu' are the same text.
 */
export function normalise(text: string): string {
  return text.normalize('NFKD').toLowerCase().replace(DIACRITICS, '').normalize('NFC').replace(NOT_TEXT, '');
}

/**
 * Scores, best first. Alt keys are fragments of the name, and often only a qualifier in brackets
 * (（济南）, （在建）), so a whole alt key counts a little less than the start of the whole name, and
 * every other hit on one a step less than the same hit on the whole name.
 */
export const SCORE = {
  exact: 100,
  prefix: 80,
  altExact: 75,
  altPrefix: 70,
  wordPrefix: 60,
  substring: 40,
  altSubstring: 30,
} as const;

// Among equally good hits on one item, the field reported follows this order (deterministic).
const FIELD_ORDER: Record<Field, number> = { zh: 0, initials: 1, en: 2, pinyin: 3 };

interface Found extends Hit {
  length: number;
}

// The best hit of the item being scored. One scratch record for the whole run, so that a miss (the
// usual case across 10,000 items) allocates nothing.
const best = { score: 0, length: 0, field: 'zh' as Field };

function consider(score: number, length: number, field: Field): void {
  if (score === 0) return;
  if (
    score > best.score ||
    (score === best.score &&
      (length < best.length || (length === best.length && FIELD_ORDER[field] < FIELD_ORDER[best.field])))
  ) {
    best.score = score;
    best.length = length;
    best.field = field;
  }
}

/** Scores query q against one key: exact, prefix, or substring; 0 when q is not in it. */
function scoreKey(q: string, key: string, exact: number, prefix: number, substring: number): number {
  if (key.length < q.length) return 0;
  const at = key.indexOf(q);
  if (at < 0) return 0;
  if (at > 0) return substring;
  return key.length === q.length ? exact : prefix;
}

/** A hit inside the English key may still be the start of a word ('laiwu' in jinanlaiwuhighspeed…). */
function scoreEnglish(q: string, keys: SearchKeys): number {
  const score = scoreKey(q, keys.en, SCORE.exact, SCORE.prefix, SCORE.substring);
  if (score !== SCORE.substring || !keys.enStarts) return score;
  for (const at of keys.enStarts) if (keys.en.startsWith(q, at)) return SCORE.wordPrefix;
  return score;
}

// Only the Chinese name has Chinese characters in it: the other keys are all Latin and digits.
function scoreChinese(q: string, keys: SearchKeys): void {
  consider(scoreKey(q, keys.zh, SCORE.exact, SCORE.prefix, SCORE.substring), keys.zh.length, 'zh');
}

// Latin and digits in the Chinese name (T2, 5G, GTC) are in the pinyin and initials keys as well.
function scoreLatin(q: string, keys: SearchKeys): void {
  consider(scoreEnglish(q, keys), keys.en.length, 'en');
  consider(scoreKey(q, keys.pinyin, SCORE.exact, SCORE.prefix, SCORE.substring), keys.pinyin.length, 'pinyin');
  consider(scoreKey(q, keys.initials, SCORE.exact, SCORE.prefix, SCORE.substring), keys.initials.length, 'initials');
  const alt = keys.alt;
  for (let i = 0; i < alt.length; i++) {
    const key = alt[i] as string;
    const score = scoreKey(q, key, SCORE.altExact, SCORE.altPrefix, SCORE.altSubstring);
    if (score > 0) consider(score, key.length, i % 2 === 0 ? 'pinyin' : 'initials');
  }
}

function byRank(a: Found, b: Found): number {
  return b.score - a.score || a.length - b.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The items whose keys contain the query, best first, at most `limit`. A query with Chinese characters
 * is matched against the Chinese name only; any other query against the English name, the pinyin and
 * the initials (and those of the short names, in `alt`). Ranking (see SCORE): exact key > prefix of a key
 * > prefix of an English word > substring, then the shorter key, then the id, so that the same input
 * always gives the same order.
 */
export function search(query: string, items: readonly Searchable[], limit = 20): Hit[] {
  const q = normalise(query);
  if (q === '' || !(limit > 0)) return [];
  const chinese = HAN.test(q);
  const found: Found[] = [];
  for (const item of items) {
    best.score = 0;
    if (chinese) scoreChinese(q, item.keys);
    else scoreLatin(q, item.keys);
    if (best.score > 0) found.push({ id: item.id, score: best.score, field: best.field, length: best.length });
  }
  found.sort(byRank);
  return found.slice(0, limit).map(({ id, score, field }) => ({ id, score, field }));
}
