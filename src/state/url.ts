import { REGION_BOUNDS } from '../catalog/region.ts';
import { isYearMonth, TIMELINE_END, TIMELINE_START } from '../catalog/timeline.ts';
import { CATEGORIES, type Category, STATUSES, type Status, ZONES, type Zone } from '../catalog/vocab.ts';
import { LANGS } from '../i18n';
import { type Camera, DECK_IDS, DEFAULT_VIEW, type DeckId, type ViewState } from './types.ts';

// The one place where the view state meets the query string. A link can come from anyone, so
// parseView trusts nothing: every value is checked against a closed list or a strict pattern, and
// whatever fails is dropped and reported (never thrown, never passed through). serialiseView writes
// a canonical form, so that equal views give equal links.

export type DropReason = 'unknown-key' | 'invalid' | 'unknown-id' | 'duplicate' | 'too-long';

export interface Dropped {
  key: string;
  value: string;
  reason: DropReason;
}

/** The ids a link may name: item ids, and district adcodes as strings. */
export interface KnownIds {
  items: ReadonlySet<string>;
  districts: ReadonlySet<string>;
}

/** The URL keys, in the order serialiseView writes them. Short and stable: links outlive releases. */
export const URL_KEYS = [
  'lang',
  'zone',
  'd',
  'cat',
  'status',
  'late',
  'asof',
  'q',
  'item',
  'cam',
  'present',
  'slide',
  'view',
  'embed',
] as const;
type UrlKey = (typeof URL_KEYS)[number];

// Limits. The whole query is capped before parsing, so that a hostile link costs bounded work.
const MAX_SEARCH = 8000;
const MAX_VALUE = 2000;
const MAX_Q = 100;
const MAX_DISTRICTS = 12;
const MAX_CATEGORIES = 10;
const MAX_STATUSES = 5;
/** The notice quotes at most this much of a dropped key or value. */
const MAX_QUOTE = 80;

const ITEM_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const ADCODE = /^\d{6}$/;
// Plain decimals only: Number() would also take hex, exponents, 'Infinity' and padded blanks.
const DECIMAL = /^-?\d+(\.\d+)?$/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
/** The controls that separate words (tab, line breaks, NEL): they become spaces rather than vanish. */
const BREAKING_CONTROL = /[\t-\r\u0085]/;

/** The box around Jinan a camera must stay in: the basemap's region, and the zooms the map allows a link. */
const CAMERA_BOUNDS = {
  lng: [REGION_BOUNDS[0], REGION_BOUNDS[2]],
  lat: [REGION_BOUNDS[1], REGION_BOUNDS[3]],
  zoom: [5, 16],
} as const;
const CAMERA_DECIMALS = { lng: 5, lat: 5, zoom: 2 } as const;

/**
 * Reads a query string (with or without its leading '?') into a view. Never throws: anything
 * unknown, malformed, repeated or oversized is left out of the view and listed in `dropped`.
 */
export function parseView(search: string, known: KnownIds): { view: ViewState; dropped: Dropped[] } {
  const dropped: Dropped[] = [];
  const drop = (key: string, value: string, reason: DropReason) =>
    dropped.push({ key: quote(key), value: quote(value), reason });

  let query = search.startsWith('?') ? search.slice(1) : search;
  if (query.length > MAX_SEARCH) {
    drop('*', query, 'too-long');
    query = cut(query, MAX_SEARCH);
  }

  const view: ViewState = { ...DEFAULT_VIEW, districts: [], categories: [], statuses: [] };
  const seen = new Set<UrlKey>();
  // URLSearchParams decodes + and %20 alike, and turns malformed escapes into U+FFFD instead of throwing.
  // The leading '&' stops it from stripping a second '?', which would hide a malformed '??' link.
  for (const [key, value] of new URLSearchParams(`&${query}`)) {
    if (!isUrlKey(key)) drop(key, value, 'unknown-key');
    else if (seen.has(key)) drop(key, value, 'duplicate');
    else {
      seen.add(key);
      if (value.length > MAX_VALUE) drop(key, value, 'too-long');
      // An empty value says "the default", which the view already holds; nothing is lost, so nothing is reported.
      else if (value !== '') read(key, value, view, known, (v, reason) => drop(key, v, reason));
    }
  }
  // A slide number and the presenter console mean nothing outside a presentation.
  if (!view.present) {
    view.slide = DEFAULT_VIEW.slide;
    view.console = false;
  }
  return { view, dropped };
}

