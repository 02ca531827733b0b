import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect } from 'react';

/**
 * Keeps one feature-state flag (hover, selected) on the feature with the given id, and off every
 * other: a paint change on the GPU side, with no new data and no new style.
 */
export function useFeatureState(map: MapLibreMap | null, source: string, key: string, id: string | null) {
  useEffect(() => {
    // A source that this map does not have (the late points' outside large mode) has no flags to keep.
    if (!map || id === null || !map.getSource(source)) return;
    const target = { source, id };
    map.setFeatureState(target, { [key]: true });
    return () => {
      // The map may be gone by the time the flag is cleared (page teardown).
      if (map.getSource(source)) map.setFeatureState(target, { [key]: false });
    };
  }, [map, source, key, id]);
}
