import type { Feature, FeatureCollection } from 'geojson';
import type { ItemAt } from '../catalog/timeline';
import type { GeometryKind } from '../catalog/types';
import type { Zone } from '../catalog/vocab.ts';
import { zoneOnMap } from '../i18n/labels';
import { OUTLINE_ONLY_KM2 } from '../map/layers/items';
import { palette } from '../map/palette';
import { CATEGORY_COLOURS, DASHED_STATUSES, MODE_COLOURS, TIMELINE_COLOURS } from '../map/themes';
import type { OverviewData } from './data';
import { type Projection, pathData, pointsOf } from './project';

// The overview's drawables, computed once from the GeoJSON: SVG path strings and projected points.
// Colours follow the map style's rules (src/map/layers/items.ts), so the legend describes both.

export interface Ground {
  key: string;
  d: string;
  fill: string;
  stroke: string;
}

export interface DistrictShape {
  adcode: string;
  d: string;
}

export interface ZoneShape {
  zone: Zone;
  d: string;
}

export interface ItemShape {
  /** Unique among the shapes: the item's id and the feature's place in the file. */
  key: string;
  /** The item's id; an item may have more than one shape (a MultiPoint's sites are one shape). */
  id: string;
  kind: GeometryKind;
  d: string;
  points: [number, number][];
  colour: string;
  /** Planned or under construction: dashed, like on the map. */
  dashed: boolean;
  /** Behind schedule at the month shown: ringed, like on the map. */
  behind?: boolean;
  /** Schematic geometry: dotted lines, hollow sites. */
  schematic: boolean;
  /** An area's fill opacity: a district-sized site a clear tint, a region larger than the city none. */
  fillOpacity: number;
}

/**
 * The map's area tint by size (src/map/layers/items.ts): 0.24 at 0 km², 0.16 at 100, 0.08 from 1000;
 * none from 5000 km² (OUTLINE_ONLY_KM2), where a region is drawn by its outline alone.
 */
export function areaOpacity(km2: number): number {
  if (km2 >= OUTLINE_ONLY_KM2) return 0;
  const stops: [number, number][] = [
    [0, 0.24],
    [100, 0.16],
    [1000, 0.08],
  ];
  let [x0, y0] = stops[0] as [number, number];
  if (!(km2 > x0)) return y0;
  for (const [x1, y1] of stops.slice(1)) {
    if (km2 <= x1) return y0 + ((y1 - y0) * (km2 - x0)) / (x1 - x0);
    [x0, y0] = [x1, y1];
  }
  return y0;
}

export interface Label {
  key: string;
  kind: 'district' | 'neighbour' | 'zone';
  x: number;
  y: number;
  zh: string;
  en: string;
  zone?: Zone;
}

export interface Shapes {
  ground: Ground[];
  districts: DistrictShape[];
  zones: ZoneShape[];
  rivers: string[];
  outline: string;
  items: ItemShape[];
  labels: Label[];
}

const str = (v: unknown) => (v === null || v === undefined ? '' : String(v));
const features = (fc: FeatureCollection | undefined): Feature[] => fc?.features.filter((f) => f.geometry) ?? [];

function itemShape(f: Feature, index: number, proj: Projection): ItemShape | null {
  const p = f.properties ?? {};
  // The items file also holds one label point per item, for the map's names; the overview has no item names.
  if (p.label === true) return null;
  const kind = p.kind as GeometryKind;
  if (kind !== 'point' && kind !== 'line' && kind !== 'area') return null;
  const category = CATEGORY_COLOURS[p.category as keyof typeof CATEGORY_COLOURS] ?? '#555';
  const colour = kind === 'area' ? category : (MODE_COLOURS[p.mode as keyof typeof MODE_COLOURS] ?? category);
  return {
    key: `${str(p.id)}-${index}`,
    id: str(p.id),
    kind,
    d: kind === 'point' ? '' : pathData(f.geometry, proj),
    points: kind === 'point' ? pointsOf(f.geometry, proj) : [],
    colour,
    dashed: (DASHED_STATUSES as readonly string[]).includes(str(p.status)),
    schematic: p.schematic === true,
    fillOpacity: kind === 'area' ? areaOpacity(Number(p.area_km2) || 0) : 0,
  };
}

function label(f: Feature, proj: Projection, kind: Label['kind']): Label | null {
  const [x, y] = pointsOf(f.geometry, proj)[0] ?? [];
  if (x === undefined || y === undefined) return null;
  const p = f.properties ?? {};
  if (kind === 'zone') {
    const zone = p.zone as Zone;
    return { key: `zone-${zone}`, kind, x, y, zh: zoneOnMap(zone, 'zh'), en: zoneOnMap(zone, 'en'), zone };
  }
  return { key: `${kind}-${str(p.adcode)}`, kind, x, y, zh: str(p.name_zh), en: str(p.name_en) };
}

export function buildShapes(data: OverviewData, proj: Projection): Shapes {
  const ground: Ground[] = [
    ...features(data.shandong).map((f, i) => ({
      key: `shandong-${str(f.properties?.adcode) || i}`,
      d: pathData(f.geometry, proj),
      fill: f.properties?.neighbour ? palette.neighbour : palette.shandong,
      stroke: f.properties?.neighbour ? palette.neighbourLine : palette.shandongLine,
    })),
    ...features(data.sea).map((f, i) => ({
      key: `sea-${i}`,
      d: pathData(f.geometry, proj),
      fill: palette.sea,
      stroke: 'none',
    })),
    ...features(data.lakes).map((f, i) => ({
      key: `lake-${i}`,
      d: pathData(f.geometry, proj),
      fill: palette.lake,
      stroke: 'none',
    })),
  ];
  const labelFeatures = features(data.labels);
  return {
    ground,
    districts: features(data.districts).map((f) => ({
      adcode: str(f.properties?.adcode),
      d: pathData(f.geometry, proj),
    })),
    zones: features(data.zones)
      .filter((f) => f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon')
      .map((f) => ({ zone: f.properties?.zone as Zone, d: pathData(f.geometry, proj) })),
    rivers: features(data.rivers).map((f) => pathData(f.geometry, proj)),
    outline: features(data.outline)
      .map((f) => pathData(f.geometry, proj))
      .join(''),
    items: features(data.items).flatMap((f, i) => itemShape(f, i, proj) ?? []),
    labels: [
      ...labelFeatures.flatMap((f) => (f.properties?.label === 'neighbour' ? (label(f, proj, 'neighbour') ?? []) : [])),
      ...features(data.zones)
        .filter((f) => f.geometry.type === 'Point')
        .flatMap((f) => label(f, proj, 'zone') ?? []),
      ...labelFeatures.flatMap((f) => (f.properties?.label === 'district' ? (label(f, proj, 'district') ?? []) : [])),
    ],
  };
}

/** A shape as at the month shown, as the map draws it (timelineFlags.ts): dashed while planned or building then, grey when unknown, ringed when behind. */
export function shapeAt(shape: ItemShape, at: ItemAt | undefined): ItemShape {
  if (!at) return shape;
  const unknown = at.status === 'unknown';
  return {
    ...shape,
    dashed: !unknown && (DASHED_STATUSES as readonly string[]).includes(at.status),
    colour: unknown ? TIMELINE_COLOURS.unknown : shape.colour,
    behind: at.behind,
  };
}
