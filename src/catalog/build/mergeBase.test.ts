import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBasemap } from '../../../scripts/vite/catalog.ts';
import { BASE_KEY, BASE_PARTS, type Collection, PART, splitBase } from '../base.ts';
import { mergeBase } from './mergeBase.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const zones = JSON.parse(fs.readFileSync(path.join(root, 'geo/zones.geojson'), 'utf8')) as Collection;
const basemap = readBasemap(root);
const parts = { ...basemap, zones };

describe('the base source (basemap and zones in one)', () => {
  const merged = mergeBase(parts);

  it('holds every feature of every file, tagged with its part, in draw order', () => {
    for (const p of BASE_PARTS) {
      const mine = merged.features.filter((f) => f.properties?.[PART] === p);
      expect(mine.length, p).toBe(parts[p].features.length);
      expect(mine.map((f) => f.geometry)).toEqual(parts[p].features.map((f) => f.geometry));
    }
    expect(merged.features.length).toBe(BASE_PARTS.reduce((n, p) => n + parts[p].features.length, 0));
    expect([...new Set(merged.features.map((f) => f.properties?.[PART]))]).toEqual([...BASE_PARTS]);
  });

  it('keys the 12 districts by adcode and the zones by name, and nothing else', () => {
    const keyed = merged.features.filter((f) => f.properties && BASE_KEY in f.properties);
    const districts = keyed.filter((f) => f.properties?.[PART] === 'districts');
    expect(districts.map((f) => f.properties?.[BASE_KEY])).toEqual(districts.map((f) => f.properties?.adcode));
    expect(districts).toHaveLength(12);
    const zoneKeys = new Set(
      keyed.filter((f) => f.properties?.[PART] === 'zones').map((f) => f.properties?.[BASE_KEY]),
    );
    expect([...zoneKeys].sort()).toEqual(['中优', '北起', '南美', '东强', '西兴'].sort());
    expect(keyed.every((f) => ['districts', 'zones'].includes(String(f.properties?.[PART])))).toBe(true);
  });

  it('gives the same parts back when split (what the no-WebGL overview draws)', () => {
    const split = splitBase(merged);
    for (const p of BASE_PARTS) {
      expect(split[p].features.map((f) => f.geometry)).toEqual(parts[p].features.map((f) => f.geometry));
    }
  });

  it('refuses a part that is not a FeatureCollection, and a feature that already has a reserved property', () => {
    expect(() => mergeBase({ ...parts, rivers: { type: 'Feature' } as never })).toThrow(
      'base map: rivers is not a GeoJSON FeatureCollection',
    );
    const clash = structuredClone(parts.lakes);
    (clash.features[0] as { properties: Record<string, unknown> }).properties.part = 'x';
    expect(() => mergeBase({ ...parts, lakes: clash })).toThrow('a feature of lakes already has a "part" property');
  });

  it('names the basemap file that cannot be read', () => {
    const scratch = fs.mkdtempSync(path.join(root, 'node_modules/.base-test-'));
    try {
      fs.mkdirSync(path.join(scratch, 'geo/basemap'), { recursive: true });
      for (const p of BASE_PARTS.filter((x) => x !== 'zones'))
        fs.copyFileSync(path.join(root, `geo/basemap/${p}.geojson`), path.join(scratch, `geo/basemap/${p}.geojson`));
      fs.writeFileSync(path.join(scratch, 'geo/basemap/sea.geojson'), '{ not json');
      expect(() => readBasemap(scratch)).toThrow(/^geo\/basemap\/sea\.geojson: /);
    } finally {
      fs.rmSync(scratch, { recursive: true, force: true });
    }
  });
});
