import type { Map as MapLibreMap, PaddingOptions } from 'maplibre-gl';
import type { Bounds } from '../catalog/types';
import { interfaceScale, isPhone, legendStartsOpen } from '../layout';

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
