import { describe, expect, it } from 'vitest';
import { CATEGORIES, ZONES } from '../catalog/vocab.ts';
import { translate } from '../i18n';
import { LEGEND, legendGroups } from './legend';
import { palette } from './palette';
import { CATEGORY_COLOURS, MODE_COLOURS, TIMELINE_COLOURS, ZONE_COLOURS } from './themes';

describe('the legend definition', () => {
  it('has the zones, lines, categories and sites in both languages', () => {
    for (const lang of ['zh', 'en'] as const) {
      const legend = legendGroups(lang);
      expect(legend.map((g) => g.heading)).toEqual([
        translate(lang, 'legend.zones'),
        translate(lang, 'legend.lines'),
        translate(lang, 'categories.title'),
        translate(lang, 'legend.points'),
        translate(lang, 'timeline.title'),
      ]);
      expect(legend.map((g) => g.entries.length)).toEqual([5, 6, CATEGORIES.length, 3, 2]);
      expect(legend[2]?.entries.map((e) => e.label)).toEqual(CATEGORIES.map((c) => translate(lang, `category.${c}`)));
      expect(legend[1]?.entries.map((e) => e.kind)).toEqual(['line', 'line', 'line', 'line', 'dashed', 'dotted']);
      for (const entry of legend.flatMap((g) => g.entries)) expect(entry.colour).toMatch(/^#[0-9a-f]{6}$/i);
    }
  });

  it('names the zones by their Chinese names in Chinese and translates them in English', () => {
    const zones = ZONES.filter((z) => z !== '全市');
    expect(legendGroups('zh')[0]?.entries.map((e) => e.label)).toEqual(['东强', '西兴', '南美', '北起', '中优']);
    expect(legendGroups('en')[0]?.entries.map((e) => e.label)).toEqual(zones.map((z) => translate('en', `zone.${z}`)));
    expect(legendGroups('en')[0]?.entries.map((e) => e.label)).not.toContain('东强');
  });

  it('takes its colours from the map style’s constants', () => {
    const [zones, lines, categories, points, timeline] = LEGEND;
    expect(zones?.keys.map((k) => k.colour)).toEqual(ZONES.filter((z) => z !== '全市').map((z) => ZONE_COLOURS[z]));
    expect(lines?.keys.slice(0, 3).map((k) => k.colour)).toEqual([
      MODE_COLOURS.rail,
      MODE_COLOURS.waterway,
      MODE_COLOURS.road,
    ]);
    expect(categories?.keys.map((k) => k.colour)).toEqual(CATEGORIES.map((c) => CATEGORY_COLOURS[c]));
    expect(points?.keys.map((k) => [k.kind, k.colour])).toEqual([
      ['dot', MODE_COLOURS.rail],
      ['ring', MODE_COLOURS.rail],
      ['fill', palette.districtChosen],
    ]);
    expect(points?.keys[2]?.outline).toBe(palette.districtChosenLine);
    expect(timeline?.keys.map((k) => [k.kind, k.colour])).toEqual([
      ['dot', TIMELINE_COLOURS.unknown],
      ['ring', TIMELINE_COLOURS.behind],
    ]);
  });
});
