import { describe, expect, it } from 'vitest';
import { asofFor, progressBy, shownMonth, statusesAt } from './atMonth.ts';
import { countProgress } from './timeline.ts';
import { ms, REVIEWED } from './timelineTestData.ts';
import type { CatalogItem } from './types.ts';

const item = (id: string, over: Partial<CatalogItem>): CatalogItem =>
  ({
    id,
    category: 'transport',
    status: 'planned',
    status_as_of: '2025-11-18',
    zone: '东强',
    zones_also: [],
    milestones: [],
    history: [],
    districts: null,
    ...over,
  }) as CatalogItem;

const items = [
  item('opened', {
    status: 'in_operation',
    zones_also: ['北起'],
    milestones: [ms('works_start', null, '2019-09-18'), ms('opening', '2022', '2022-12-30')],
  }),
  item('late', { status: 'planned', zone: '北起', milestones: [ms('works_start', '2023', null)] }),
  item('vague', { status: 'ongoing', category: 'reform', zone: '西兴', status_as_of: '2024-03-01' }),
];

describe('the catalogue at a month', () => {
  it('shows the review month when the view names none, and writes no asof for it', () => {
    expect(shownMonth(null, REVIEWED)).toBe('2026-12');
    expect(shownMonth('2024-06', REVIEWED)).toBe('2024-06');
    expect(asofFor('2026-12', REVIEWED)).toBeNull();
    expect(asofFor('2026-11', REVIEWED)).toBe('2026-11');
  });

  it('holds every item’s status at the month', () => {
    const at = statusesAt(items, '2022-06', REVIEWED);
    expect(at.get('opened')?.status).toBe('under_construction');
    expect(at.get('late')).toEqual({ status: 'planned', behind: false, projected: false });
    expect(at.get('vague')?.status).toBe('unknown');
    expect(statusesAt(items, '2026-12', REVIEWED).get('opened')?.status).toBe('in_operation');
    expect(statusesAt(items, '2026-12', REVIEWED).get('late')?.behind).toBe(true);
  });

  it('counts progress per direction as countProgress does, an item under each of its directions', () => {
    for (const month of ['2022-04', '2024-01', '2026-12', '2030-06']) {
      const by = progressBy(items, (i) => [i.zone, ...i.zones_also], statusesAt(items, month, REVIEWED));
      expect(by.get('北起')).toEqual(
        countProgress(
          items.filter((i) => i.zone === '北起' || i.zones_also.includes('北起')),
          month,
          REVIEWED,
        ),
      );
      expect(by.get('东强')?.total).toBe(1);
      expect(by.has('南美')).toBe(false);
    }
  });
});
