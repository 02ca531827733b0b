import along from '@turf/along';
import turfArea from '@turf/area';
import turfBbox from '@turf/bbox';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import centerOfMass from '@turf/center-of-mass';
import { featureCollection } from '@turf/helpers';
import turfIntersect from '@turf/intersect';
import turfLength from '@turf/length';
import lineChunk from '@turf/line-chunk';
import pointOnFeature from '@turf/point-on-feature';
import type { Feature, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { Measure, Share } from '../types.ts';
import type { Item } from './validate.ts';

// Facts derived from the geometry at build time, so that the browser never recomputes them:
// which districts (and zones) an item touches and how much of it lies in each, its bounds and a
// point to label it at.

export type Area = Feature<Polygon | MultiPolygon, Record<string, unknown>>;

const CHUNK_KM = 0.1; // lines are measured in 100 m pieces: finer than any item's accuracy
const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;

interface Indexed {
  key: string;
  area: Area;
  bbox: [number, number, number, number];
}

export function indexAreas(areas: Area[], keyOf: (a: Area) => string): Indexed[] {
  return areas.map((area) => ({ key: keyOf(area), area, bbox: turfBbox(area) as [number, number, number, number] }));
}

function whereIs(p: Position, areas: Indexed[]): string | null {
  const [x, y] = p as [number, number];
  for (const a of areas) {
    const [w, s, e, n] = a.bbox;
    if (x >= w && x <= e && y >= s && y <= n && booleanPointInPolygon(p, a.area)) return a.key;
  }
  return null;
}

function tally(amounts: Map<string | null, number>, total: number, unit: Measure['unit'], digits: number): Measure {
  const inside: Share[] = [];
  for (const [key, amount] of amounts) {
    // Slivers that round to nothing (a border drawn a metre apart) are not a membership.
    if (key !== null && round(amount, digits) > 0)
      inside.push({ key, amount: round(amount, digits), share: round(amount / total, 4) });
  }
  inside.sort((a, b) => b.amount - a.amount);
  return { unit, total: round(total, digits), inside, outside: round(amounts.get(null) ?? 0, digits) };
}

function lines(item: Item): Feature<LineString>[] {
  const g = item.geometry;
  if (g?.type === 'LineString') return [{ type: 'Feature', properties: {}, geometry: g }];
  if (g?.type === 'MultiLineString')
    return g.coordinates.map((coordinates) => ({
      type: 'Feature',
      properties: {},
      geometry: { type: 'LineString', coordinates },
    }));
  return [];
}

/** How an item's geometry divides among the given areas. Null for items without geometry. */
export function measure(item: Item, areas: Indexed[]): Measure | null {
  const g = item.geometry;
  if (!g) return null;
  const amounts = new Map<string | null, number>();
  const add = (key: string | null, v: number) => amounts.set(key, (amounts.get(key) ?? 0) + v);
  switch (g.type) {
    case 'Point':
    case 'MultiPoint': {
      const points = g.type === 'Point' ? [g.coordinates] : g.coordinates;
      for (const p of points) add(whereIs(p, areas), 1);
      return tally(amounts, points.length, 'points', 0);
    }
    case 'LineString':
    case 'MultiLineString': {
      let total = 0;
      for (const line of lines(item)) {
        for (const chunk of lineChunk(line, CHUNK_KM).features) {
          const km = turfLength(chunk);
          if (km === 0) continue;
          total += km;
          add(whereIs(along(chunk, km / 2).geometry.coordinates, areas), km);
        }
      }
      return tally(amounts, total, 'km', 2);
    }
    case 'Polygon':
    case 'MultiPolygon': {
      const feature = item as Feature<Polygon | MultiPolygon>;
      const total = turfArea(feature) / 1e6;
      let inside = 0;
      for (const a of areas) {
        const [w, s, e, n] = a.bbox;
        const [x0, y0, x1, y1] = turfBbox(feature);
        if (x1 < w || x0 > e || y1 < s || y0 > n) continue;
        const common = turfIntersect(featureCollection([feature, a.area]));
        if (!common) continue;
        const km2 = turfArea(common) / 1e6;
        inside += km2;
        add(a.key, km2);
      }
      add(null, Math.max(0, total - inside));
      return tally(amounts, total, 'km2', 2);
    }
  }
}

/** A point to put the item's label and to centre a card on: on the geometry, never beside it. */
export function labelPoint(item: Item): [number, number] | null {
  const g = item.geometry;
  if (!g) return null;
  if (g.type === 'Point') return g.coordinates as [number, number];
  if (g.type === 'LineString' || g.type === 'MultiLineString') {
    const longest = lines(item).sort((a, b) => turfLength(b) - turfLength(a))[0];
    if (!longest) return null;
    return along(longest, turfLength(longest) / 2).geometry.coordinates as [number, number];
  }
  if (g.type === 'Polygon' || g.type === 'MultiPolygon') {
    const centre = centerOfMass(item as Feature<Polygon | MultiPolygon>);
    if (booleanPointInPolygon(centre, item as Feature<Polygon | MultiPolygon>))
      return centre.geometry.coordinates as [number, number];
  }
  return pointOnFeature(item as Feature).geometry.coordinates as [number, number];
}

export function bounds(item: Item): [number, number, number, number] | null {
  return item.geometry ? (turfBbox(item as Feature).map((v) => round(v, 5)) as [number, number, number, number]) : null;
}
