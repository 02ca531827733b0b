import type { Geometry, Position } from 'geojson';

export type Bounds = [west: number, south: number, east: number, north: number];

/** Longitude and latitude to SVG user units: x grows east, y grows south. */
export interface Projection {
  width: number;
  height: number;
  point: (p: Position) => [number, number];
}

/**
 * An equirectangular projection for one city: a degree of longitude is shortened by the cosine of the
 * middle latitude, so shapes keep their proportions at Jinan's 36.7° N (about 1 % off at the edges,
 * invisible at this scale). The bounds fill `width` less `pad` on each side.
 */
export function fitProjection(bounds: Bounds, width: number, pad = 0): Projection {
  const [west, south, east, north] = bounds;
  if (!(east > west && north > south)) throw new Error(`fitProjection: empty bounds ${bounds.join(',')}`);
  const kx = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const scale = (width - 2 * pad) / ((east - west) * kx);
  const height = Math.round((north - south) * scale + 2 * pad);
  return {
    width,
    height,
    point: (p) => [pad + ((p[0] as number) - west) * kx * scale, pad + (north - (p[1] as number)) * scale],
  };
}

const r1 = (v: number) => Math.round(v * 10) / 10;

function ring(coords: Position[], proj: Projection, close: boolean): string {
  let d = '';
  for (const [i, p] of coords.entries()) {
    const [x, y] = proj.point(p);
    d += `${i === 0 ? 'M' : 'L'}${r1(x)} ${r1(y)}`;
  }
  return close && d ? `${d}Z` : d;
}

/** An SVG path for a line or area geometry (points are drawn as circles instead; they give ''). */
export function pathData(geometry: Geometry, proj: Projection): string {
  switch (geometry.type) {
    case 'LineString':
      return ring(geometry.coordinates, proj, false);
    case 'MultiLineString':
      return geometry.coordinates.map((l) => ring(l, proj, false)).join('');
    case 'Polygon':
      return geometry.coordinates.map((r) => ring(r, proj, true)).join('');
    case 'MultiPolygon':
      return geometry.coordinates.flatMap((poly) => poly.map((r) => ring(r, proj, true))).join('');
    case 'GeometryCollection':
      return geometry.geometries.map((g) => pathData(g, proj)).join('');
    default:
      return '';
  }
}

/** The positions of a point geometry (one or many), projected; [] for anything else. */
export function pointsOf(geometry: Geometry, proj: Projection): [number, number][] {
  if (geometry.type === 'Point') return [proj.point(geometry.coordinates)];
  if (geometry.type === 'MultiPoint') return geometry.coordinates.map(proj.point);
  return [];
}
