// Calendar arithmetic on ISO dates (YYYY-MM-DD) as plain numbers: no Date object, so no time zone can
// move a day. Used by the build (which items to re-check) and by the browser (how old a status is).

interface Ymd {
  y: number;
  m: number;
  d: number;
}

function parse(iso: string): Ymd {
  const [y, m, d] = iso.split('-').map(Number);
  return { y: y ?? 0, m: m ?? 0, d: d ?? 0 };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function daysInMonth(y: number, m: number): number {
  // Day 0 of the next month is the last day of this one; UTC so that no offset applies.
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** True when the text is a real calendar date as YYYY-MM-DD (2026-02-30 is not). */
export function isCalendarDate(iso: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return false;
  const { y, m, d } = parse(iso);
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** The date n calendar months later (or earlier, for negative n); the 31st becomes the month's last day. */
export function addMonths(iso: string, n: number): string {
  const { y, m, d } = parse(iso);
  const total = y * 12 + (m - 1) + n;
  const ny = Math.floor(total / 12);
  const nm = total - ny * 12 + 1;
  return `${pad(ny, 4)}-${pad(nm)}-${pad(Math.min(d, daysInMonth(ny, nm)))}`;
}

/** Whole calendar months from `from` to `to` (0 when `to` is not later). */
export function monthsBetween(from: string, to: string): number {
  const a = parse(from);
  const b = parse(to);
  const months = (b.y - a.y) * 12 + (b.m - a.m) - (b.d < a.d ? 1 : 0);
  return Math.max(0, months);
}

/** True when `asOf` lies more than `months` calendar months before `reviewed` (exactly that many is not). */
export function olderThan(asOf: string, reviewed: string, months: number): boolean {
  // ISO dates compare as text.
  return addMonths(asOf, months) < reviewed;
}
