// The map's one `base` source: the basemap files and the zones, each feature tagged with its part (see
// src/map/layers/base.ts for why one). The build merges them (build/mergeBase.ts); the browser reads
// the parts back. The files in geo/ stay as they are, one layer each, for QGIS.

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
