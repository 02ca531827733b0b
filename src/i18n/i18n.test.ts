import { describe, expect, it } from 'vitest';
import { en } from './en';
import { mapLocale, translate } from './index';
import { zhCN } from './zh-CN';

describe('locale table', () => {
  it('has the same keys in both languages, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
    for (const table of [en, zhCN]) for (const v of Object.values(table)) expect(v.trim()).not.toBe('');
  });

  it('translates', () => {
    expect(translate('zh', 'app.title')).toBe('济南蓝图');
    expect(translate('en', 'app.title')).toBe('Jinan Blueprint');
  });

  it('hands MapLibre only its own control strings', () => {
    const zh = mapLocale('zh');
    expect(zh['NavigationControl.ZoomIn']).toBe('放大');
    expect(Object.keys(zh).every((k) => /Control\./.test(k))).toBe(true);
    expect(mapLocale('en')['ScaleControl.Kilometers']).toBe('km');
  });
});
