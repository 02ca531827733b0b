import { z } from '../catalog/build/zod.ts';
import { REGION_BOUNDS } from '../catalog/region.ts';
import { isYearMonth, TIMELINE_END, TIMELINE_START } from '../catalog/timeline.ts';
import { CATEGORIES, STATUSES, ZONES } from '../catalog/vocab.ts';
import { DECK_SCHEMA_CHANGES, DECK_SCHEMA_VERSION, type Deck, type SlideKind, type TimelineStep } from './types.ts';

// The deck file's schema and its checks against the catalogue, for build time and tests only (the
// browser never ships zod). Like the catalogue's checks, every message names the file, the slide,
// the field, what was found and what was expected, so that whoever edits a deck can fix it at once.

const SLIDE_KINDS = ['title', 'zone', 'item', 'summary', 'timeline'] as const satisfies readonly SlideKind[];
const STEPS = ['month', 'quarter'] as const satisfies readonly TimelineStep[];
const MONTH = `a month YYYY-MM from ${TIMELINE_START} to ${TIMELINE_END}`;
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const [W, S, E, N] = REGION_BOUNDS;

const kebab = (what: string) => z.string({ error: what }).regex(KEBAB, what);
const degrees = z.number({ error: 'a finite number of degrees' });

const slideSchema = z.strictObject(
  {
    id: kebab('a lower-case kebab-case slide id'),
    kind: z.enum(SLIDE_KINDS, { error: `one of ${SLIDE_KINDS.join(', ')}` }),
    zone: z.enum(ZONES, { error: `one of ${ZONES.join(', ')}, or null` }).nullable(),
    districts: z.array(z.string({ error: 'an adcode' }).regex(/^\d{6}$/, 'a six-digit adcode'), {
      error: 'a list of district adcodes (empty: all)',
    }),
    categories: z.array(z.enum(CATEGORIES, { error: `one of ${CATEGORIES.join(', ')}` }), {
      error: 'a list of categories (empty: all)',
    }),
    statuses: z.array(z.enum(STATUSES, { error: `one of ${STATUSES.join(', ')}` }), {
      error: 'a list of statuses (empty: all)',
    }),
    item: kebab('an item id (lower-case kebab-case), or null').nullable(),
    bounds: z.tuple([degrees, degrees, degrees, degrees], { error: 'bounds [west, south, east, north]' }),
    title_zh: z.string({ error: 'a string (may be empty)' }),
    title_en: z.string({ error: 'a string (may be empty)' }),
    note_zh: z.string({ error: 'a string (may be empty)' }),
    note_en: z.string({ error: 'a string (may be empty)' }),
    asof: z
      .string({ error: MONTH })
      .refine((v) => isYearMonth(v) && v >= TIMELINE_START && v <= TIMELINE_END, MONTH)
      .optional(),
    step: z.enum(STEPS, { error: `one of ${STEPS.join(', ')} (a timeline's step)` }).optional(),
    notes: z.strictObject(
      {
        zh: z.string({ error: 'a string (may be empty)' }),
        en: z.string({ error: 'a string (may be empty)' }),
      },
      { error: 'speaker notes {zh, en}' },
    ),
  },
  { error: 'a slide object' },
);

export const deckSchema = z.strictObject(
  {
    schema: z.literal(DECK_SCHEMA_VERSION, {
      error: `${DECK_SCHEMA_VERSION} (the deck schema version this app reads)`,
    }),
    id: kebab('a lower-case kebab-case deck id'),
    title_zh: z.string({ error: 'a string (may be empty)' }),
    title_en: z.string({ error: 'a string (may be empty)' }),
    slides: z.array(slideSchema, { error: 'a list of slides' }).min(1, 'at least one slide'),
  },
  { error: 'a deck object {schema, id, title_zh, title_en, slides}' },
);

// The schema must describe exactly the Deck of types.ts: this fails to compile when they drift.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type DeckSchemaMatchesTypes = Assert<Same<z.infer<typeof deckSchema>, Deck>>;
export type SlideKindsComplete = Assert<Same<(typeof SLIDE_KINDS)[number], SlideKind>>;
export type StepsComplete = Assert<Same<(typeof STEPS)[number], TimelineStep>>;

export interface Known {
  items: ReadonlySet<string>;
  districts: ReadonlySet<string>;
}

