import { isCalendarDate } from '../dates.ts';
import type { Issue } from './validate.ts';
import { z } from './zod.ts';

// geo/review.json: the one date the whole catalogue was last reviewed, and after how many months an
// item's own status date counts as stale. Checked at build time like the item files, with a message
// that names the file, the field, what was found and what was expected.

export const REVIEW_FILE = 'geo/review.json';

const reviewSchema = z
  .object({
    reviewed: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')
      .refine(isCalendarDate, 'a real calendar date as YYYY-MM-DD'),
    recheck_after_months: z.number().int('a whole number of months').positive('a whole number of months above 0'),
    record: z.string().regex(/^[^/\\]+\.md$/, 'the name of the Markdown record beside it, e.g. "REVIEW.md"'),
  })
  .strict();

export type Review = z.infer<typeof reviewSchema>;

const show = (v: unknown): string => {
  if (v === undefined) return 'nothing';
  const text = JSON.stringify(v) ?? String(v);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
};

function expected(issue: { code: string; message: string }): string {
  if (issue.code === 'unrecognized_keys')
    return `no such field (${issue.message.replace(/^Unrecognized keys?: /, '')}); the fields are reviewed, recheck_after_months, record`;
  // zod's messages read "Invalid input: expected string, received number"; keep the expectation.
  return /expected (.+?)(?:, received .*)?$/.exec(issue.message)?.[1] ?? issue.message;
}

/**
 * Validates the review file's text. `items` are the catalogue's items (id, status date and file): the
 * review cannot be older than a status it covers.
 */
export function validateReview(
  file: string,
  text: string | null,
  items: readonly { id: string; status_as_of: string; file: string }[],
): { review: Review | null; issues: Issue[] } {
  const issue = (field: string, found: string, expectation: string): Issue => ({
    file,
    id: null,
    field,
    found,
    expected: expectation,
  });
  const shape = 'a JSON object with reviewed, recheck_after_months, record';
  if (text === null) return { review: null, issues: [issue('file', 'no such file', shape)] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const found = text.trim() === '' ? 'an empty file' : `text that is not JSON (${(e as Error).message})`;
    return { review: null, issues: [issue('file', found, shape)] };
  }
  const parsed = reviewSchema.safeParse(json);
  if (!parsed.success) {
    return {
      review: null,
      issues: parsed.error.issues.map((i) => {
        const path = i.path.join('.');
        const found = path ? i.path.reduce<unknown>((o, k) => (o as never)?.[k as never], json) : json;
        return issue(path || 'file', show(found), expected(i));
      }),
    };
  }
  const review = parsed.data;
  // ISO dates sort as text; the newest status decides.
  const newest = [...items].sort((a, b) => b.status_as_of.localeCompare(a.status_as_of))[0];
  if (newest && newest.status_as_of > review.reviewed) {
    return {
      review: null,
      issues: [
        issue(
          'reviewed',
          show(review.reviewed),
          `a date not before any item's status_as_of (${newest.file} · ${newest.id} has ${newest.status_as_of})`,
        ),
      ],
    };
  }
  return { review, issues: [] };
}
