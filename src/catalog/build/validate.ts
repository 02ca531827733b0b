import kinks from '@turf/kinks';
import type { Feature, Geometry, Position } from 'geojson';
import { isCalendarDate } from '../dates.ts';
import { REGION_BOUNDS } from '../region.ts';
import { GEOMETRY_BASES, type ItemProperties, itemPropertiesSchema, MODES } from './schema.ts';
import { checkTimeline } from './validateTimeline.ts';

// Validation of the item files in geo/items/. Every message names the file, the item, the field,
// what was found and what was expected, so that a planner editing in QGIS can fix it at once.

/**
 * A line or area whose uncertainty is coarser than this is a sketch, whatever it was made from: at
 * 2.5 km a line can be on the wrong side of a town or a river, and an edge off by a whole street block.
 */
export const SCHEMATIC_ACCURACY_M = 2500;

/** Bases whose geometry is a sketch by nature: placed from words, or standing for an idea. */
const SKETCH_BASES: readonly string[] = ['described', 'concept'];

/**
 * Whether an item must be drawn as schematic, and why: its geometry was placed from a description or
 * stands for a concept, or it is a line or area coarser than SCHEMATIC_ACCURACY_M. Null: nothing to draw.
 */
export function schematicReason(
  p: Pick<ItemProperties, 'geometry_basis' | 'accuracy_m'>,
  geometryType: string | null,
): string | null {
  if (geometryType === null) return null;
  if (p.geometry_basis !== null && SKETCH_BASES.includes(p.geometry_basis))
    return `geometry_basis "${p.geometry_basis}"`;
  const extended = geometryType !== 'Point' && geometryType !== 'MultiPoint';
  if (extended && p.accuracy_m !== null && p.accuracy_m > SCHEMATIC_ACCURACY_M)
    return `a line or area with accuracy_m ${p.accuracy_m}, coarser than ${SCHEMATIC_ACCURACY_M} m`;
  return null;
}

export const GEOMETRY_TYPES = [
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
] as const;
export type ItemGeometry = Exclude<Geometry, { type: 'GeometryCollection' }>;
export type Item = Feature<ItemGeometry | null, ItemProperties>;

export interface Issue {
  file: string;
  id: string | null;
  field: string;
  found: string;
  expected: string;
}

export function formatIssue({ file, id, field, found, expected }: Issue): string {
  return `${file}${id ? ` · ${id}` : ''} · ${field}: found ${found}, expected ${expected}`;
}

const show = (v: unknown): string => {
  if (v === undefined) return 'nothing';
  const text = JSON.stringify(v) ?? String(v);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
};

function checkPosition(p: unknown, where: string, push: (field: string, found: unknown, expected: string) => void) {
  if (
    !Array.isArray(p) ||
    p.length < 2 ||
    p.length > 3 ||
    !p.every((v) => typeof v === 'number' && Number.isFinite(v))
  ) {
    push(where, p, 'a position [longitude, latitude] of two finite numbers');
    return false;
  }
  const [x, y] = p as [number, number];
  const [w, s, e, n] = REGION_BOUNDS;
  if (x < w || x > e || y < s || y > n) {
    const swapped = y >= w && y <= e && x >= s && x <= n;
    push(
      where,
      p,
      `a position inside the region ${w}–${e}° E, ${s}–${n}° N${swapped ? ' (longitude and latitude look swapped)' : ''}`,
    );
    return false;
  }
  return true;
}

