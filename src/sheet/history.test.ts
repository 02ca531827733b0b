import { describe, expect, it } from 'vitest';
import { historyAfter, statusDateProblems } from './history.ts';
import type { RawProperties } from './rows.ts';

const old: RawProperties = {
  id: 'x',
  status: 'planned',
  status_as_of: '2025-03-01',
  milestones: [
    { stage: 'opening', name_zh: null, name_en: null, planned: '2026', actual: null, source: '规划文件' },
    { stage: 'works_start', name_zh: null, name_en: null, planned: null, actual: null, source: null },
  ],
};

describe('historyAfter', () => {
  it('keeps the replaced status with the date it was confirmed', () => {
    expect(historyAfter(old, { ...old, status: 'under_construction', status_as_of: '2026-01-10' })).toEqual([
      { date: '2025-03-01', field: 'status', value: 'planned', source: null },
    ]);
  });

  it('keeps a re-confirmed status too: the old date says it was so already then', () => {
    expect(historyAfter(old, { ...old, status_as_of: '2026-01-10' })).toEqual([
      { date: '2025-03-01', field: 'status', value: 'planned', source: null },
    ]);
  });

  it('keeps a replaced planned date with its source, and nothing for an unknown one', () => {
    const next = {
      ...old,
      milestones: [
        { stage: 'opening', name_zh: null, name_en: null, planned: '2027-06', actual: null, source: '新报道' },
        { stage: 'works_start', name_zh: null, name_en: null, planned: '2025', actual: null, source: null },
      ],
    };
    expect(historyAfter(old, next)).toEqual([
      { date: '2025-03-01', field: 'opening.planned', value: '2026', source: '规划文件' },
    ]);
  });

  it('adds nothing when nothing it records changed, and never the same entry twice', () => {
    expect(historyAfter(old, { ...old, name_zh: '新名' })).toEqual([]);
    const entry = { date: '2025-03-01', field: 'status', value: 'planned', source: null };
    const withEntry = { ...old, history: [entry] };
    expect(historyAfter(withEntry, { ...withEntry, status: 'completed', status_as_of: '2026-01-10' })).toEqual([entry]);
  });
});

describe('statusDateProblems', () => {
  it('asks for a new date with a new status, and refuses a date before the old one', () => {
    expect(statusDateProblems(old, { ...old, status: 'completed' })).toEqual([
      expect.objectContaining({ column: 'status_as_of', found: '2025-03-01' }),
    ]);
    expect(statusDateProblems(old, { ...old, status_as_of: '2024-12-31' })[0]?.expected).toMatch(
      /not before .*2025-03-01/,
    );
    expect(statusDateProblems(old, { ...old, status: 'completed', status_as_of: '2025-04-01' })).toEqual([]);
  });
});
