import { describe, expect, it } from 'vitest';
import { type MessageKey, translate } from '../i18n';
import { statusAge } from './age';

const zh = (k: MessageKey) => translate('zh', k);
const en = (k: MessageKey) => translate('en', k);
const REVIEWED = '2026-12-06';

describe('statusAge: how long before the review a status was confirmed', () => {
  it('says years and months in Chinese and in English', () => {
    expect(statusAge('2024-05-06', REVIEWED, zh)).toBe('2 年 7 个月前');
    expect(statusAge('2024-05-06', REVIEWED, en)).toBe('2 yr 7 mo before review');
  });

  it('counts whole months only: a day short of 2 yr 7 mo is 2 yr 6 mo', () => {
    expect(statusAge('2024-05-07', REVIEWED, en)).toBe('2 yr 6 mo before review');
  });

  it('leaves out a zero part', () => {
    expect(statusAge('2025-12-06', REVIEWED, zh)).toBe('1 年前');
    expect(statusAge('2025-12-06', REVIEWED, en)).toBe('1 yr before review');
    expect(statusAge('2026-01-25', REVIEWED, zh)).toBe('10 个月前');
    expect(statusAge('2026-01-25', REVIEWED, en)).toBe('10 mo before review');
  });

  it('says under a month for a status confirmed shortly before (or on) the review', () => {
    expect(statusAge('2026-11-20', REVIEWED, zh)).toBe('核查前不足 1 个月');
    expect(statusAge(REVIEWED, REVIEWED, en)).toBe('under 1 mo before review');
  });
});