/**
 * The canonical query string of a view ('' for the default view): fixed key order, defaults omitted,
 * lists sorted and de-duplicated, camera rounded, search text cleaned as parseView would clean it.
 * Expects a view with valid values, as parseView returns; it does not validate.
 */
export function serialiseView(view: ViewState): string {
  const params = new URLSearchParams();
  const put = (key: UrlKey, value: string) => {
    if (value !== '') params.append(key, value);
  };
  // The calls follow URL_KEYS.
  put('lang', view.lang === DEFAULT_VIEW.lang ? '' : view.lang);
  put('zone', view.zone ?? '');
  put('d', canonical(view.districts).join(','));
  put('cat', canonical(view.categories).join(','));
  put('status', canonical(view.statuses).join(','));
  put('late', view.late ? '1' : '');
  put('asof', view.asof ?? '');
  put('q', cleanText(view.q).text);
  put('item', view.item ?? '');
  put('cam', view.camera ? formatCamera(view.camera) : '');
  put('present', view.present ?? '');
  put('slide', view.present && view.slide > 1 ? String(view.slide) : '');
  put('view', view.present && view.console ? 'console' : '');
  put('embed', view.embed ? '1' : '');
  // Commas never need escaping in a query; left bare, lists and cameras stay readable.
  const query = params.toString().replaceAll('%2C', ',');
  return query === '' ? '' : `?${query}`;
}

type Report = (value: string, reason: DropReason) => void;
type Judge<T> = (element: string) => T | { reason: DropReason };

function read(key: UrlKey, value: string, view: ViewState, known: KnownIds, report: Report): void {
  switch (key) {
    case 'lang':
      view.lang = readOne(value, oneOf(LANGS), report) ?? DEFAULT_VIEW.lang;
      return;
    case 'zone':
      view.zone = readOne(value, oneOf<Zone>(ZONES), report);
      return;
    case 'd':
      view.districts = readList(value, MAX_DISTRICTS, districtJudge(known), report);
      return;
    case 'cat':
      view.categories = readList(value, MAX_CATEGORIES, oneOf<Category>(CATEGORIES), report);
      return;
    case 'status':
      view.statuses = readList(value, MAX_STATUSES, oneOf<Status>(STATUSES), report);
      return;
    case 'late':
      if (value === '1') view.late = true;
      else report(value, 'invalid');
      return;
    case 'asof':
      // A month within the timeline: the congress report (2022-04) to the plan's horizon (2035-12).
      if (isYearMonth(value) && value >= TIMELINE_START && value <= TIMELINE_END) view.asof = value;
      else report(value, 'invalid');
      return;
    case 'q': {
      const { text, clipped } = cleanText(value);
      if (clipped) report(value, 'too-long');
      view.q = text;
      return;
    }
    case 'item':
      view.item = readOne(value, itemJudge(known), report);
      return;
    case 'cam':
      view.camera = parseCamera(value);
      if (!view.camera) report(value, 'invalid');
      return;
    case 'present':
      view.present = readOne(value, oneOf<DeckId>(DECK_IDS), report);
      return;
    case 'slide':
      // A slide number past the end is clamped by the presenter, which knows the deck's length.
      if (/^[1-9]\d{0,2}$/.test(value)) view.slide = Number(value);
      else report(value, 'invalid');
      return;
    case 'view':
      view.console = readOne(value, oneOf(['console']), report) === 'console';
      return;
    case 'embed':
      view.embed = readOne(value, oneOf(['1']), report) === '1';
      return;
  }
}

function readOne<T>(value: string, judge: Judge<T>, report: Report): T | null {
  const verdict = judge(value);
  if (isRejection(verdict)) {
    report(value, verdict.reason);
    return null;
  }
  return verdict;
}

