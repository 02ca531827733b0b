import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { realCatalog } from '../../scripts/test/realCatalog.ts';
import { inDirection } from '../catalog/directions.ts';
import { JINAN_BOUNDS } from '../catalog/region.ts';
import type { Bounds, Catalog, CatalogItem } from '../catalog/types.ts';
import type { Zone } from '../catalog/vocab.ts';
import {
  DECK_ZONES,
  framedBounds,
  generateDeck,
  keyItems,
  MAX_RESULT_SLIDES,
  resultsDeck,
  ZONE_SLIDE_ID,
} from './generateDeck';
import type { Deck } from './types';

// The decks generated from the real catalogue in geo/items/, through the same pipeline as the build.

const root = path.resolve(import.meta.dirname, '../..');
const DEFAULT_DECK_FILE = path.join(root, 'src/present/deck.default.json');
const REGENERATE = 'WRITE_DECK=1 npx vitest run src/present -t "default deck"';
const ZHANGQIU = '370114';

let catalog: Catalog;
let byId: Map<string, CatalogItem>;
let deck: Deck;

beforeAll(() => {
  catalog = realCatalog().catalog;
  byId = new Map(catalog.items.map((i) => [i.id, i]));
  deck = generateDeck(catalog);
});

const contains = (outer: Bounds, inner: Bounds) =>
  outer[0] <= inner[0] && outer[1] <= inner[1] && outer[2] >= inner[2] && outer[3] >= inner[3];

