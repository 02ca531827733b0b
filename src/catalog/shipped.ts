import { nameKeys } from './search.ts';
import type { Catalog, ShippedItem } from './types.ts';

/**
 * Adds the search keys that follow from the names (see nameKeys) to each item of catalog.json, and the
 * empty milestone and history lists the file leaves out.
 */
export function withNameKeys(shipped: Catalog<ShippedItem>): Catalog {
  return {
    ...shipped,
    items: shipped.items.map((i) => ({
      ...i,
      milestones: i.milestones ?? [],
      history: i.history ?? [],
      search: { ...nameKeys(i.name_zh, i.name_en), ...i.search },
    })),
  };
}
