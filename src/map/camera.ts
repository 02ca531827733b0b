import type { Map as MapLibreMap, PaddingOptions } from 'maplibre-gl';
import type { Bounds } from '../catalog/types';
import { interfaceScale, isPhone, legendStartsOpen } from '../layout';

/** The union of several bounding boxes. */
export function unionBounds(list: readonly Bounds[]): Bounds | null {
  if (list.length === 0) return null;
  return list.reduce<Bounds>(
    (a, b) => [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])],
    [Infinity, Infinity, -Infinity, -Infinity],
  );
}

/** Frames the bounds; a point (or a tiny site) gets a sensible zoom rather than the closest one. */
export function fitTo(map: MapLibreMap, bounds: Bounds, padding: PaddingOptions, maxZoom = 13): void {
  const [w, s, e, n] = bounds;
  map.fitBounds(
    [
      [w, s],
      [e, n],
    ],
    { padding, maxZoom, duration: window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : 600 },
  );
}

/**
 * Room to leave around a framed area: the legend sits bottom-left on wide screens, the project
 * card on the right (a bottom sheet on phones).
 */
export function framePadding(cardOpen: boolean): PaddingOptions {
  const w = window.innerWidth;
  const phone = isPhone();
  return {
    top: 48,
    bottom: cardOpen && phone ? window.innerHeight * 0.45 : 48,
    // Beside the open legend (which is enlarged with the rest of the interface on 4K screens).
    left: legendStartsOpen() && w > 1200 ? 430 * interfaceScale() : 48,
    right: cardOpen && !phone ? Math.min(440, w * 0.35) : 48,
  };
}
