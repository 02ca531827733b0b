import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readItemNames } from './itemNames.ts';
import { normalise, searchKeys, shortNames } from './searchKeys.ts';

const root = path.resolve(import.meta.dirname, '../../..');

const realNames = () => readItemNames(root);

describe('normalise', () => {
  it('lower-cases and drops spaces, punctuation, quotes, brackets, dashes and middle dots', () => {
    expect(normalise('Jinan–Laiwu high-speed railway')).toBe('jinanlaiwuhighspeedrailway');
    expect(normalise('“Two An” culture: Li Qingzhao (Yi’an)')).toBe('twoancultureliqingzhaoyian');
    expect(normalise('龙山文化（章丘城子崖遗址）')).toBe('龙山文化章丘城子崖遗址');
    expect(normalise('二安文化（李清照·辛弃疾）')).toBe('二安文化李清照辛弃疾');
    expect(normalise('【甲】(乙)「丙」——丁、戊／己')).toBe('甲乙丙丁戊己');
  });

  it('folds full-width forms and Latin diacritics', () => {
    expect(normalise('Ｔ２航站楼')).toBe('t2航站楼');
    expect(normalise('Zürich Café, lǘ')).toBe('zurichcafelu');
  });

  it('leaves nothing of a string of symbols', () => {
    expect(normalise(' (.*)[]{}<>/\\|^$?+ ')).toBe('');
  });
});

describe('searchKeys', () => {
  it('gives the pinyin and the initials of a name', () => {
    expect(searchKeys('济莱高铁', 'Jinan–Laiwu high-speed railway')).toEqual({
      zh: '济莱高铁',
      en: 'jinanlaiwuhighspeedrailway',
      pinyin: 'jilaigaotie',
      initials: 'jlgt',
      alt: [],
      enStarts: [5, 10, 14, 19],
    });
  });

  it('reads the polyphonic characters of Jinan place names as the places are called', () => {
    const cases: [string, string][] = [
      ['长清', 'changqing'],
      ['长清区', 'changqingqu'],
      ['长清站', 'changqingzhan'],
      ['历城', 'licheng'],
      ['泺口', 'luokou'],
      ['莱芜', 'laiwu'],
      ['钢城', 'gangcheng'],
      ['趵突泉', 'baotuquan'],
      ['大明湖', 'daminghu'],
      ['济南', 'jinan'],
      ['济阳', 'jiyang'],
      ['章丘', 'zhangqiu'],
      ['历下', 'lixia'],
      ['槐荫', 'huaiyin'],
      ['平阴', 'pingyin'],
      ['商河', 'shanghe'],
      ['遥墙', 'yaoqiang'],
      ['千佛山', 'qianfoshan'],
      ['鹊华秋色图', 'quehuaqiusetu'],
    ];
    for (const [name, reading] of cases) expect(searchKeys(name, '').pinyin, name).toBe(reading);
  });

  it('corrects the readings pinyin-pro gets wrong', () => {
    expect(searchKeys('中国北方种业之都', '').pinyin).toBe('zhongguobeifangzhongyezhidu');
  });

  it('keeps Latin letters and digits whole in both keys', () => {
    const keys = searchKeys('济南机场T2航站楼（在建）', 'Jinan Airport Terminal 2 (under construction)');
    expect(keys.pinyin).toBe('jinanjichangt2hangzhanlouzaijian');
    expect(keys.initials).toBe('jnjct2hzlzj');
    expect(searchKeys('T2航站楼', '').initials).toBe('t2hzl');
    expect(searchKeys('高质量5G网络全覆盖', '').initials).toBe('gzl5gwlqfg');
  });

  it('adds the keys of the name without its brackets and of what the brackets hold', () => {
    const keys = searchKeys('龙山文化（章丘城子崖遗址）', 'Longshan culture: Chengziya site, Zhangqiu');
    expect(keys.zh).toBe('龙山文化章丘城子崖遗址');
    expect(keys.pinyin).toBe('longshanwenhuazhangqiuchengziyayizhi');
    expect(keys.alt).toEqual(['longshanwenhua', 'lswh', 'zhangqiuchengziyayizhi', 'zqczyyz']);
  });

  it('treats half-width round brackets and 【】 like full-width ones', () => {
    const keys = searchKeys('国家中医(肿瘤)医学中心', '');
    expect(keys.alt).toEqual(['guojiazhongyiyixuezhongxin', 'gjzyyxzx', 'zhongliu', 'zl']);
    expect(searchKeys('【重点】济南站', '').alt).toEqual(['jinanzhan', 'jnz', 'zhongdian', 'zd']);
  });

  it('ignores quotes, and adds no key the full name already has', () => {
    const keys = searchKeys('“米字形”高铁网', '“Mi”-shaped (eight-direction) high-speed rail network');
    expect(keys.zh).toBe('米字形高铁网');
    expect(keys.pinyin).toBe('mizixinggaotiewang');
    expect(keys.alt).toEqual([]);
    expect(shortNames('“米字形”高铁网')).toEqual(['米字形高铁网']);
  });

  it('leaves out bracketed parts without Chinese: the zh and en keys already hold them', () => {
    expect(shortNames('济南机场综合交通中心（GTC）')).toEqual(['济南机场综合交通中心']);
  });

  it('marks where the words of the English name start', () => {
    const keys = searchKeys('', 'Guang’anmen Hospital, Jinan');
    expect(keys.en).toBe('guanganmenhospitaljinan');
    expect(keys.enStarts).toEqual([10, 18]);
  });

  it('romanises every name in the catalogue completely', () => {
    const names = realNames();
    expect(names.length).toBeGreaterThan(80);
    for (const { id, name_zh, name_en } of names) {
      const keys = searchKeys(name_zh, name_en);
      // No Chinese character left over, nothing but Latin letters and digits.
      for (const key of [keys.pinyin, keys.initials, ...keys.alt]) expect(key, id).toMatch(/^[a-z0-9]+$/);
      expect(keys.alt.length % 2, id).toBe(0);
      expect(new Set(keys.alt).has(keys.pinyin), id).toBe(false);
      for (const at of keys.enStarts ?? []) expect(at, id).toBeLessThan(keys.en.length);
    }
  });
});