function checkGeometry(geometry: unknown, push: (field: string, found: unknown, expected: string) => void): boolean {
  if (geometry === null) return true;
  const g = geometry as { type?: unknown; coordinates?: unknown };
  if (typeof g !== 'object' || !GEOMETRY_TYPES.includes(g.type as never)) {
    push('geometry.type', g?.type, `one of ${GEOMETRY_TYPES.join(', ')}, or a null geometry for a city-wide item`);
    return false;
  }
  const ok = { value: true };
  const fail = (field: string, found: unknown, expected: string) => {
    ok.value = false;
    push(field, found, expected);
  };
  const arr = (v: unknown, field: string, min: number, what: string): v is unknown[] => {
    if (!Array.isArray(v) || v.length < min) {
      fail(field, v, what);
      return false;
    }
    return true;
  };
  const positions = (v: unknown, field: string, min: number): v is Position[] => {
    if (!arr(v, field, min, `a list of at least ${min} positions`)) return false;
    return v.every((p, i) => checkPosition(p, `${field}[${i}]`, fail));
  };
  const ring = (v: unknown, field: string) => {
    if (!positions(v, field, 4)) return;
    const first = v[0] as Position;
    const last = v[v.length - 1] as Position;
    if (first[0] !== last[0] || first[1] !== last[1])
      fail(field, last, `a closed ring ending at its first position ${show(first)}`);
  };
  const polygon = (v: unknown, field: string) => {
    if (arr(v, field, 1, 'a list of rings')) for (const [i, r] of v.entries()) ring(r, `${field}[${i}]`);
  };
  const c = g.coordinates;
  switch (g.type) {
    case 'Point':
      checkPosition(c, 'geometry.coordinates', fail);
      break;
    case 'MultiPoint':
      positions(c, 'geometry.coordinates', 1);
      break;
    case 'LineString':
      positions(c, 'geometry.coordinates', 2);
      break;
    case 'MultiLineString':
      if (arr(c, 'geometry.coordinates', 1, 'a list of lines'))
        for (const [i, l] of c.entries()) positions(l, `geometry.coordinates[${i}]`, 2);
      break;
    case 'Polygon':
      polygon(c, 'geometry.coordinates');
      break;
    case 'MultiPolygon':
      if (arr(c, 'geometry.coordinates', 1, 'a list of polygons'))
        for (const [i, p] of c.entries()) polygon(p, `geometry.coordinates[${i}]`);
      break;
  }
  if (ok.value && (g.type === 'Polygon' || g.type === 'MultiPolygon')) {
    const crossings = kinks(geometry as never).features;
    if (crossings.length > 0) {
      fail('geometry', crossings[0]?.geometry.coordinates, 'rings that do not cross themselves or each other');
    }
  }
  return ok.value;
}

/** Validates one file's text; returns the valid items and every issue found. */
export function validateFile(file: string, text: string): { items: Item[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const items: Item[] = [];
  const fileIssue = (field: string, found: string, expected: string) =>
    issues.push({ file, id: null, field, found, expected });
  if (text.trim() === '') {
    fileIssue('file', 'an empty file', 'a GeoJSON FeatureCollection');
    return { items, issues };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    fileIssue('file', `text that is not JSON (${(e as Error).message})`, 'a GeoJSON FeatureCollection');
    return { items, issues };
  }
  const fc = json as { type?: unknown; features?: unknown };
  if (typeof fc !== 'object' || fc === null || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    fileIssue('type', show(fc?.type ?? fc), 'a GeoJSON FeatureCollection with a features list');
    return { items, issues };
  }
  fc.features.forEach((raw, index) => {
    const f = raw as { type?: unknown; properties?: Record<string, unknown>; geometry?: unknown };
    const rawId = f?.properties?.id;
    const id = typeof rawId === 'string' && rawId ? rawId : `feature #${index + 1}`;
    const before = issues.length;
    const push = (field: string, found: unknown, expected: string) =>
      issues.push({ file, id, field, found: show(found), expected });
    if (f?.type !== 'Feature') {
      push('type', f?.type, '"Feature"');
      return;
    }
    const parsed = itemPropertiesSchema.safeParse(f.properties);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const path = issue.path.join('.');
        const found = path
          ? issue.path.reduce<unknown>((o, k) => (o as never)?.[k as never], f.properties)
          : f.properties;
        push(`properties${path ? `.${path}` : ''}`, found, describeExpected(issue));
      }
    }
    if (!('geometry' in f)) push('geometry', undefined, 'a geometry, or null for a city-wide item');
    const geometryOk = checkGeometry(f.geometry ?? null, push);
    if (parsed.success) {
      const p = parsed.data;
      if (f.geometry === null && p.accuracy_m !== null)
        push('properties.accuracy_m', p.accuracy_m, 'null for an item without geometry');
      if (f.geometry && p.accuracy_m === null)
        push('properties.accuracy_m', null, 'the positional uncertainty in metres');
      checkBasis(p, (f.geometry as { type?: string } | null)?.type ?? null, push);
      if (p.category === 'transport' && f.geometry && p.mode === null)
        push('properties.mode', null, `how the transport item is drawn: one of ${MODES.join(', ')}`);
      if (p.category !== 'transport' && p.mode !== null)
        push('properties.mode', p.mode, 'null for an item that is not about transport');
      if (p.start_year !== null && p.end_year !== null && p.end_year < p.start_year)
        push('properties.end_year', p.end_year, `a year not before start_year ${p.start_year}`);
      if (p.capacity_value !== null && (p.capacity_unit_zh === null || p.capacity_unit_en === null))
        push('properties.capacity_unit_zh', p.capacity_unit_zh, 'units in both languages for capacity_value');
      checkZonesAlso(p, push);
      if (!isCalendarDate(p.status_as_of))
        push('properties.status_as_of', p.status_as_of, 'a real calendar date as YYYY-MM-DD');
      else checkTimeline(p, push);
      // Only a feature with no problem at all reaches the catalogue.
      if (geometryOk && issues.length === before)
        items.push({ type: 'Feature', properties: p, geometry: (f.geometry ?? null) as ItemGeometry | null });
    }
  });
  return { items, issues };
}