/** Each element is judged on its own, so one bad element costs only itself. */
function readList<T extends string>(value: string, max: number, judge: Judge<T>, report: Report): T[] {
  const kept = new Set<T>();
  for (const element of value.split(',')) {
    // A stray comma (a trailing one, say) carries nothing worth a notice.
    if (element === '') continue;
    const verdict = judge(element);
    if (isRejection(verdict)) report(element, verdict.reason);
    // A repeated element is merged silently: the canonical list would name it once anyway.
    else if (!kept.has(verdict)) {
      if (kept.size < max) kept.add(verdict);
      else report(element, 'invalid');
    }
  }
  return canonical([...kept]);
}

function isRejection<T>(verdict: T | { reason: DropReason }): verdict is { reason: DropReason } {
  return typeof verdict === 'object' && verdict !== null && 'reason' in verdict;
}

function oneOf<T extends string>(list: readonly T[]): Judge<T> {
  return (element) => ((list as readonly string[]).includes(element) ? (element as T) : { reason: 'invalid' });
}

// Ids are checked for shape before lookup: a malformed id is hostile or mistyped, a well-formed
// unknown one is more likely a stale link to an item or district since removed.
function districtJudge(known: KnownIds): Judge<string> {
  return (element) => {
    if (!ADCODE.test(element)) return { reason: 'invalid' };
    return known.districts.has(element) ? element : { reason: 'unknown-id' };
  };
}

function itemJudge(known: KnownIds): Judge<string> {
  return (element) => {
    if (!ITEM_ID.test(element)) return { reason: 'invalid' };
    return known.items.has(element) ? element : { reason: 'unknown-id' };
  };
}

function isUrlKey(key: string): key is UrlKey {
  return (URL_KEYS as readonly string[]).includes(key);
}

/** Sorted (by code unit, so independent of locale) and de-duplicated: one view, one string. */
function canonical<T extends string>(list: readonly T[]): T[] {
  return [...new Set(list)].sort();
}

/**
 * Search text as plain text: no control characters, single spaces, at most MAX_Q characters.
 * It is never interpreted, only rendered as text; the cleaning keeps the URL and the notice tidy.
 */
function cleanText(raw: string): { text: string; clipped: boolean } {
  const plain = raw
    .replace(CONTROL, (c) => (BREAKING_CONTROL.test(c) ? ' ' : ''))
    .replace(/\s+/g, ' ')
    .trim();
  const chars = Array.from(plain);
  if (chars.length <= MAX_Q) return { text: plain, clipped: false };
  return { text: chars.slice(0, MAX_Q).join('').trimEnd(), clipped: true };
}

function parseCamera(value: string): Camera | null {
  const parts = value.split(',');
  if (parts.length !== 3 || !parts.every((p) => DECIMAL.test(p))) return null;
  const [lng, lat, zoom] = parts.map(Number) as [number, number, number];
  const camera = roundCamera({ lng, lat, zoom });
  const inside = (axis: keyof Camera) => {
    const [min, max] = CAMERA_BOUNDS[axis];
    return camera[axis] >= min && camera[axis] <= max;
  };
  return inside('lng') && inside('lat') && inside('zoom') ? camera : null;
}

// Rounded on the way in as well as out, so that a parsed camera is already what the URL will say.
function roundCamera({ lng, lat, zoom }: Camera): Camera {
  const round = (x: number, decimals: number) => Number(x.toFixed(decimals));
  return {
    lng: round(lng, CAMERA_DECIMALS.lng),
    lat: round(lat, CAMERA_DECIMALS.lat),
    zoom: round(zoom, CAMERA_DECIMALS.zoom),
  };
}

function formatCamera(camera: Camera): string {
  const { lng, lat, zoom } = roundCamera(camera);
  return `${lng},${lat},${zoom}`;
}

/** The first `max` code units, without splitting a surrogate pair. */
function cut(text: string, max: number): string {
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

/** The first MAX_QUOTE characters (code points, so an emoji is never halved). */
function quote(text: string): string {
  if (text.length <= MAX_QUOTE) return text;
  return Array.from(text.slice(0, MAX_QUOTE * 2))
    .slice(0, MAX_QUOTE)
    .join('');
}
