import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import { JINAN_BOUNDS, unionBounds } from '../catalog/region.ts';
import type { Bounds, Catalog } from '../catalog/types';
import type { ViewState } from '../state/types';
import { fitTo, framePadding } from './camera';

type Target = Pick<ViewState, 'zone' | 'districts' | 'item'>;

/** What the camera should frame for a view: the item, else the districts, else the zone, else Jinan. */
export function frameFor(catalog: Catalog, t: Target): Bounds {
  const item = t.item ? catalog.items.find((i) => i.id === t.item) : undefined;
  if (item?.bounds) return item.bounds;
  const districts = unionBounds(catalog.districts.filter((d) => t.districts.includes(d.adcode)).map((d) => d.bounds));
  if (districts) return districts;
  const zone = catalog.zones.find((z) => z.zone === t.zone);
  return zone?.bounds ?? JINAN_BOUNDS;
}

/**
 * Moves the camera when the user chooses a zone, districts or an item. A camera given by a shared
 * link wins at start-up; after that every new choice frames itself.
 */
export function useCameraFollow(map: MapLibreMap | null, catalog: Catalog, view: ViewState, cardOpen: boolean) {
  const last = useRef<string | null>(null);
  const key = JSON.stringify([view.zone, view.districts, view.item]);
  useEffect(() => {
    if (!map) return;
    if (last.current === null) {
      last.current = key;
      // First frame: a link's own camera stands; otherwise frame what the link chose (if anything).
      if (view.camera || (!view.item && view.districts.length === 0 && !view.zone)) return;
    } else if (last.current === key) return;
    last.current = key;
    fitTo(map, frameFor(catalog, view), framePadding(cardOpen), view.item ? 13 : 11);
  }, [map, key, catalog, view, cardOpen]);
}