const show = (v: unknown): string => {
  if (v === undefined) return 'nothing';
  const text = JSON.stringify(v) ?? String(v);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** 'bounds[2]', 'districts[0]', 'kind': how a path inside a slide (or the deck) reads in a message. */
const fieldName = (path: readonly PropertyKey[]) =>
  path.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i > 0 ? '.' : ''}${String(k)}`)).join('');

const at = (root: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>((o, k) => (isRecord(o) || Array.isArray(o) ? (o as never)[k as never] : undefined), root);

/** Checks a parsed deck file against the schema and the catalogue; the deck only when all is well. */
export function validateDeck(file: string, json: unknown, known: Known): { deck: Deck | null; problems: string[] } {
  // Problems are sorted by where they are: the deck's own fields first, then slide by slide.
  const found: { slide: number; text: string }[] = [];
  const rawSlides = isRecord(json) && Array.isArray(json.slides) ? json.slides : [];
  const where = (slide: number) => {
    if (slide < 0) return file;
    const id = (rawSlides[slide] as { id?: unknown } | undefined)?.id;
    return `${file} · slide ${slide + 1}${typeof id === 'string' && id ? ` (${id})` : ''}`;
  };
  const push = (slide: number, field: string, value: string, expected: string) =>
    found.push({ slide, text: `${where(slide)} · ${field}: found ${value}, expected ${expected}` });
  /** Splits a path into the slide it is about (or -1) and the field within. */
  const locate = (path: readonly PropertyKey[]): [number, readonly PropertyKey[]] =>
    path[0] === 'slides' && typeof path[1] === 'number' ? [path[1], path.slice(2)] : [-1, path];

  // A deck of an older schema gets one message saying what changed, not one per missing field.
  const version = isRecord(json) ? json.schema : undefined;
  if (typeof version === 'number' && Number.isInteger(version) && version < DECK_SCHEMA_VERSION) {
    const changes = Object.entries(DECK_SCHEMA_CHANGES)
      .filter(([v]) => Number(v) > version)
      .map(([, what]) => what)
      .join('; ');
    return {
      deck: null,
      problems: [`${file} · schema: found schema ${version}, expected ${DECK_SCHEMA_VERSION} (${changes})`],
    };
  }

  const parsed = deckSchema.safeParse(json);
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const [slide, rest] = locate([...issue.path, key]);
        push(slide, fieldName(rest), show(at(json, [...issue.path, key])), 'no such field');
      }
      continue;
    }
    const [slide, rest] = locate(issue.path);
    const field = rest.length > 0 ? fieldName(rest) : slide >= 0 ? 'slide' : 'deck';
    push(slide, field, show(at(json, issue.path)), issue.message);
  }

  // Checks zod cannot make alone: against the catalogue and across slides. They run on the raw
  // slides, field by field, so that one wrong field does not hide the others.
  const firstUse = new Map<string, number>();
  rawSlides.forEach((raw, i) => {
    if (!isRecord(raw)) return;
    const { id, kind, item, districts, bounds, asof, step } = raw;
    if (typeof id === 'string' && KEBAB.test(id)) {
      const first = firstUse.get(id);
      if (first === undefined) firstUse.set(id, i);
      else push(i, 'id', `"${id}", already used by slide ${first + 1}`, 'an id used by one slide only');
    }
    if (kind === 'item' && (item === null || item === undefined))
      push(i, 'item', show(item), 'the id of the item a slide of kind "item" is about');
    // A timeline plays from the start of the timeline to its month: it needs at least one step.
    if (kind === 'timeline' && asof === TIMELINE_START)
      push(i, 'asof', show(asof), `a month after ${TIMELINE_START}, where the timeline's play stops (or no asof)`);
    if (step !== undefined && kind !== 'timeline' && typeof kind === 'string')
      push(i, 'step', show(step), `no step on a slide of kind "${kind}" (only a timeline slide plays)`);
    if (typeof item === 'string' && KEBAB.test(item) && !known.items.has(item))
      push(i, 'item', show(item), 'the id of an item in the catalogue');
    if (Array.isArray(districts))
      districts.forEach((d, j) => {
        if (typeof d === 'string' && /^\d{6}$/.test(d) && !known.districts.has(d))
          push(i, `districts[${j}]`, show(d), "the adcode of one of Jinan's districts");
      });
    if (
      Array.isArray(bounds) &&
      bounds.length === 4 &&
      bounds.every((v) => typeof v === 'number' && Number.isFinite(v))
    ) {
      const [w, s, e, n] = bounds as [number, number, number, number];
      if (!(w < e && s < n))
        push(i, 'bounds', show(bounds), '[west, south, east, north] with west < east and south < north');
      else if (w < W || e > E || s < S || n > N)
        push(i, 'bounds', show(bounds), `bounds inside the region ${W}–${E}° E, ${S}–${N}° N`);
    }
  });

  const problems = found.sort((a, b) => a.slide - b.slide).map((p) => p.text);
  return { deck: parsed.success && problems.length === 0 ? parsed.data : null, problems };
}

/** Reads a deck file's text: an empty file or text that is not JSON is a problem like any other. */
export function parseDeckText(file: string, text: string, known: Known): { deck: Deck | null; problems: string[] } {
  const expected = `a deck of slides as JSON (schema ${DECK_SCHEMA_VERSION})`;
  if (text.trim() === '')
    return { deck: null, problems: [`${file} · file: found an empty file, expected ${expected}`] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return {
      deck: null,
      problems: [`${file} · file: found text that is not JSON (${(e as Error).message}), expected ${expected}`],
    };
  }
  return validateDeck(file, json, known);
}
