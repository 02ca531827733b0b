import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectCharacters } from './font-subset';

describe('font subset', () => {
  const chars = collectCharacters(path.resolve(import.meta.dirname, '../..'));

  it('covers every district name, the title and printable ASCII', () => {
    for (const text of [
      '历下区市中区槐荫区天桥区历城区长清区章丘区济阳区莱芜区钢城区平阴县商河县',
      '济南蓝图',
      '公里',
      'Jinan 0-9',
    ]) {
      for (const ch of text) expect(chars).toContain(ch);
    }
  });

  it('leaves the update view’s words to the files fetched on demand', () => {
    // 簿 (工作簿, workbook) is written only in src/sheet/ and the update.* strings.
    expect(chars).not.toContain('簿');
    expect(chars).toContain('更');
  });

  it('stays small: a few thousand characters at most, not the whole CJK block', () => {
    expect(chars.length).toBeGreaterThan(200);
    expect(chars.length).toBeLessThan(6000);
  });
});
