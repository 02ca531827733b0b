import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readInputs } from '../../scripts/vite/catalog.ts';
import { buildCatalog } from '../catalog/build/pipeline.ts';
import { inDirection } from '../catalog/directions.ts';
import type { Catalog, FullItem } from '../catalog/types.ts';
import { generateDeck, resultsDeck } from './generateDeck';
import { slideNotes } from './notes';
import type { Deck } from './types';

// Speaker notes from the real catalogue in geo/items/.

const root = path.resolve(import.meta.dirname, '../..');
let catalog: Catalog<FullItem>;
let deck: Deck;

beforeAll(() => {
  catalog = buildCatalog(readInputs(root)).catalog as Catalog<FullItem>;
  deck = generateDeck(catalog);
});

const item = (id: string) => {
  const found = catalog.items.find((i) => i.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
};

describe('slideNotes', () => {
  it('gives every slide of the default deck notes in both languages', () => {
    for (const s of deck.slides) {
      expect(s.notes.zh, s.id).not.toBe('');
      expect(s.notes.en, s.id).not.toBe('');
      expect(s.notes.zh, s.id).toContain(`数据截至 ${catalog.reviewed}`);
      expect(s.notes.en, s.id).toContain(`Data as of ${catalog.reviewed}`);
    }
  });

  it('tells the presenter of an item its status and date, figures, the report’s words and every source', () => {
    const s = deck.slides.find((x) => x.kind === 'item');
    const i = item(s?.item ?? '');
    const zh = s?.notes.zh ?? '';
    const en = s?.notes.en ?? '';
    expect(zh.split('\n')[0]).toBe(i.name_zh);
    expect(en.split('\n')[0]).toBe(i.name_en);
    expect(zh).toContain(`截至 ${i.status_as_of}`);
    expect(en).toContain(`as of ${i.status_as_of}`);
    expect(zh).toContain(`“${i.report_quote}”`);
    // The report's words stay Chinese in the English notes: they are a quotation.
    expect(en).toContain(`“${i.report_quote}”`);
    expect(zh).toContain(i.summary_zh);
    expect(en).toContain(i.summary_en);
    for (const source of i.sources) {
      expect(zh).toContain(source);
      expect(en).toContain(source);
    }
    if (i.length_km) expect(zh).toMatch(/长度 [\d.,]+ 公里/);
  });

  it('counts a direction’s items by status, and they add up to its items', () => {
    const s = deck.slides.find((x) => x.kind === 'zone' && x.zone === '东强');
    const items = catalog.items.filter((i) => inDirection(i, '东强'));
    expect(s?.notes.zh).toContain(`本方向共 ${items.length} 个项目`);
    const counted = [...(s?.notes.zh ?? '').matchAll(/(?:规划|在建|建成|运营中|持续推进) (\d+)/g)].map((m) =>
      Number(m[1]),
    );
    expect(counted.reduce((a, b) => a + b, 0)).toBe(items.length);
  });

  it('keeps the title slide’s own line and the catalogue totals', () => {
    const title = deck.slides[0];
    expect(title?.notes.zh.split('\n')[0]).toBe(title?.note_zh);
    expect(title?.notes.en).toContain(`${catalog.items.length} projects, `);
  });

  it('works without the long texts (a results deck made in the browser)', () => {
    const lean = {
      ...catalog,
      items: catalog.items.map(({ sources, report_quote, summary_zh, summary_en, ...rest }) => rest),
    } as unknown as Catalog;
    const mapped = lean.items.filter((i) => i.geometry_kind !== null).slice(0, 2);
    const d = resultsDeck(lean, mapped, { zone: null, districts: [], categories: [], statuses: [] });
    const notes = d.slides[1]?.notes.zh ?? '';
    expect(notes).toContain(mapped[0]?.name_zh);
    expect(notes).not.toContain('报告原文');
    expect(notes).not.toContain('undefined');
    expect(d.slides[0]?.notes.zh).toContain('共 2 个项目，其中 2 个在地图上');
    expect(slideNotes(lean, { ...d.slides[1], item: 'no-such-item' } as never).zh).toContain('个项目，其中');
  });
});
