import { describe, expect, it } from 'vitest';
import { diffItem, formatChange } from './diff.ts';
import { applyEdits, formatGeoJson, indexItems } from './files.ts';

const fc = {
  type: 'FeatureCollection',
  name: 'test',
  features: [
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [117.1, 36.6] },
      properties: { id: 'a', name_zh: '甲', status: 'planned', investment_bn_cny: 43.9 },
    },
    { type: 'Feature', geometry: null, properties: { id: 'b', name_zh: '乙', status: 'ongoing' } },
  ],
};
const file = { file: 'geo/items/test.geojson', text: formatGeoJson(fc) };

describe('applyEdits', () => {
  it('leaves a file without edits as it was, byte for byte', () => {
    const same = indexItems([file]).get('a')?.properties ?? {};
    expect(applyEdits([file], new Map([['a', { ...same }]]))[0]?.text).toBe(file.text);
  });

  it('changes exactly the edited value’s line, geometry and key order kept', () => {
    const next = { id: 'a', name_zh: '甲', status: 'completed', investment_bn_cny: 43.9 };
    const text = applyEdits([file], new Map([['a', next]]))[0]?.text ?? '';
    const before = file.text.split('\n');
    const after = text.split('\n');
    expect(after).toHaveLength(before.length);
    const changed = after.filter((line, i) => line !== before[i]);
    expect(changed).toEqual(['        "status": "completed",']);
  });
});

describe('diffItem', () => {
  it('lists item · field · old → new, milestones by their columns and new history entries', () => {
    const old = { id: 'a', status: 'planned', milestones: [] };
    const next = {
      id: 'a',
      status: 'completed',
      milestones: [{ stage: 'opening', name_zh: null, name_en: null, planned: '2026', actual: null, source: null }],
      history: [{ date: '2025-01-01', field: 'status', value: 'planned', source: null }],
    };
    expect(diffItem(old, next).map(formatChange)).toEqual([
      'a · status: "planned" → "completed"',
      'a · opening.planned: (empty) → "2026"',
      'a · history + {"date":"2025-01-01","field":"status","value":"planned","source":null}',
    ]);
  });
});
