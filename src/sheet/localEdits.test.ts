import { describe, expect, it } from 'vitest';
import type { Catalog, CatalogItem, ItemDetails } from '../catalog/types.ts';
import { detailsWithEdits } from './activeEdits.ts';
import { withEdits } from './localEdits.ts';

const item = (id: string, status: CatalogItem['status'], status_as_of: string) =>
  ({ id, status, status_as_of, name_zh: id, recheck: false, districts: null }) as unknown as CatalogItem;
const catalog = {
  reviewed: '2026-12-06',
  recheck_after_months: 12,
  items: [item('a', 'planned', '2026-06-01'), item('b', 'planned', '2026-06-01')],
} as unknown as Catalog;

describe('withEdits', () => {
  it('puts the edited fields in place, derives recheck again and leaves other items alone', () => {
    const next = withEdits(catalog, {
      a: { id: 'a', status: 'completed', status_as_of: '2024-01-01', summary_zh: '新简介', districts: 'x' },
    });
    expect(next.items[0]).toMatchObject({ id: 'a', status: 'completed', status_as_of: '2024-01-01', recheck: true });
    // The long texts are the details', the derived facts stay as published.
    expect(next.items[0]).not.toHaveProperty('summary_zh');
    expect(next.items[0]?.districts).toBeNull();
    expect(next.items[1]).toBe(catalog.items[1]);
    expect(withEdits(catalog, null)).toBe(catalog);
  });

  it('patches an edited item’s long texts only', () => {
    const details = { summary_zh: '旧', sources: ['s'] } as unknown as ItemDetails;
    const edits = { a: { id: 'a', summary_zh: '新', status: 'completed' } };
    expect(detailsWithEdits('a', details, edits)).toEqual({ summary_zh: '新', sources: ['s'] });
    expect(detailsWithEdits('b', details, edits)).toBe(details);
  });
});
