import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';
import { type BasePart, PART } from '../../catalog/base';

export { BASE_KEY, BASE_PARTS, type BasePart } from '../../catalog/base';

// The basemap and the zones travel as one GeoJSON source, `base` (merged at build time from the files
// in geo/, see src/catalog/base.ts), each feature tagged with the file it came from in `part`. One
// source instead of eight: MapLibre draws a stencil mask for every tile of a source each time the
// layer order moves from one source to another, and loads and lays out each source's tiles apart.
// With software WebGL that made a frame of the first view about a third more expensive.

export const BASE_SOURCE = 'base';

/** A layer's filter: the features of one part, and of those the ones `extra` keeps. */
export function onPart(part: BasePart, extra?: ExpressionSpecification): FilterSpecification {
  const own: ExpressionSpecification = ['==', ['get', PART], part];
  return extra ? ['all', own, extra] : own;
}
