import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { itemPropertiesSchema } from '../catalog/build/schema.ts';
import { COLUMNS } from './columns.ts';
import { indexItems } from './files.ts';
import { inFileOrder, PROPERTY_ORDER, type RawProperties, readRow, toRow } from './rows.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const files = fs
  .readdirSync(path.join(ROOT, 'geo/items'))
  .filter((f) => f.endsWith('.geojson'))
  .map((f) => ({ file: f, text: fs.readFileSync(path.join(ROOT, 'geo/items', f), 'utf8') }));
const items = [...indexItems(files).values()].map((i) => i.properties);

/** A whole item as the files hold it, without the optional lists. */
const base: RawProperties = (() => {
  const { zones_also: _z, milestones: _m, history: _h, ...rest } = items.find((p) => p.id === 'airport-phase2') ?? {};
  return { ...rest, status: 'planned', status_as_of: '2025-03-01', sources: ['来源一', '来源二'] };
})();

describe('rows', () => {
  it('knows the schema’s fields in its order, and every column is one of them or a milestone part', () => {
    expect(PROPERTY_ORDER).toEqual(Object.keys(itemPropertiesSchema.shape));
    for (const c of COLUMNS)
      expect(PROPERTY_ORDER.includes(c.key) || c.type === 'milestone' || c.type === 'phases', c.key).toBe(true);
  });

  it('reads every real item back from its own row unchanged, key order included', () => {
    expect(items.length).toBeGreaterThan(80);
    for (const p of items) {
      const { properties, problems } = readRow(p, toRow(p));
      expect(problems).toEqual([]);
      expect(JSON.stringify(properties), String(p.id)).toBe(JSON.stringify(p));
    }
  });

  it('writes dates as date cells, lists as lines and 、, and reads them back', () => {
    const p = { ...base, zone: '东强', zones_also: ['西兴', '北起'] };
    const row = toRow(p);
    expect(row.status_as_of).toEqual(new Date(Date.UTC(2025, 2, 1)));
    expect(row.sources).toBe('来源一\n来源二');
    expect(row.zones_also).toBe('西兴、北起');
    const edited = readRow(p, { ...row, zones_also: '西兴, 南美', sources: '来源一\r\n\n来源三\n' });
    expect(edited.properties.zones_also).toEqual(['西兴', '南美']);
    expect(edited.properties.sources).toEqual(['来源一', '来源三']);
  });

  it('changes only the edited field, and puts a new optional list where the schema has it', () => {
    const edited = readRow(base, { ...toRow(base), status: 'under_construction', zones_also: '北起' });
    expect(Object.keys(edited.properties)).toEqual(PROPERTY_ORDER.filter((k) => k !== 'milestones' && k !== 'history'));
    expect(edited.properties.status).toBe('under_construction');
    const { zones_also, ...rest } = edited.properties;
    expect(zones_also).toEqual(['北起']);
    expect({ ...rest, status: 'planned' }).toEqual(base);
  });

  it('reports a date that is no calendar day, and a milestone date typed as a date cell', () => {
    const { problems } = readRow(base, {
      ...toRow(base),
      status_as_of: '2026-02-30',
      'opening.planned': new Date(Date.UTC(2027, 5, 1)),
    });
    expect(problems.map((p) => p.column)).toEqual(['status_as_of', 'opening.planned']);
    expect(problems[0]?.expected).toMatch(/real calendar day/);
  });

  it('reads a number typed as text, and passes other text on for the schema to judge', () => {
    const row = toRow({ ...base, start_year: null });
    expect(readRow(base, { ...row, start_year: '2024' }).properties.start_year).toBe(2024);
    expect(readRow(base, { ...row, start_year: 'soon' }).properties.start_year).toBe('soon');
    expect(readRow(base, { ...row, schematic: 'FALSE' }).properties.schematic).toBe(false);
  });
});

describe('milestones in the row', () => {
  const p: RawProperties = {
    ...base,
    milestones: [
      { stage: 'opening', name_zh: null, name_en: null, planned: '2026', actual: null, source: null },
      { stage: 'phase', name_zh: '一期', name_en: 'Phase I', planned: '2023', actual: '2024-06', source: '某报道' },
      { stage: 'approval', name_zh: null, name_en: null, planned: null, actual: '2021-05', source: '批复文件' },
    ],
  };
  const row = toRow(p);

  it('writes each fixed stage in its columns and the phases one per line', () => {
    expect(row['opening.planned']).toBe('2026');
    expect(row['approval.actual']).toBe('2021-05');
    expect(row['approval.source']).toBe('批复文件');
    expect(row.phases).toBe('一期 | Phase I | 2023 | 2024-06 | 某报道');
    expect(JSON.stringify(readRow(p, row).properties)).toBe(JSON.stringify(p));
  });

  it('updates a stage in place, adds a new one at the end and removes an emptied one', () => {
    const next = readRow(p, {
      ...row,
      'opening.planned': '2027-06',
      'approval.actual': null,
      'approval.source': null,
      'works_start.actual': '2022-09',
      'works_start.source': '开工报道',
    }).properties.milestones as RawProperties[];
    expect(next.map((m) => m.stage)).toEqual(['opening', 'phase', 'works_start']);
    expect(next[0]).toEqual({
      stage: 'opening',
      name_zh: null,
      name_en: null,
      planned: '2027-06',
      actual: null,
      source: null,
    });
    expect(Object.keys(next[2] ?? {})).toEqual(['stage', 'name_zh', 'name_en', 'planned', 'actual', 'source']);
  });

  it('replaces the phases where they stood, and reports a line that is not five parts', () => {
    const next = readRow(p, { ...row, phases: '一期 | Phase I | 2023 | 2024-06 | 某报道\n二期 | Phase II | 2027' })
      .properties.milestones as RawProperties[];
    expect(next.map((m) => `${m.stage}:${m.name_en ?? ''}`)).toEqual([
      'opening:',
      'phase:Phase I',
      'phase:Phase II',
      'approval:',
    ]);
    expect(next[2]).toMatchObject({ planned: '2027', actual: null, source: null });
    const { problems } = readRow(p, { ...row, phases: 'only one part' });
    expect(problems).toEqual([
      { column: 'phases', found: '"only one part"', expected: expect.stringContaining('名称 | Name |') },
    ]);
  });
});

describe('inFileOrder', () => {
  it('keeps the file’s order and slots a new key after its schema neighbour', () => {
    const old = { id: 'a', zone: '东强', status: 'planned', sources: [] };
    expect(Object.keys(inFileOrder(old, { ...old, history: [], zones_also: [] }))).toEqual([
      'id',
      'zone',
      'zones_also',
      'status',
      'sources',
      'history',
    ]);
  });
});
