import type { ExpressionSpecification } from 'maplibre-gl';

// MapLibre compiles one shader program per layer type *and* per mix of paint values that are the same
// for every feature (uniforms) and that vary (vertex attributes). Each program costs a compile and a
// link, and with software WebGL its first draw costs far more: twenty variants took several hundred
// milliseconds of the first view. So every layer of a type declares the same mix, and a value that is
// in fact the same everywhere is written as a per-feature one. The cost is a few bytes per vertex.

type Value = ExpressionSpecification | string | number | boolean | (string | number)[];

/** `value` for every feature, as a data expression (a vertex attribute rather than a uniform). */
export function perFeature(value: Value): ExpressionSpecification {
  const v = (Array.isArray(value) && typeof value[0] === 'number' ? ['literal', value] : value) as never;
  return ['case', ['has', '_'], v, v];
}

/** A value that follows the zoom, the same for every feature: per feature at each stop (see above). */
export function byZoom(...stops: [number, Value][]): ExpressionSpecification {
  return ['interpolate', ['linear'], ['zoom'], ...stops.flatMap(([z, v]) => [z, perFeature(v)])] as never;
}
