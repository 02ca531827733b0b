import base from '../generated/base.geojson?url';
import items from '../generated/items.geojson?url';
import { syntheticUrls } from '../scale/hooks';
import type { SourceUrls } from './style';

// Every source ships as a hashed asset of the page's own origin; MapLibre's worker fetches them.
const shipped: SourceUrls = { base, items };

/** The sources' URLs; in a scale test the items are the generated ones. */
export function sourceUrls(): SourceUrls {
  return syntheticUrls.items ? { ...shipped, items: syntheticUrls.items } : shipped;
}
