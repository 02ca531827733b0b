import { describe, expect, it } from 'vitest';
import { statusesAt } from '../catalog/atMonth.ts';
import { ms, REVIEWED } from '../catalog/timelineTestData.ts';
import type { CatalogItem } from '../catalog/types.ts';
import { timelineFlags } from './timelineFlags.ts';

const item = (id: string, over: Partial<CatalogItem>): CatalogItem =>
  ({ id, category: 'transport', status_as_of: '2025-11-18', milestones: [], history: [], ...over }) as CatalogItem;

const items = [
  item('opened', {
    status: 'in_operation',
    milestones: [ms('works_start', null, '2019-09-18'), ms('opening', '2022', '2022-12-30')],
  }),
  item('building', {
    status: 'under_construction',
    milestones: [ms('works_start', null, '2021-05'), ms('opening', '2028', null)],
  }),
  item('late', { status: 'planned', milestones: [ms('works_start', '2023', null)] }),
  item('vague', { status: 'ongoing', category: 'reform', status_as_of: '2024-03-01' }),
];
const flagsAt = (month: string) => timelineFlags(items, statusesAt(items, month, REVIEWED));

describe('the status at a month as map flags', () => {
  it('flags nothing but the behind item today: the style already draws each item’s own status', () => {
    expect([...flagsAt('2026-12')]).toEqual([['late', { dashed: false, solid: false, unknown: false, behind: true }]]);
  });

  it('dashes an open line for the months it was being built, and greys what is not known', () => {
    const flags = flagsAt('2022-06');
    expect(flags.get('opened')).toEqual({ dashed: true, solid: false, unknown: false, behind: false });
    expect(flags.get('vague')).toEqual({ dashed: false, solid: false, unknown: true, behind: false });
    expect(flags.has('building')).toBe(false);
    expect(flags.has('late')).toBe(false);
  });

  it('draws a building line solid once it is expected to be open', () => {
    expect(flagsAt('2029-01').get('building')).toEqual({ dashed: false, solid: true, unknown: false, behind: false });
  });
});