/** `geometry_basis` is set exactly for mapped items, and `schematic` follows from it (see schematicReason). */
function checkBasis(
  p: ItemProperties,
  geometryType: string | null,
  push: (field: string, found: unknown, expected: string) => void,
) {
  if (geometryType === null) {
    if (p.geometry_basis !== null)
      push('properties.geometry_basis', p.geometry_basis, 'null for an item without geometry');
    if (p.schematic) push('properties.schematic', true, 'false for an item without geometry');
    return;
  }
  if (p.geometry_basis === null) {
    push('properties.geometry_basis', null, `how the geometry was made: one of ${GEOMETRY_BASES.join(', ')}`);
    return;
  }
  const reason = schematicReason(p, geometryType);
  if (reason && !p.schematic) push('properties.schematic', false, `true for ${reason}`);
  if (!reason && p.schematic)
    push(
      'properties.schematic',
      true,
      `false for geometry_basis "${p.geometry_basis}" with accuracy_m ${p.accuracy_m} (schematic needs a described or concept basis, or a line or area coarser than ${SCHEMATIC_ACCURACY_M} m)`,
    );
}

/** `zones_also` names other directions: each once, never the primary zone, and none for a city-wide item. */
function checkZonesAlso(p: ItemProperties, push: (field: string, found: unknown, expected: string) => void) {
  const also = p.zones_also;
  if (also.length === 0) return;
  if (p.zone === '全市') {
    push('properties.zones_also', also, 'an empty list for a city-wide (全市) item: it is in every direction');
    return;
  }
  if (also.includes(p.zone as never))
    push('properties.zones_also', also, `the other directions only, without the primary zone ${p.zone}`);
  const repeated = also.filter((z, i) => also.indexOf(z) !== i);
  if (repeated.length > 0) push('properties.zones_also', also, `each direction once (${repeated[0]} is repeated)`);
}

function describeExpected(issue: { code: string; message: string }): string {
  // zod's messages read "Invalid input: expected string, received number"; keep the expectation.
  const m = /expected (.+?)(?:, received .*)?$/.exec(issue.message);
  if (issue.code === 'unrecognized_keys')
    return `no such field (${issue.message.replace(/^Unrecognized keys?: /, '')})`;
  return m?.[1] ?? issue.message;
}

/** Checks across files: every id is used once. */
export function checkUnique(files: { file: string; items: Item[] }[]): Issue[] {
  const seen = new Map<string, string>();
  const issues: Issue[] = [];
  for (const { file, items } of files) {
    for (const item of items) {
      const id = item.properties.id;
      const first = seen.get(id);
      if (first)
        issues.push({
          file,
          id,
          field: 'properties.id',
          found: `"${id}", already used in ${first}`,
          expected: 'an id used by one item only',
        });
      else seen.set(id, file);
    }
  }
  return issues;
}
