import type { Direction, Zone } from './vocab.ts';

// An item belongs to its primary zone and to the other directions its sources name (`zones_also`).
// Every membership test — the panel's filter, the counts, the map's filter property, the deck — goes
// through here, so that an item in two directions is found under both.

interface Directed {
  zone: Zone;
  zones_also: readonly Direction[];
}

/** The item's directions: the primary zone first, then the others. */
export function directionsOf(item: Directed): Zone[] {
  return [item.zone, ...item.zones_also];
}

/** True when the item belongs to the direction, as its primary zone or as another one. */
export function inDirection(item: Directed, zone: Zone): boolean {
  return item.zone === zone || item.zones_also.includes(zone as Direction);
}

/** The directions as the map data carries them: one comma-separated string (`zones`), like `districts`. */
export function zonesProperty(item: Directed): string {
  return directionsOf(item).join(',');
}
