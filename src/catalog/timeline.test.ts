import { describe, expect, it } from 'vitest';
import { addMonths, countProgress, isYearMonth, monthOf, progressOf, statusAt, type TimelineItem } from './timeline.ts';
import { ms, REVIEWED } from './timelineTestData.ts';

const item = (over: Partial<TimelineItem>): TimelineItem => ({
  category: 'transport',
  status: 'planned',
  status_as_of: '2025-11-18',
  milestones: [],
  history: [],
  ...over,
});
const at = (i: TimelineItem, month: string) => statusAt(i, month, REVIEWED);

describe('statusAt', () => {
  it('an item never started is planned throughout, and behind once its planned start has passed', () => {
    const i = item({ status: 'planned', milestones: [ms('works_start', '2024', null), ms('opening', '2028', null)] });
    expect(at(i, '2022-06')).toEqual({ status: 'planned', behind: false, projected: false });
    expect(at(i, '2024-12')).toEqual({ status: 'planned', behind: false, projected: false });
    expect(at(i, '2025-01')).toEqual({ status: 'planned', behind: true, projected: false });
    // After the review the late start is not assumed to happen; the opening still ahead is not applied
    // either, since works have not started.
    expect(at(i, '2030-01').behind).toBe(true);
  });

  it('a started item is planned before its start and under construction after it', () => {
    const i = item({
      status: 'under_construction',
      milestones: [ms('works_start', '2023', '2023-05-10'), ms('opening', '2027-06', null)],
    });
    expect(at(i, '2023-04').status).toBe('planned');
    expect(at(i, '2023-05').status).toBe('under_construction');
    expect(at(i, '2026-12')).toEqual({ status: 'under_construction', behind: false, projected: false });
    expect(at(i, '2027-07')).toEqual({ status: 'in_operation', behind: false, projected: true });
  });

  it('an opened item takes its own final status from the opening month on', () => {
    const i = item({
      status: 'in_operation',
      status_as_of: '2025-11-18',
      milestones: [ms('works_start', null, '2019-09-18'), ms('opening', '2022', '2022-12-30')],
    });
    expect(at(i, '2022-06').status).toBe('under_construction');
    expect(at(i, '2022-12').status).toBe('in_operation');
    expect(at(i, '2035-12')).toEqual({ status: 'in_operation', behind: false, projected: false });
    expect(at(item({ ...i, category: 'culture', status: 'completed' }), '2023-01').status).toBe('completed');
  });

  it('an opening known only as a later date does not make the item planned before it', () => {
    const i = item({
      status: 'in_operation',
      status_as_of: '2022-12-30',
      milestones: [ms('opening', null, '2022-12-30')],
    });
    expect(at(i, '2022-06').status).toBe('unknown');
    expect(at(i, '2022-12').status).toBe('in_operation');
    const started = item({ ...i, milestones: [ms('works_start', null, '2022-08'), ...i.milestones] });
    expect(at(started, '2022-07').status).toBe('planned');
  });

  it('an item whose planned opening passed without it is behind until it opens', () => {
    const i = item({
      status: 'in_operation',
      milestones: [ms('works_start', null, '2021-01'), ms('opening', '2023-06', '2024-03-01')],
    });
    expect(at(i, '2023-06').behind).toBe(false);
    expect(at(i, '2023-07')).toEqual({ status: 'under_construction', behind: true, projected: false });
    expect(at(i, '2024-03')).toEqual({ status: 'in_operation', behind: false, projected: false });
  });

  it('an item without milestones is known from its recorded statuses only', () => {
    const i = item({
      status: 'in_operation',
      status_as_of: '2025-11-18',
      history: [{ date: '2024-02-01', field: 'status', value: 'under_construction', source: 'a source' }],
    });
    expect(at(i, '2023-01')).toEqual({ status: 'unknown', behind: false, projected: false });
    expect(at(i, '2024-02').status).toBe('under_construction');
    expect(at(i, '2025-11').status).toBe('in_operation');
    expect(at(item({ status: 'planned' }), '2022-04').status).toBe('planned');
    expect(at(item({ status: 'ongoing', category: 'reform' }), '2022-04').status).toBe('unknown');
  });

  it('a programme is ongoing from its first phase', () => {
    const i = item({
      category: 'reform',
      status: 'ongoing',
      milestones: [{ ...ms('phase', '2023', '2023-03'), name_zh: '一期', name_en: 'Phase 1' }],
    });
    expect(at(i, '2023-02').status).toBe('planned');
    expect(at(i, '2023-03').status).toBe('ongoing');
  });
});

describe('months', () => {
  it('reads, steps and groups months', () => {
    expect(isYearMonth('2024-12')).toBe(true);
    expect(isYearMonth('2024-13')).toBe(false);
    expect(isYearMonth('2024-1')).toBe(false);
    expect(monthOf('2024')).toBe('2024-12');
    expect(monthOf('2024-03-09')).toBe('2024-03');
    expect(addMonths('2024-12', 1)).toBe('2025-01');
    expect(addMonths('2024-01', -13)).toBe('2022-12');
    expect(progressOf('ongoing')).toBe('under_way');
    expect(progressOf('in_operation')).toBe('done');
    expect(progressOf('unknown')).toBe('unknown');
  });
});

describe('countProgress', () => {
  it('counts each item once in its group, and the behind ones besides', () => {
    const items = [
      item({ status: 'planned', milestones: [ms('works_start', '2023', null)] }),
      item({ status: 'under_construction', milestones: [ms('works_start', null, '2023-02')] }),
      item({ status: 'in_operation', milestones: [ms('opening', null, '2024-01-15')] }),
      item({ status: 'ongoing', category: 'reform' }),
    ];
    expect(countProgress(items, '2024-06', REVIEWED)).toEqual({
      done: 1,
      under_way: 1,
      not_started: 1,
      unknown: 1,
      behind: 1,
      total: 4,
    });
  });
});
