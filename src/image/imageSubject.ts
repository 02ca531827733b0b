import { unionBounds } from '../catalog/region.ts';
import type { Bounds, Catalog, CatalogItem } from '../catalog/types';
import { frameFor } from '../map/useCameraFollow';
import type { ViewState } from '../state/types';

/**
 * What a saved or printed picture of the explore view is of: the chosen item, districts or zone
 * (as the camera frames them), else what the filters keep, else nothing in particular (null: the
 * picture shows the live view as it is). Items without a place (city-wide ones) frame nothing.
 */
export function imageSubject(
  catalog: Catalog,
  view: Pick<ViewState, 'item' | 'districts' | 'zone'>,
  kept: readonly CatalogItem[],
): Bounds | null {
  if (view.item || view.districts.length > 0 || view.zone) return frameFor(catalog, view);
  if (kept.length === catalog.items.length) return null;
  return unionBounds(kept.flatMap((i) => (i.bounds ? [i.bounds] : [])));
}
