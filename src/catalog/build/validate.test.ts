import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkUnique, formatIssue, SCHEMATIC_ACCURACY_M, schematicReason, validateFile } from './validate';
import { compareDates, isRealDate } from './validateTimeline';

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

  it('reads milestones and history, empty where a file leaves them out', () => {
    const { items } = messages('valid');
    const [first, line] = items.map((i) => i.properties);
    expect(first?.milestones.map((m) => [m.stage, m.name_zh, m.planned, m.actual])).toEqual([
      ['approval', null, null, '2024-05'],
      ['works_start', null, '2026', null],
      ['opening', null, '2026-06', null],
    ]);
    // A planned date may carry the source that promised it; a year and a month of it compare as equal.
    expect(first?.milestones[2]?.source).toBe('测试《计划》2025-01-01');
    expect(first?.history.map((h) => h.field)).toEqual(['status', 'opening.planned']);
    expect([line?.milestones, line?.history]).toEqual([[], []]);
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
    // Milestones and history: the dates the timeline reads.
    [
      'milestone-planned-order',
      /· fixture-item · properties\.milestones\.1\.planned: found "2026-06", expected a date not before works_start\.planned 2027 \(stages in order: approval ≤ works_start ≤ opening\)$/,
    ],
    [
      'milestone-actual-order',
      /· fixture-item · properties\.milestones\.1\.actual: found "2024-03-10", expected a date not before approval\.actual 2024-05 /,
    ],
    [
      'milestone-actual-without-source',
      /· fixture-item · properties\.milestones\.0\.source: found null, expected the source of the actual date 2024-03-10/,
    ],
    [
      'milestone-source-not-a-citation',
      /· properties\.milestones\.0\.source: found "https:\/\/example\.org\/news\/1", expected a citation as in sources: outlet《title》date/,
    ],
    [
      'milestone-without-date',
      /· properties\.milestones\.0\.planned: found null, expected a planned or an actual date for approval \(leave out a stage with neither\)$/,
    ],
    [
      'milestone-phase-without-name',
      /· properties\.milestones\.0\.name_en: found null, expected the phase's name in English$/,
    ],
    [
      'milestone-fixed-stage-with-name',
      /· properties\.milestones\.0\.name_zh: found "开馆", expected null for the fixed stage opening \(its name comes from the locale table\)$/,
    ],
    [
      'milestone-stage-repeated',
      /· properties\.milestones\.1\.stage: found "opening", expected each of approval, works_start, opening at most once \(opening is repeated\)$/,
    ],
    [
      'milestone-actual-after-status-as-of',
      /· properties\.milestones\.0\.actual: found "2025-07", expected a date not after status_as_of 2025-06-30: nothing is known beyond it$/,
    ],
    [
      'milestone-status-disagrees',
      /· fixture-item · properties\.status: found "under_construction", expected "completed", the status its milestones give for 2025-06 \(the month of status_as_of\)/,
    ],
    ['milestone-not-a-month', /· properties\.milestones\.0\.actual: found "2024-13", expected a real month or day/],
    ['milestone-not-a-day', /· properties\.milestones\.0\.actual: found "2024-02-30", expected a real month or day/],
    [
      'milestone-planned-not-a-month',
      /· properties\.milestones\.0\.planned: found "2026-00", expected a real year or month/,
    ],
    [
      'milestone-planned-day',
      /· properties\.milestones\.0\.planned: found "2026-06-01", expected a planned date as YYYY or YYYY-MM$/,
    ],
    [
      'history-out-of-order',
      /· properties\.history\.1\.date: found "2023-01-10", expected a date not before the entry above it \(2024-05-20\)/,
    ],
    [
      'history-after-status-as-of',
      /· properties\.history\.0\.date: found "2025-07-01", expected a date not after status_as_of 2025-06-30/,
    ],
    [
      'history-unknown-status',
      /· properties\.history\.0\.value: found "finished", expected one of planned, under_construction, completed, in_operation, ongoing$/,
    ],
    [
      'history-not-a-day',
      /· properties\.history\.0\.date: found "2024-02-30", expected a real calendar date as YYYY-MM-DD$/,
    ],
    [
      'history-unknown-stage',
      /· properties\.history\.0\.field: found "works_start\.planned", expected a stage among the item's milestones \(opening\)$/,
    ],
    ['history-bad-value', /· properties\.history\.0\.value: found "2025-13", expected a real year or month/],
    [
      'status-as-of-not-a-day',
      /· properties\.status_as_of: found "2025-02-30", expected a real calendar date as YYYY-MM-DD$/,
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

  it('compares milestone dates at the precision both give, and knows real months and days', () => {
    expect(compareDates('2024', '2024-06')).toBe(0);
    expect(compareDates('2024-06', '2024-06-30')).toBe(0);
    expect(compareDates('2024-06-30', '2024-07')).toBe(-1);
    expect(compareDates('2025', '2024-12-31')).toBe(1);
    expect(['2024', '2024-12', '2024-02-29'].map(isRealDate)).toEqual([true, true, true]);
    expect(['2024-00', '2024-13', '2023-02-29', '2024-04-31'].map(isRealDate)).toEqual([false, false, false, false]);
  });

  it('has a fixture file for every case and a case for every fixture file', () => {
    const files = fs.readdirSync(dir).map((f) => f.replace(/\.geojson$/, ''));
    expect(files.sort()).toEqual(['valid', ...cases.map(([n]) => n)].sort());
  });
});
