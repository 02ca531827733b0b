import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateReview } from './review';
import { formatIssue } from './validate';

// The fixtures are .txt: several are broken JSON on purpose, which the formatter would refuse to read.
const dir = path.join(import.meta.dirname, 'review-fixtures');
/** Items as the check sees them: the newest status date here is 2025-03-01. */
const ITEMS = [
  { id: 'fixture-old', status_as_of: '2021-04-14', file: 'fixtures/items.geojson' },
  { id: 'fixture-newest', status_as_of: '2025-03-01', file: 'fixtures/items.geojson' },
];
const check = (name: string) => {
  const file = `review-fixtures/${name}.txt`;
  const { review, issues } = validateReview(file, fs.readFileSync(path.join(dir, `${name}.txt`), 'utf8'), ITEMS);
  return { review, list: issues.map(formatIssue) };
};

describe('review.json validation', () => {
  it('accepts a valid file', () => {
    const { review, list } = check('valid');
    expect(list).toEqual([]);
    expect(review).toEqual({ reviewed: '2026-12-06', recheck_after_months: 12, record: 'REVIEW.md' });
  });

  // One fixture per rule. Each message names the file, the field, what was found and what was expected.
  const cases: [string, RegExp][] = [
    ['empty', /^review-fixtures\/empty\.txt · file: found an empty file, expected a JSON object with reviewed/],
    ['not-json', /^review-fixtures\/not-json\.txt · file: found text that is not JSON \(.+\), expected a JSON object/],
    ['bad-date', /^review-fixtures\/bad-date\.txt · reviewed: found "06\.12\.2026", expected a date as YYYY-MM-DD$/],
    [
      'impossible-date',
      /^review-fixtures\/impossible-date\.txt · reviewed: found "2026-02-30", expected a real calendar date as YYYY-MM-DD$/,
    ],
    ['missing-months', /· recheck_after_months: found nothing, expected number$/],
    ['months-as-text', /· recheck_after_months: found "12", expected number$/],
    ['zero-months', /· recheck_after_months: found 0, expected a whole number of months above 0$/],
    ['unknown-field', /· file: found .+, expected no such field \("reviewer"\); the fields are reviewed/],
    [
      'before-items',
      /^review-fixtures\/before-items\.txt · reviewed: found "2024-06-30", expected a date not before any item's status_as_of \(fixtures\/items\.geojson · fixture-newest has 2025-03-01\)$/,
    ],
  ];

  for (const [name, pattern] of cases) {
    it(`rejects ${name} with a precise message`, () => {
      const { review, list } = check(name);
      expect(review).toBeNull();
      expect(
        list.some((m) => pattern.test(m)),
        `${list.join('\n')}\n  does not match ${pattern}`,
      ).toBe(true);
    });
  }

  it('reports a missing file as missing', () => {
    expect(validateReview('geo/review.json', null, ITEMS).issues.map(formatIssue)).toEqual([
      'geo/review.json · file: found no such file, expected a JSON object with reviewed, recheck_after_months, record',
    ]);
  });

  it('accepts a review on the day of the newest status', () => {
    const text = JSON.stringify({ reviewed: '2025-03-01', recheck_after_months: 12, record: 'REVIEW.md' });
    expect(validateReview('review.json', text, ITEMS).issues).toEqual([]);
  });

  it('has a fixture file for every case and a case for every fixture file', () => {
    const files = fs.readdirSync(dir).map((f) => f.replace(/\.txt$/, ''));
    expect(files.sort()).toEqual(['valid', ...cases.map(([n]) => n)].sort());
  });
});