describe('generateDeck', () => {
  it('opens with the title, walks the five directions in order, plays the city timeline, and closes with the summary', () => {
    const slides = deck.slides;
    expect(deck.schema).toBe(2);
    expect(deck.id).toBe('default');
    expect(slides[0]).toMatchObject({ id: 'title', kind: 'title', zone: null, item: null });
    expect(slides[0]?.title_zh).toBe('济南蓝图');
    expect(slides[0]?.title_en).toBe('Jinan Blueprint');
    expect(slides[0]?.note_zh).toContain('第十二次党代会');
    expect(slides.at(-1)).toMatchObject({ id: 'summary', kind: 'summary', zone: null, item: null });
    // The whole city plays from the congress to the review (no asof: up to the review month).
    expect(slides.at(-2)).toMatchObject({ id: 'timeline', kind: 'timeline', zone: null, item: null });
    expect(slides.at(-2)?.bounds).toEqual(slides[0]?.bounds);
    expect(slides.at(-2)).not.toHaveProperty('asof');
    expect(slides.filter((s) => s.kind === 'timeline')).toHaveLength(1);

    const zoneSlides = slides.filter((s) => s.kind === 'zone');
    expect(zoneSlides.map((s) => s.zone)).toEqual([...DECK_ZONES]);
    expect(zoneSlides.map((s) => s.id)).toEqual(['zone-east', 'zone-west', 'zone-south', 'zone-north', 'zone-centre']);
    // Between one zone's overview and the next come 1–3 projects of that direction, nothing else:
    // never a slogan or corridor (a "concept" geometry), which has no course of its own.
    const starts = zoneSlides.map((z) => slides.indexOf(z));
    starts.forEach((start, k) => {
      const zone = zoneSlides[k]?.zone;
      const end = starts[k + 1] ?? slides.length - 2;
      const items = slides.slice(start + 1, end);
      expect(items.length, String(zone)).toBeGreaterThanOrEqual(1);
      expect(items.length).toBeLessThanOrEqual(3);
      for (const s of items) {
        const item = byId.get(s.item ?? '');
        expect(s.kind).toBe('item');
        expect(s.id).toBe(`item-${s.item}`);
        expect(s.zone).toBe(zone);
        expect(item && inDirection(item, zone as Zone), s.id).toBe(true);
        expect(item?.geometry_kind).not.toBeNull();
        expect(item?.geometry_basis, s.id).not.toBe('concept');
      }
    });
  });

  it('frames the city on the title and summary, each zone by its bounds', () => {
    const city = deck.slides[0]?.bounds;
    // The union of the districts' bounds is the basemap's outline box.
    expect(city).toEqual(JINAN_BOUNDS);
    expect(deck.slides.at(-1)?.bounds).toEqual(city);
    for (const s of deck.slides.filter((x) => x.kind === 'zone'))
      expect(s.bounds).toEqual(catalog.zones.find((z) => z.zone === s.zone)?.bounds);
  });

  it('frames every item with room around it', () => {
    for (const s of deck.slides.filter((x) => x.kind === 'item')) {
      const item = byId.get(s.item ?? '');
      if (!item?.bounds) throw new Error(`no bounds for ${s.item}`);
      expect(contains(s.bounds, item.bounds), s.id).toBe(true);
      // A point gets about ±0.03° around it, never a zero-sized frame.
      expect(s.bounds[2] - s.bounds[0]).toBeGreaterThanOrEqual(0.0599);
      expect(s.bounds[3] - s.bounds[1]).toBeGreaterThanOrEqual(0.0599);
    }
    expect(framedBounds([117, 36.6, 117, 36.6])).toEqual([116.97, 36.57, 117.03, 36.63]);
  });

  it('prefers items with figures, then lines and areas, then ids', () => {
    const figures = (i: CatalogItem | undefined) =>
      [i?.investment_bn_cny, i?.length_km, i?.capacity_value, i?.area_km2].filter((v) => v != null).length;
    for (const zone of DECK_ZONES) {
      const chosen = deck.slides.filter((s) => s.kind === 'item' && s.zone === zone).map((s) => byId.get(s.item ?? ''));
      const pool = catalog.items.filter(
        (i) => i.zone === zone && i.geometry_kind !== null && i.geometry_basis !== 'concept',
      );
      const left = pool.filter((i) => !chosen.includes(i));
      const weakest = Math.min(...chosen.map(figures));
      for (const i of left) expect(figures(i), `${zone}: ${i.id}`).toBeLessThanOrEqual(weakest);
    }
  });

  it('lets a direction dwell on items that belong to it through zones_also, after its own, each item once', () => {
    const east = keyItems(catalog, '东强', 500);
    const firstOther = east.findIndex((i) => i.zone !== '东强');
    expect(firstOther).toBeGreaterThan(0);
    // Primary items first, then the others (the airport is 北起, also 东强).
    expect(east.slice(firstOther).every((i) => i.zone !== '东强' && i.zones_also.includes('东强'))).toBe(true);
    expect(east.slice(firstOther).map((i) => i.id)).toContain('airport-phase2');
    expect(keyItems(catalog, '东强', 500, new Set(['airport-phase2'])).map((i) => i.id)).not.toContain(
      'airport-phase2',
    );
    const ids = deck.slides.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('is deterministic and honours its options', () => {
    expect(generateDeck(catalog)).toEqual(deck);
    const reversed = { ...catalog, items: [...catalog.items].reverse() };
    expect(generateDeck(reversed)).toEqual(deck);
    const short = generateDeck(catalog, { id: 'short', maxItemsPerZone: 1 });
    expect(short.id).toBe('short');
    expect(short.slides.filter((s) => s.kind === 'item')).toHaveLength(5);
    expect(short.slides).toHaveLength(1 + 5 + 5 + 1 + 1);
  });

  it('matches the committed default deck (src/present/deck.default.json)', () => {
    if (process.env.WRITE_DECK) {
      fs.writeFileSync(DEFAULT_DECK_FILE, `${JSON.stringify(deck, null, 2)}\n`);
      // Biome's JSON style (short number lists on one line) keeps `npm run lint` quiet.
      execFileSync(path.join(root, 'node_modules/.bin/biome'), ['format', '--write', DEFAULT_DECK_FILE], { cwd: root });
      return;
    }
    const text = fs.existsSync(DEFAULT_DECK_FILE) ? fs.readFileSync(DEFAULT_DECK_FILE, 'utf8') : '';
    expect(text.startsWith('{\n  "schema": 2,\n'), 'pretty-printed with two spaces').toBe(true);
    expect(
      JSON.parse(text || 'null'),
      `src/present/deck.default.json is not the deck generated from geo/items/. The file is generated, not edited by\n` +
        `hand: change src/present/generateDeck.ts if the deck should differ, then regenerate it with\n  ${REGENERATE}\n`,
    ).toEqual(deck);
  });
});

describe('resultsDeck', () => {
  const touching = (adcode: string) => catalog.items.filter((i) => i.districts?.inside.some((s) => s.key === adcode));
  const filters = { zone: null, districts: [ZHANGQIU], categories: [], statuses: [] };

  it('presents the items touching 章丘区: title, one slide each in the given order, summary', () => {
    const items = touching(ZHANGQIU);
    const mapped = items.filter((i) => i.geometry_kind !== null);
    expect(mapped.length).toBeGreaterThan(3);
    const d = resultsDeck(catalog, items, filters);
    expect(d.id).toBe('results');
    expect(d.slides.map((s) => s.id)).toEqual([
      'title',
      ...mapped.slice(0, MAX_RESULT_SLIDES).map((i) => `item-${i.id}`),
      'summary',
    ]);
    for (const s of d.slides) expect(s).toMatchObject({ zone: null, districts: [ZHANGQIU], categories: [] });
    // The title frames every result.
    const title = d.slides[0]?.bounds as Bounds;
    for (const i of mapped) expect(contains(title, i.bounds as Bounds), i.id).toBe(true);
    expect(d.slides.at(-1)?.bounds).toEqual(title);
  });

  it('caps the item slides at 30, skips duplicates, and falls back to the city with nothing mapped', () => {
    const mapped = catalog.items.filter((i) => i.geometry_kind !== null);
    expect(mapped.length).toBeGreaterThan(MAX_RESULT_SLIDES);
    const all = resultsDeck(catalog, [...mapped, ...mapped], { ...filters, districts: [] });
    expect(all.slides).toHaveLength(MAX_RESULT_SLIDES + 2);
    expect(new Set(all.slides.map((s) => s.id)).size).toBe(all.slides.length);
    expect(resultsDeck(catalog, mapped, filters, { max: 5 }).slides).toHaveLength(7);

    const unmapped = catalog.items.filter((i) => i.geometry_kind === null);
    const none = resultsDeck(catalog, unmapped, filters);
    expect(none.slides.map((s) => s.kind)).toEqual(['title', 'summary']);
    expect(none.slides[0]?.bounds).toEqual(deck.slides[0]?.bounds);
  });

  it('copies the filters, so that editing a slide never edits the caller’s state', () => {
    const districts = [ZHANGQIU];
    const d = resultsDeck(catalog, touching(ZHANGQIU), { ...filters, districts });
    d.slides[0]?.districts.push('370102');
    expect(districts).toEqual([ZHANGQIU]);
    expect(d.slides[1]?.districts).toEqual([ZHANGQIU]);
  });
});

describe('zone slide ids', () => {
  it('are ASCII', () => {
    for (const id of Object.values(ZONE_SLIDE_ID)) expect(id).toMatch(/^[a-z-]+$/);
  });
});
