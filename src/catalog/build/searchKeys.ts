import { pinyin } from 'pinyin-pro';
import { nameKeys, normalise, type SearchKeys, type ShippedKeys } from '../search.ts';

// The build half of search: turns an item's names into the keys the browser matcher (search.ts)
// compares against. Runs in Node only; pinyin-pro and its dictionary must never reach the bundle,
// which is why the normal form lives in search.ts and is imported from there.

export type { SearchKeys };
export { normalise };

interface Romanised {
  pinyin: string;
  initials: string;
}

interface Syllable {
  /** The text pinyin-pro read: one Chinese character, or a run of anything else. */
  origin: string;
  zh: boolean;
  /** Toneless pinyin of a Chinese character; unused otherwise. */
  reading: string;
}

const HAN = /\p{Script=Han}/u;
// Applied after NFKC, which has already turned （） into (); 【】 has no compatibility form.
const BRACKETED = /\(([^()]*)\)|【([^【】]*)】/g;
const QUOTES = /["'“”‘’「」『』]/g;

/**
 * Words pinyin-pro reads wrongly in the catalogue's names. It gets every Jinan place name right
 * (长清 changqing, 历城 licheng, 泺口 luokou, … see searchKeys.test.ts); 都 in 之都 ("capital of")
 * is dū, not dōu.
 */
const READINGS: Readonly<Record<string, readonly string[]>> = { 之都: ['zhi', 'du'] };

/** The index of the syllable that starts at this offset in the text, or -1. */
function syllableAt(syllables: readonly Syllable[], at: number): number {
  let offset = 0;
  for (let i = 0; i < syllables.length; i++) {
    if (offset === at) return i;
    offset += syllables[i]?.origin.length ?? 0;
  }
  return -1;
}

/** Puts the readings of READINGS over pinyin-pro's wherever one of its words occurs in the text. */
function applyReadings(text: string, syllables: Syllable[]): void {
  for (const [word, readings] of Object.entries(READINGS)) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
      const first = syllableAt(syllables, at);
      if (first < 0) continue;
      readings.forEach((reading, k) => {
        const s = syllables[first + k];
        if (s?.zh) s.reading = reading;
      });
    }
  }
}

/**
 * Toneless pinyin and initials of a Chinese name. pinyin-pro reads the whole name at once, so that
 * polyphonic characters get their reading from the word they are in (长清 → changqing, not zhangqing).
 * Runs of anything else are kept as their normalised selves in both keys (T2 → t2).
 */
function romanise(text: string): Romanised {
  const syllables: Syllable[] = pinyin(text, { toneType: 'none', type: 'all', nonZh: 'consecutive' }).map((s) => ({
    origin: s.origin,
    zh: s.isZh,
    reading: s.pinyin,
  }));
  applyReadings(text, syllables);
  let full = '';
  let initials = '';
  for (const s of syllables) {
    const key = normalise(s.zh ? s.reading : s.origin);
    full += key;
    // A run of Latin or digits stays whole in the initials: T2航站楼 → t2hzl.
    initials += s.zh ? key.charAt(0) : key;
  }
  return { pinyin: full, initials };
}

/**
 * The shorter names an item also answers to: the name without its bracketed parts, and each bracketed
 * part, all without quotes. 龙山文化（章丘城子崖遗址） → 龙山文化, 章丘城子崖遗址. Parts without any
 * Chinese character are left out: their text is already in the zh and en keys as it is.
 */
export function shortNames(nameZh: string): string[] {
  const inner: string[] = [];
  // A space where the bracket was, so that pinyin-pro does not read a word across the gap.
  const outer = nameZh.normalize('NFKC').replace(BRACKETED, (_, round?: string, square?: string) => {
    inner.push(round ?? square ?? '');
    return ' ';
  });
  return [outer, ...inner].map((s) => s.replace(QUOTES, '').trim()).filter((s) => HAN.test(s));
}

/** [pinyin, initials] pairs of the short names that add a key the full name does not already have. */
function altKeys(nameZh: string, full: Romanised): string[] {
  const seen = new Set([full.pinyin, full.initials]);
  const alt: string[] = [];
  for (const name of shortNames(nameZh)) {
    const keys = romanise(name);
    if (seen.has(keys.pinyin) && seen.has(keys.initials)) continue;
    alt.push(keys.pinyin, keys.initials);
    seen.add(keys.pinyin);
    seen.add(keys.initials);
  }
  return alt;
}

/** The keys only the build can make: the catalogue ships these, and the browser adds nameKeys(). */
export function shippedKeys(nameZh: string): ShippedKeys {
  const full = romanise(nameZh.normalize('NFKC'));
  return { pinyin: full.pinyin, initials: full.initials, alt: altKeys(nameZh, full) };
}

export function searchKeys(nameZh: string, nameEn: string): SearchKeys {
  return { ...nameKeys(nameZh, nameEn), ...shippedKeys(nameZh) };
}
