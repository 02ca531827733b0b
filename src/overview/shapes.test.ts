import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { CATEGORY_COLOURS, MODE_COLOURS, TIMELINE_COLOURS } from '../map/themes';
import { fitProjection } from './project';
import { areaOpacity, buildShapes, type ItemShape, shapeAt } from './shapes';

const proj = fitProjection([116, 36, 118, 38], 1000);
const fc = (features: FeatureCollection['features']): FeatureCollection => ({ type: 'FeatureCollection', features });
const square = [
  [
    [117, 37],
    [117.1, 37],
    [117.1, 37.1],
    [117, 37],
  ],
];

describe('buildShapes', () => {
  const shapes = buildShapes(
    {
      districts: fc([
        { type: 'Feature', properties: { adcode: 370114 }, geometry: { type: 'Polygon', coordinates: square } },
      ]),
      items: fc([
        {
          type: 'Feature',
          properties: { id: 'hsr', kind: 'line', mode: 'rail', category: 'transport', status: 'planned' },
          geometry: {
            type: 'LineString',
            coordinates: [
              [117, 37],
              [117.5, 37.5],
            ],
          },
        },
        {
          type: 'Feature',
          properties: { id: 'hsr', label: true, kind: 'line', label_zh: '高铁' },
          geometry: { type: 'Point', coordinates: [117.2, 37.2] },
        },
        {
          type: 'Feature',
          properties: { id: 'sites', kind: 'point', category: 'culture', status: 'in_operation', schematic: true },
          geometry: {
            type: 'MultiPoint',
            coordinates: [
              [117, 37],
              [117.2, 37.2],
            ],
          },
        },
        {
          type: 'Feature',
          properties: { id: 'zone', kind: 'area', category: 'regional', status: 'ongoing', area_km2: 20000 },
          geometry: { type: 'Polygon', coordinates: square },
        },
      ]),
      labels: fc([
        {
          type: 'Feature',
          properties: { label: 'district', adcode: 370114, name_zh: '章丘区', name_en: 'Zhangqiu District' },
          geometry: { type: 'Point', coordinates: [117.5, 36.8] },
        },
        {
          type: 'Feature',
          properties: { label: 'neighbour', adcode: 370300, name_zh: '淄博市', name_en: 'Zibo' },
          geometry: { type: 'Point', coordinates: [118, 36.8] },
        },
      ]),
    },
    proj,
  );

  it('keeps the district’s adcode as text and closes its outline', () => {
    expect(shapes.districts).toEqual([{ adcode: '370114', d: expect.stringMatching(/^M.*Z$/) }]);
  });

  it('skips the items’ label points and colours items like the map', () => {
    expect(shapes.items.map((s) => [s.id, s.kind])).toEqual([
      ['hsr', 'line'],
      ['sites', 'point'],
      ['zone', 'area'],
    ]);
    const [line, sites, area] = shapes.items;
    expect(line).toMatchObject({ colour: MODE_COLOURS.rail, dashed: true, schematic: false });
    expect(sites).toMatchObject({ colour: CATEGORY_COLOURS.culture, dashed: false, schematic: true, d: '' });
    expect(sites?.points).toHaveLength(2);
    expect(area).toMatchObject({ colour: CATEGORY_COLOURS.regional, fillOpacity: 0 }); // larger than the city: outline only
    expect(new Set(shapes.items.map((s) => s.key)).size).toBe(3);
  });

  it('places district and neighbour names as plain strings', () => {
    const byKind = Object.fromEntries(shapes.labels.map((l) => [l.kind, l]));
    expect(byKind.district).toMatchObject({ zh: '章丘区', en: 'Zhangqiu District' });
    expect(byKind.neighbour).toMatchObject({ zh: '淄博市', en: 'Zibo' });
    expect(byKind.district?.x).toBeCloseTo(750, 0);
  });

  it('draws nothing of a layer that failed to load', () => {
    const empty = buildShapes({}, proj);
    expect(empty).toMatchObject({ districts: [], items: [], labels: [], ground: [], outline: '' });
  });
});

describe('areaOpacity', () => {
  it('follows the map’s stops and interpolates between them', () => {
    expect(areaOpacity(0)).toBe(0.24);
    expect(areaOpacity(50)).toBeCloseTo(0.2, 6);
    expect(areaOpacity(100)).toBeCloseTo(0.16, 6);
    expect(areaOpacity(3000)).toBeCloseTo(0.08, 6);
    expect(areaOpacity(22000)).toBe(0);
    expect(areaOpacity(Number.NaN)).toBe(0.24);
  });
});

describe('shapeAt', () => {
  const line = {
    key: 'x:0',
    id: 'x',
    kind: 'line',
    d: 'M0 0L1 1',
    points: [],
    colour: '#123456',
    schematic: false,
    dashed: false,
    fillOpacity: 0,
  } as unknown as ItemShape;

  it('draws the item as at the month: dashed while building, grey when unknown, ringed when behind', () => {
    expect(shapeAt(line, undefined)).toBe(line);
    expect(shapeAt(line, { status: 'under_construction', behind: false, projected: false })).toMatchObject({
      dashed: true,
      colour: '#123456',
      behind: false,
    });
    expect(shapeAt({ ...line, dashed: true }, { status: 'in_operation', behind: false, projected: true }).dashed).toBe(
      false,
    );
    expect(shapeAt(line, { status: 'unknown', behind: false, projected: false })).toMatchObject({
      dashed: false,
      colour: TIMELINE_COLOURS.unknown,
    });
    expect(shapeAt(line, { status: 'planned', behind: true, projected: false }).behind).toBe(true);
  });
});
