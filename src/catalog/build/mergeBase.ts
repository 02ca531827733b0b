import { BASE_KEY, BASE_PARTS, type BasePart, type Collection, type Feature, PART } from '../base.ts';

// Build step: the basemap files and the zones as the map's one `base` source (see
// src/map/layers/base.ts for why one).

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
