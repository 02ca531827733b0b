import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { realCatalog } from '../../scripts/test/realCatalog.ts';
import type { Catalog } from '../catalog/types.ts';
import { type Known, parseDeckText, validateDeck } from './deckSchema';
import { generateDeck } from './generateDeck';
import type { Deck } from './types';

// The deck file's checks, against the real catalogue in geo/items/.

const root = path.resolve(import.meta.dirname, '../..');
const FILE = 'src/present/deck.test.json';
let catalog: Catalog;
let known: Known;
let good: Deck;

beforeAll(() => {
  catalog = realCatalog().catalog;
  known = {
    items: new Set(catalog.items.map((i) => i.id)),
    districts: new Set(catalog.districts.map((d) => d.adcode)),
  };
  good = generateDeck(catalog);
});

/** The good deck with one change; slide 3 is the first item slide. */
const bad = (edit: (deck: Record<string, unknown> & { slides: Record<string, unknown>[] }) => void): unknown => {
  const deck = structuredClone(good) as unknown as Record<string, unknown> & { slides: Record<string, unknown>[] };
  edit(deck);
  return deck;
};
const problemsOf = (json: unknown) => validateDeck(FILE, json, known).problems;

describe('validateDeck', () => {
  it('accepts the default deck generated from the real catalogue', () => {
    const { deck, problems } = validateDeck(FILE, good, known);
    expect(problems).toEqual([]);
    expect(deck).toEqual(good);
    expect(parseDeckText(FILE, JSON.stringify(good, null, 2), known)).toEqual({ deck: good, problems: [] });
  });

  it('accepts the committed default deck file', () => {
    const file = 'src/present/deck.default.json';
    expect(parseDeckText(file, fs.readFileSync(path.join(root, file), 'utf8'), known).problems).toEqual([]);
  });

  it('accepts empty captions and lists, and any slide kind without an item', () => {
    const deck = bad((d) => {
      d.title_zh = '';
      d.slides[0] = { ...d.slides[0], title_zh: '', note_en: '', districts: ['370114'], statuses: ['planned'] };
    });
    expect(problemsOf(deck)).toEqual([]);
  });

  it('names the file when the text is empty or not JSON', () => {
    expect(parseDeckText(FILE, '', known)).toEqual({
      deck: null,
      problems: [`${FILE} · file: found an empty file, expected a deck of slides as JSON (schema 2)`],
    });
    expect(parseDeckText(FILE, ' \n', known).problems).toHaveLength(1);
    const { deck, problems } = parseDeckText(FILE, '{"schema": 1,', known);
    expect(deck).toBeNull();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^src\/present\/deck\.test\.json · file: found text that is not JSON \(.+\), expected a deck of slides as JSON \(schema 2\)$/,
    );
  });

  it('rejects a value that is not a deck', () => {
    expect(problemsOf([1, 2])).toEqual([
      `${FILE} · deck: found [1,2], expected a deck object {schema, id, title_zh, title_en, slides}`,
    ]);
    expect(problemsOf(null)[0]).toMatch(/· deck: found null, expected a deck object/);
  });

  it('rejects a newer schema version', () => {
    expect(problemsOf(bad((d) => (d.schema = 3)))).toEqual([
      `${FILE} · schema: found 3, expected 2 (the deck schema version this app reads)`,
    ]);
  });

  it('tells a schema 1 deck what changed, in one message rather than one per slide', () => {
    const old = bad((d) => {
      d.schema = 1;
      for (const s of d.slides) delete s.notes;
    });
    expect(problemsOf(old)).toEqual([
      `${FILE} · schema: found schema 1, expected 2 (schema 2 adds speaker notes: every slide needs "notes": {"zh": "…", "en": "…"} (may be empty strings))`,
    ]);
    expect(validateDeck(FILE, old, known).deck).toBeNull();
  });

  it('checks the speaker notes: both languages, strings, nothing else', () => {
    expect(problemsOf(bad((d) => (d.slides[0] = { ...d.slides[0], notes: { zh: '', en: '' } })))).toEqual([]);
    expect(problemsOf(bad((d) => delete d.slides[2]?.notes))).toEqual([
      `${FILE} · slide 3 (item-hsr-jinan-laiwu) · notes: found nothing, expected speaker notes {zh, en}`,
    ]);
    expect(problemsOf(bad((d) => (d.slides[1] = { ...d.slides[1], notes: { zh: '说明', en: 7 } })))).toEqual([
      `${FILE} · slide 2 (zone-east) · notes.en: found 7, expected a string (may be empty)`,
    ]);
    expect(problemsOf(bad((d) => (d.slides[1] = { ...d.slides[1], notes: { zh: '', en: '', fr: 'x' } })))).toEqual([
      `${FILE} · slide 2 (zone-east) · notes.fr: found "x", expected no such field`,
    ]);
    expect(problemsOf(bad((d) => (d.slides[1] = { ...d.slides[1], notes: '说明' })))).toEqual([
      `${FILE} · slide 2 (zone-east) · notes: found "说明", expected speaker notes {zh, en}`,
    ]);
  });

  it('rejects a deck without slides', () => {
    expect(problemsOf(bad((d) => delete (d as Partial<typeof d>).slides))).toEqual([
      `${FILE} · slides: found nothing, expected a list of slides`,
    ]);
    expect(problemsOf(bad((d) => (d.slides = [])))).toEqual([
      `${FILE} · slides: found [], expected at least one slide`,
    ]);
  });

  it('rejects an unknown kind', () => {
    expect(problemsOf(bad((d) => (d.slides[1] = { ...d.slides[1], kind: 'chart' })))).toEqual([
      `${FILE} · slide 2 (zone-east) · kind: found "chart", expected one of title, zone, item, summary, timeline`,
    ]);
  });

  it('rejects an item that is not in the catalogue, and an item slide without one', () => {
    expect(problemsOf(bad((d) => (d.slides[2] = { ...d.slides[2], item: 'no-such-item' })))).toEqual([
      `${FILE} · slide 3 (item-hsr-jinan-laiwu) · item: found "no-such-item", expected the id of an item in the catalogue`,
    ]);
    expect(problemsOf(bad((d) => (d.slides[2] = { ...d.slides[2], item: null })))).toEqual([
      `${FILE} · slide 3 (item-hsr-jinan-laiwu) · item: found null, expected the id of the item a slide of kind "item" is about`,
    ]);
    expect(problemsOf(bad((d) => (d.slides[2] = { ...d.slides[2], item: 'Not Kebab' })))).toEqual([
      `${FILE} · slide 3 (item-hsr-jinan-laiwu) · item: found "Not Kebab", expected an item id (lower-case kebab-case), or null`,
    ]);
  });

  it('rejects a slide id used twice, naming the first use', () => {
    expect(problemsOf(bad((d) => (d.slides[3] = { ...d.slides[3], id: 'zone-east' })))).toEqual([
      `${FILE} · slide 4 (zone-east) · id: found "zone-east", already used by slide 2, expected an id used by one slide only`,
    ]);
  });

  it('rejects inverted bounds and bounds outside the region', () => {
    expect(problemsOf(bad((d) => (d.slides[0] = { ...d.slides[0], bounds: [117.9, 36, 116.2, 37.5] })))).toEqual([
      `${FILE} · slide 1 (title) · bounds: found [117.9,36,116.2,37.5], expected [west, south, east, north] with west < east and south < north`,
    ]);
    expect(problemsOf(bad((d) => (d.slides[0] = { ...d.slides[0], bounds: [116.2, 36, 117.9, 39.2] })))).toEqual([
      `${FILE} · slide 1 (title) · bounds: found [116.2,36,117.9,39.2], expected bounds inside the region 115.4–119.4° E, 35.3–38.4° N`,
    ]);
    // Latitude and longitude swapped put the west edge far outside.
    expect(problemsOf(bad((d) => (d.slides[0] = { ...d.slides[0], bounds: [36, 116.2, 37.5, 117.9] })))).toHaveLength(
      1,
    );
    expect(problemsOf(bad((d) => (d.slides[0] = { ...d.slides[0], bounds: [116.2, 36, 117.9] })))).toEqual([
      `${FILE} · slide 1 (title) · bounds: found [116.2,36,117.9], expected bounds [west, south, east, north]`,
    ]);
    expect(problemsOf(bad((d) => (d.slides[0] = { ...d.slides[0], bounds: [116.2, '36', 117.9, 37] })))).toEqual([
      `${FILE} · slide 1 (title) · bounds[1]: found "36", expected a finite number of degrees`,
    ]);
  });

  it('rejects districts that are not adcodes or not in Jinan', () => {
    expect(problemsOf(bad((d) => (d.slides[0] = { ...d.slides[0], districts: ['370114', '370199'] })))).toEqual([
      `${FILE} · slide 1 (title) · districts[1]: found "370199", expected the adcode of one of Jinan's districts`,
    ]);
    expect(problemsOf(bad((d) => (d.slides[0] = { ...d.slides[0], districts: ['章丘区'] })))).toEqual([
      `${FILE} · slide 1 (title) · districts[0]: found "章丘区", expected a six-digit adcode`,
    ]);
  });

  it('rejects unknown zones, categories and statuses', () => {
    const problems = problemsOf(
      bad((d) => (d.slides[1] = { ...d.slides[1], zone: '东', categories: ['roads'], statuses: ['done'] })),
    );
    expect(problems).toEqual([
      `${FILE} · slide 2 (zone-east) · zone: found "东", expected one of 东强, 西兴, 南美, 北起, 中优, 全市, or null`,
      expect.stringMatching(
        /^.+ · slide 2 \(zone-east\) · categories\[0\]: found "roads", expected one of transport, /,
      ),
      expect.stringMatching(/^.+ · slide 2 \(zone-east\) · statuses\[0\]: found "done", expected one of planned, /),
    ]);
  });

  it('rejects extra fields, on the deck and on a slide', () => {
    expect(problemsOf(bad((d) => (d.slides[4] = { ...d.slides[4], colour: 'red' })))).toEqual([
      `${FILE} · slide 5 (item-hsr-jinan-qingdao) · colour: found "red", expected no such field`,
    ]);
    expect(problemsOf(bad((d) => (d.author = 'me')))).toEqual([`${FILE} · author: found "me", expected no such field`]);
  });

  it('rejects a missing field and a slide that is not an object', () => {
    expect(problemsOf(bad((d) => delete d.slides[0]?.note_en))).toEqual([
      `${FILE} · slide 1 (title) · note_en: found nothing, expected a string (may be empty)`,
    ]);
    expect(problemsOf(bad((d) => (d.slides[1] = 'zone-east' as never)))).toEqual([
      `${FILE} · slide 2 · slide: found "zone-east", expected a slide object`,
    ]);
  });

  it('accepts an asof on any slide, and a timeline slide of the city or a direction with its end and step', () => {
    const deck = bad((d) => {
      d.slides.push({ ...d.slides[0], id: 'timeline-city', kind: 'timeline', zone: null, step: 'month' });
      d.slides[0] = { ...d.slides[0], asof: '2022-04' };
      d.slides[2] = { ...d.slides[2], asof: '2035-12' };
      d.slides[1] = { ...d.slides[1], kind: 'timeline', asof: '2024-06', step: 'quarter' };
    });
    const { deck: read, problems } = validateDeck(FILE, deck, known);
    expect(problems).toEqual([]);
    expect(read?.slides[1]).toMatchObject({ kind: 'timeline', zone: '东强', asof: '2024-06', step: 'quarter' });
  });

  it('rejects an asof that is not a month of the timeline, naming the range', () => {
    const expected = 'expected a month YYYY-MM from 2022-04 to 2035-12';
    for (const [asof, found] of [
      ['2022-03', '"2022-03"'], // before the congress report
      ['2036-01', '"2036-01"'], // past the plan's horizon
      ['2024-13', '"2024-13"'],
      ['2024-6', '"2024-6"'],
      ['2024-06-01', '"2024-06-01"'],
      ['now', '"now"'],
      [202406, '202406'],
      [null, 'null'],
    ] as const)
      expect(problemsOf(bad((d) => (d.slides[2] = { ...d.slides[2], asof })))).toEqual([
        `${FILE} · slide 3 (item-hsr-jinan-laiwu) · asof: found ${found}, ${expected}`,
      ]);
  });

  it('rejects a timeline that cannot play and a step on a slide that does not play', () => {
    expect(problemsOf(bad((d) => (d.slides[1] = { ...d.slides[1], kind: 'timeline', asof: '2022-04' })))).toEqual([
      `${FILE} · slide 2 (zone-east) · asof: found "2022-04", expected a month after 2022-04, where the timeline's play stops (or no asof)`,
    ]);
    expect(problemsOf(bad((d) => (d.slides[1] = { ...d.slides[1], step: 'month' })))).toEqual([
      `${FILE} · slide 2 (zone-east) · step: found "month", expected no step on a slide of kind "zone" (only a timeline slide plays)`,
    ]);
    expect(problemsOf(bad((d) => (d.slides[1] = { ...d.slides[1], kind: 'timeline', step: 'week' })))).toEqual([
      `${FILE} · slide 2 (zone-east) · step: found "week", expected one of month, quarter (a timeline's step)`,
    ]);
  });

  it('reports every problem at once, the deck’s first, then slide by slide', () => {
    const problems = problemsOf(
      bad((d) => {
        d.slides[5] = { ...d.slides[5], item: 'gone' };
        d.slides[1] = { ...d.slides[1], kind: 'chart' };
        d.schema = 3;
      }),
    );
    expect(problems).toEqual([
      `${FILE} · schema: found 3, expected 2 (the deck schema version this app reads)`,
      `${FILE} · slide 2 (zone-east) · kind: found "chart", expected one of title, zone, item, summary, timeline`,
      `${FILE} · slide 6 (zone-west) · item: found "gone", expected the id of an item in the catalogue`,
    ]);
  });
});
