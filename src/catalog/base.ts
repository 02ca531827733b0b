// Build step: the basemap files and the zones as the map's one `base` source (see
// src/map/layers/base.ts for why one). The files in geo/ stay as they are, one layer each, for QGIS.

/** The parts of the base source: the files of geo/basemap/ and the zones. */
export const BASE_PARTS = ['shandong', 'sea', 'lakes', 'districts', 'outline', 'rivers', 'labels', 'zones'] as const;
export type BasePart = (typeof BASE_PARTS)[number];

/** The property that names a feature's part. */
export const PART = 'part';

/**
 * The property the base source promotes to feature id, for feature-state: a district's adcode, a
 * zone's name. The other parts have none.
 */
export const BASE_KEY = 'key';

export interface Feature {
  type: 'Feature';
  geometry: unknown;
  properties?: Record<string, unknown> | null;
}
export interface Collection {
  type: 'FeatureCollection';
  features: Feature[];
}

/** The feature-state id of a part's features: districts by adcode, zones by name. */
function keyOf(part: BasePart, p: Record<string, unknown>): unknown {
  if (part === 'districts') return p.adcode;
  if (part === 'zones') return p.zone;
  return undefined;
}

/** One FeatureCollection of every part, in BASE_PARTS order, each feature tagged with its part and key. */
export function mergeBase(parts: Record<BasePart, Collection>): Collection {
  const features: Feature[] = [];
  for (const part of BASE_PARTS) {
    const collection = parts[part];
    if (collection?.type !== 'FeatureCollection' || !Array.isArray(collection.features))
      throw new Error(`base map: ${part} is not a GeoJSON FeatureCollection`);
    for (const f of collection.features) {
      const own = f.properties ?? {};
      for (const reserved of [PART, BASE_KEY])
        if (reserved in own) throw new Error(`base map: a feature of ${part} already has a "${reserved}" property`);
      const key = keyOf(part, own);
      features.push({
        type: 'Feature',
        geometry: f.geometry,
        properties: { ...own, [PART]: part, ...(key === undefined ? {} : { [BASE_KEY]: key }) },
      });
    }
  }
  return { type: 'FeatureCollection', features };
}

/** The parts of a merged collection again, by `part` (the no-WebGL overview draws them one by one). */
export function splitBase(merged: Collection): Record<BasePart, Collection> {
  const out = Object.fromEntries(
    BASE_PARTS.map((p) => [p, { type: 'FeatureCollection', features: [] as Feature[] }]),
  ) as Record<BasePart, Collection>;
  for (const f of merged.features) {
    const part = f.properties?.[PART];
    if (typeof part === 'string' && part in out) out[part as BasePart].features.push(f);
  }
  return out;
}
