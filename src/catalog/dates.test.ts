import { describe, expect, it } from 'vitest';
import { addMonths, isCalendarDate, monthsBetween, olderThan } from './dates';

describe('calendar arithmetic on ISO dates', () => {
  it('adds months, keeping the day or taking the month’s last day', () => {
    expect(addMonths('2025-12-06', 12)).toBe('2026-12-06');
    expect(addMonths('2026-12-06', -12)).toBe('2025-12-06');
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
  });

  it('counts whole calendar months, none for a date not earlier', () => {
    expect(monthsBetween('2024-05-06', '2026-12-06')).toBe(31);
    expect(monthsBetween('2024-05-07', '2026-12-06')).toBe(30);
    expect(monthsBetween('2026-11-07', '2026-12-06')).toBe(0);
    expect(monthsBetween('2026-12-06', '2026-12-06')).toBe(0);
    expect(monthsBetween('2027-01-01', '2026-12-06')).toBe(0);
  });

  it('knows real calendar dates', () => {
    expect(isCalendarDate('2026-12-06')).toBe(true);
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('2026/12/06')).toBe(false);
  });
});

describe('which status dates are to be re-checked', () => {
  const reviewed = '2026-12-06';
  it('marks a date more than 12 months before the review; exactly 12 months is not more', () => {
    expect(olderThan('2025-12-05', reviewed, 12)).toBe(true);
    expect(olderThan('2025-12-06', reviewed, 12)).toBe(false);
    expect(olderThan('2025-12-07', reviewed, 12)).toBe(false);
    expect(olderThan('2022-04-09', reviewed, 12)).toBe(true);
    expect(olderThan(reviewed, reviewed, 12)).toBe(false);
  });

  it('follows the period the review file sets', () => {
    expect(olderThan('2026-06-05', reviewed, 6)).toBe(true);
    expect(olderThan('2026-06-06', reviewed, 6)).toBe(false);
  });
});
