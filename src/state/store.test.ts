import { describe, expect, it } from 'vitest';
import { chips, reducer } from './store';
import { DEFAULT_VIEW, type ViewState } from './types';

describe('view reducer', () => {
  it('toggles a zone: choosing it again clears it', () => {
    const a = reducer(DEFAULT_VIEW, { type: 'zone', zone: '北起' });
    expect(a.zone).toBe('北起');
    expect(reducer(a, { type: 'zone', zone: '北起' }).zone).toBeNull();
    expect(reducer(a, { type: 'zone', zone: '东强' }).zone).toBe('东强');
  });

  it('sets the month shown, and keeps the same view when the month does not change', () => {
    const a = reducer(DEFAULT_VIEW, { type: 'asof', asof: '2022-12' });
    expect(a.asof).toBe('2022-12');
    expect(reducer(a, { type: 'asof', asof: '2022-12' })).toBe(a);
    expect(reducer(a, { type: 'asof', asof: null }).asof).toBeNull();
  });

  it('toggles districts, categories and statuses as sets', () => {
    let v = reducer(DEFAULT_VIEW, { type: 'toggleDistrict', adcode: '370114' });
    v = reducer(v, { type: 'toggleDistrict', adcode: '370112' });
    expect(v.districts).toEqual(['370114', '370112']);
    v = reducer(v, { type: 'toggleDistrict', adcode: '370114' });
    expect(v.districts).toEqual(['370112']);
    v = reducer(v, { type: 'toggleCategory', category: 'transport' });
    v = reducer(v, { type: 'toggleStatus', status: 'planned' });
    expect([v.categories, v.statuses]).toEqual([['transport'], ['planned']]);
  });

  it('lists active filters as chips, removes one, clears all but language, selection and camera', () => {
    let v: ViewState = {
      ...DEFAULT_VIEW,
      lang: 'en',
      zone: '东强',
      districts: ['370114'],
      q: 'jlgt',
      item: 'x',
    };
    expect(chips(v).map((c) => `${c.kind}:${c.value}`)).toEqual(['zone:东强', 'district:370114', 'q:jlgt']);
    v = reducer(v, { type: 'remove', chip: { kind: 'district', value: '370114' } });
    expect(v.districts).toEqual([]);
    v = reducer(v, { type: 'clearFilters' });
    expect(chips(v)).toEqual([]);
    expect([v.lang, v.item]).toEqual(['en', 'x']);
  });

  it('does not mutate the previous view', () => {
    const before = structuredClone(DEFAULT_VIEW);
    reducer(DEFAULT_VIEW, { type: 'toggleDistrict', adcode: '370114' });
    expect(DEFAULT_VIEW).toEqual(before);
  });
});
