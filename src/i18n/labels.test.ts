import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, MODES, STATUSES, ZONES } from '../catalog/vocab.ts';
import { LANGS } from './index.ts';
import { labelKey, labelOf, type Vocabularies, type Vocabulary, zoneOnMap } from './labels.ts';

const VOCABULARIES: { [V in Vocabulary]: readonly Vocabularies[V][] } = {
  zone: ZONES,
  category: CATEGORIES,
  status: STATUSES,
  mode: MODES,
};

describe('labels of the catalogue’s codes', () => {
  it('names every code of every vocabulary in both languages, each name once', () => {
    for (const lang of LANGS)
      for (const [vocabulary, codes] of Object.entries(VOCABULARIES) as [Vocabulary, readonly never[]][]) {
        const names = codes.map((code) => labelOf(vocabulary, code, lang));
        // A code falling through to its key, or two codes sharing a name, would read alike on screen.
        for (const [k, name] of names.entries()) expect(name, `${lang} ${codes[k]}`).not.toContain('.');
        expect(new Set(names).size, `${lang} ${vocabulary}`).toBe(codes.length);
      }
  });

  it('finds each name at the code’s key of the locale table', () => {
    expect(labelKey('status', 'in_operation')).toBe('status.in_operation');
    expect(labelOf('status', 'in_operation', 'zh')).toBe('运营中');
    expect(labelOf('category', 'transport', 'en')).toBe('Transport hub');
    expect(labelOf('mode', 'rail', 'en')).toBe('Rail');
  });

  it('names a zone by itself in Chinese and by its English name in English', () => {
    for (const zone of ZONES) expect(labelOf('zone', zone, 'zh')).toBe(zone);
    expect(labelOf('zone', '北起', 'en')).toBe('North rising');
    expect(zoneOnMap('北起', 'zh')).toBe('北起（示意）');
    expect(zoneOnMap('东强', 'en')).toBe('East strong (schematic)');
  });

  it('agrees with the English zone names of geo/zones.geojson', () => {
    const file = path.resolve(import.meta.dirname, '../../geo/zones.geojson');
    const zones = JSON.parse(fs.readFileSync(file, 'utf8')) as {
      features: { properties: { zone: (typeof ZONES)[number]; zone_en: string } }[];
    };
    expect(zones.features.length).toBeGreaterThan(0);
    for (const { properties: p } of zones.features) expect(labelOf('zone', p.zone, 'en'), p.zone).toBe(p.zone_en);
  });

  it('takes only codes of the vocabulary', () => {
    // The typecheck (tsc) fails on an @ts-expect-error that sees no error: these calls must stay rejected.
    // @ts-expect-error: not a zone
    const notAZone = () => labelKey('zone', '东西');
    // @ts-expect-error: a status is not a category
    const notACategory = () => labelOf('category', 'planned', 'en');
    expect([notAZone, notACategory].every((f) => typeof f === 'function')).toBe(true);
  });
});
