import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkUnique, formatIssue, SCHEMATIC_ACCURACY_M, schematicReason, validateFile } from './validate';

const dir = path.join(import.meta.dirname, 'fixtures');
const messages = (name: string) => {
  const file = `fixtures/${name}.geojson`;
  const { items, issues } = validateFile(file, fs.readFileSync(path.join(dir, `${name}.geojson`), 'utf8'));
  const unique = checkUnique([{ file, items }]);
  return { items, list: [...issues, ...unique].map(formatIssue) };
};

describe('item validation', () => {
  it('accepts a valid file: a point, a schematic line and a city-wide item without geometry', () => {
    const { items, list } = messages('valid');
    expect(list).toEqual([]);
    expect(items.map((i) => i.properties.id)).toEqual(['fixture-item', 'fixture-line', 'fixture-citywide']);
  });

  it('reads zones_also as a list of the other directions, empty where a file leaves it out', () => {
    const { items } = messages('valid');
    expect(items.map((i) => [i.properties.zone, i.properties.zones_also])).toEqual([
      ['中优', []],
      ['中优', ['北起']],
      ['全市', []],
    ]);
  });

  // One fixture per rule. Each message names the file, the item, the field, what was found and what was expected.
  const cases: [string, RegExp][] = [
    ['empty', /^fixtures\/empty\.geojson · file: found an empty file, expected a GeoJSON FeatureCollection$/],
    [
      'not-json',
      /^fixtures\/not-json\.geojson · file: found text that is not JSON \(.+\), expected a GeoJSON FeatureCollection$/,
    ],
    [
      'wrong-type',
      /^fixtures\/wrong-type\.geojson · type: found "Feature", expected a GeoJSON FeatureCollection with a features list$/,
    ],
    ['not-a-feature', /· feature #1 · type: found "Point", expected "Feature"$/],
    ['missing-name', /· fixture-item · properties\.name_en: found "", expected an English name$/],
    [
      'unknown-zone',
      /· fixture-item · properties\.zone: found "东兴", expected one of "东强"\|"西兴"\|"南美"\|"北起"\|"中优"\|"全市"$/,
    ],
    ['unknown-category', /· fixture-item · properties\.category: found "sports", expected one of "transport"/],
    ['bad-id', /· Airport Phase 2 · properties\.id: found "Airport Phase 2", expected a lower-case kebab-case id$/],
    [
      'duplicate-id',
      /· fixture-item · properties\.id: found "fixture-item", already used in fixtures\/duplicate-id\.geojson, expected an id used by one item only$/,
    ],
    ['unknown-field', /· fixture-item · properties: found .+, expected no such field \("colour"\)$/],
    ['missing-field', /· fixture-item · properties\.report_section: found nothing, expected string$/],
    ['bad-date', /· properties\.status_as_of: found "2025\/06\/30", expected a date as YYYY-MM-DD$/],
    ['years-reversed', /· properties\.end_year: found 2020, expected a year not before start_year 2026$/],
    ['no-sources', /· properties\.sources: found \[\], expected at least one source$/],
    [
      'capacity-without-unit',
      /· properties\.capacity_unit_zh: found null, expected units in both languages for capacity_value$/,
    ],
    ['accuracy-without-geometry', /· properties\.accuracy_m: found 100, expected null for an item without geometry$/],
    [
      'geometry-without-accuracy',
      /· properties\.accuracy_m: found null, expected the positional uncertainty in metres$/,
    ],
    [
      'string-coordinates',
      /^fixtures\/string-coordinates\.geojson · fixture-item · geometry\.coordinates: found \["117\.02","36\.67"\], expected a position \[longitude, latitude\] of two finite numbers$/,
    ],
    [
      'swapped-coordinates',
      /^fixtures\/swapped-coordinates\.geojson · fixture-item · geometry\.coordinates: found \[36\.67,117\.02\], expected a position inside the region 115\.4–119\.4° E, 35\.3–38\.4° N \(longitude and latitude look swapped\)$/,
    ],
    [
      'outside-region',
      /^fixtures\/outside-region\.geojson · fixture-item · geometry\.coordinates: found \[121\.47,31\.23\], expected a position inside the region 115\.4–119\.4° E, 35\.3–38\.4° N$/,
    ],
    [
      'open-ring',
      /· geometry\.coordinates\[0\]: found \[117,36\.7\], expected a closed ring ending at its first position \[117,36\.6\]$/,
    ],
    [
      'self-intersecting',
      /· fixture-item · geometry: found \[.+\], expected rings that do not cross themselves or each other$/,
    ],
    ['short-line', /· geometry\.coordinates: found .+, expected a list of at least 2 positions$/],
    [
      'transport-without-mode',
      /· properties\.mode: found null, expected how the transport item is drawn: one of rail, road/,
    ],
    [
      'mode-outside-transport',
      /· properties\.mode: found "rail", expected null for an item that is not about transport$/,
    ],
    [
      'basis-without-geometry',
      /^fixtures\/basis-without-geometry\.geojson · fixture-item · properties\.geometry_basis: found "dataset", expected null for an item without geometry$/,
    ],
    [
      'geometry-without-basis',
      /^fixtures\/geometry-without-basis\.geojson · fixture-item · properties\.geometry_basis: found null, expected how the geometry was made: one of dataset, traced, described, concept$/,
    ],
    [
      'unknown-basis',
      /· fixture-item · properties\.geometry_basis: found "memory", expected one of "dataset"\|"traced"\|"described"\|"concept"$/,
    ],
    [
      'described-not-schematic',
      /^fixtures\/described-not-schematic\.geojson · fixture-item · properties\.schematic: found false, expected true for geometry_basis "described"$/,
    ],
    [
      'coarse-line-not-schematic',
      /· fixture-item · properties\.schematic: found false, expected true for a line or area with accuracy_m 3000, coarser than 2500 m$/,
    ],
    [
      'precise-but-schematic',
      /· fixture-item · properties\.schematic: found true, expected false for geometry_basis "dataset" with accuracy_m 100 \(schematic needs a described or concept basis, or a line or area coarser than 2500 m\)$/,
    ],
    [
      'schematic-without-geometry',
      /· fixture-item · properties\.schematic: found true, expected false for an item without geometry$/,
    ],
    [
      'zones-also-primary',
      /· fixture-item · properties\.zones_also: found \["东强","北起"\], expected the other directions only, without the primary zone 北起$/,
    ],
    [
      'zones-also-repeated',
      /· fixture-item · properties\.zones_also: found \["东强","东强"\], expected each direction once \(东强 is repeated\)$/,
    ],
    [
      'zones-also-citywide-value',
      /· fixture-item · properties\.zones_also\.0: found "全市", expected one of "东强"\|"西兴"\|"南美"\|"北起"\|"中优"$/,
    ],
    [
      'zones-also-for-citywide-item',
      /· fixture-item · properties\.zones_also: found \["东强"\], expected an empty list for a city-wide \(全市\) item: it is in every direction$/,
    ],
    ['zones-also-not-a-list', /· fixture-item · properties\.zones_also: found "东强", expected array$/],
    [
      'geometry-collection',
      /· geometry\.type: found "GeometryCollection", expected one of Point, MultiPoint, LineString, MultiLineString, Polygon, MultiPolygon, or a null geometry/,
    ],
  ];

  for (const [name, pattern] of cases) {
    it(`rejects ${name} with a precise message`, () => {
      const { list, items } = messages(name);
      expect(list.length, list.join('\n')).toBeGreaterThan(0);
      expect(
        list.some((m) => pattern.test(m)),
        `${list.join('\n')}\n  does not match ${pattern}`,
      ).toBe(true);
      // An item with a problem never reaches the catalogue.
      if (name !== 'duplicate-id') expect(items).toHaveLength(0);
    });
  }

  it('ties schematic to how the geometry was made: described or concept, or a line or area coarser than 2.5 km', () => {
    const at = (geometry_basis: 'dataset' | 'traced' | 'described' | 'concept', accuracy_m: number, type: string) =>
      schematicReason({ geometry_basis, accuracy_m }, type) !== null;
    expect(SCHEMATIC_ACCURACY_M).toBe(2500);
    // Placed from words or standing for an idea: schematic whatever the shape or the accuracy.
    for (const type of ['Point', 'MultiPoint', 'LineString', 'Polygon']) {
      expect(at('described', 100, type), type).toBe(true);
      expect(at('concept', 100, type), type).toBe(true);
    }
    // From data or a map: schematic only as a line or area coarser than the threshold.
    expect(at('dataset', 2500, 'LineString')).toBe(false);
    expect(at('dataset', 2501, 'LineString')).toBe(true);
    expect(at('traced', 3000, 'MultiPolygon')).toBe(true);
    expect(at('traced', 3000, 'MultiLineString')).toBe(true);
    expect(at('dataset', 5000, 'Point')).toBe(false);
    expect(at('traced', 5000, 'MultiPoint')).toBe(false);
    expect(schematicReason({ geometry_basis: null, accuracy_m: null }, null)).toBeNull();
  });

  it('has a fixture file for every case and a case for every fixture file', () => {
    const files = fs.readdirSync(dir).map((f) => f.replace(/\.geojson$/, ''));
    expect(files.sort()).toEqual(['valid', ...cases.map(([n]) => n)].sort());
  });
});
