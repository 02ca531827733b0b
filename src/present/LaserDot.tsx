import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import type { LngLat } from './sync';

/**
 * The presenter's pointer on the audience screen: a red dot at a geographic point, drawn inside the
 * map's own container so that it follows the camera (and the projector profile's scaling) exactly.
 */
export function LaserDot({ map, at }: { map: MapLibreMap; at: LngLat }) {
  const [, redraw] = useState(0);
  useEffect(() => {
    const onMove = () => redraw((n) => n + 1);
    map.on('move', onMove);
    map.on('resize', onMove);
    return () => {
      map.off('move', onMove);
      map.off('resize', onMove);
    };
  }, [map]);
  const { x, y } = map.project(at);
  return createPortal(
    <div
      className="laser-dot"
      data-testid="laser"
      data-lnglat={at.join(',')}
      style={{ transform: `translate(${x}px, ${y}px)` }}
      aria-hidden="true"
    />,
    map.getCanvasContainer(),
  );
}
