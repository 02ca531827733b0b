import { monthsBetween } from '../catalog/dates';
import type { MessageKey } from '../i18n';

/**
 * How long before the review an item's status was last confirmed, in the reader's language:
 * "2 年 7 个月前" / "2 yr 7 mo before review". Whole calendar months, so the text never overstates.
 */
export function statusAge(asOf: string, reviewed: string, t: (k: MessageKey) => string): string {
  const total = monthsBetween(asOf, reviewed);
  const years = Math.floor(total / 12);
  const months = total % 12;
  const key: MessageKey =
    total === 0
      ? 'review.statusAgeRecent'
      : years === 0
        ? 'review.statusAgeMonths'
        : months === 0
          ? 'review.statusAgeYears'
          : 'review.statusAge';
  return t(key).replace('{years}', String(years)).replace('{months}', String(months));
}
