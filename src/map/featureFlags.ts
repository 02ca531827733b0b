import type { Zone } from '../catalog/vocab';
import { ZONES } from '../catalog/vocab';
import { TIMELINE_FLAG_KEYS } from './timelineFlags';

// What the panel and the presenter choose reaches the map as feature-state, not as new filters or
// paint values: a filter or a data-driven paint change makes MapLibre lay every tile of the source
// out again in its worker and redraw several frames before it is idle (bench/README.md has the
// figures), while a feature-state change is one redraw. The layers read these flags:
//   items      hidden (the filters leave it out: drawn fully transparent, not pickable), dim (an
//              item slide spotlights another item), and the status at the month shown (dashed,
//              solid, unknown, behind: timelineFlags.ts)
//   zones      chosen, other (a zone is chosen and this is another one)
//   districts  chosen
// (zones and districts are parts of the map's one `base` source; useFeatureFlags.ts maps them there)

/** The choices the map shows as per-feature flags (feature-state): what is kept, the zone and districts, a spotlight. */
export interface MapChoices {
  /** Every item id of the catalogue. */
  ids: readonly string[];
  /** The ids the filters keep; null keeps all. */
  kept: ReadonlySet<string> | null;
  zone: Zone | null;
  districts: readonly string[];
  /** An item to spotlight (a presentation's item slide): every other item is dimmed. */
  focus: string | null;
  /** The status at the month shown, per item (timelineFlags.ts); null or absent: none differs from the item's own. */
  timeline?: ReadonlyMap<string, Flags> | null;
  /** Items to stand out (the changes of a previewed workbook): every other item is dimmed. */
  marked?: ReadonlySet<string> | null;
}

export type Flags = Readonly<Record<string, boolean>>;
export type FlagSource = 'items' | 'zones' | 'districts';
/** Per source, per feature id, the flags that are on. A feature missing from its map has none on. */
export type FeatureFlags = Record<FlagSource, ReadonlyMap<string, Flags>>;
export interface StateUpdate {
  source: FlagSource;
  id: string;
  state: Flags;
}

export const NO_FEATURE_FLAGS: FeatureFlags = { items: new Map(), zones: new Map(), districts: new Map() };

/** The flags every feature should carry for this view. */
export function featureFlags(v: MapChoices): FeatureFlags {
  const items = new Map<string, Flags>();
  for (const id of v.ids) {
    const hidden = v.kept !== null && !v.kept.has(id);
    const dim = (v.focus !== null && id !== v.focus) || (v.marked != null && !v.marked.has(id));
    const then = v.timeline?.get(id);
    if (then) items.set(id, { ...then, hidden, dim });
    else if (hidden || dim) items.set(id, { hidden, dim });
  }
  const zones = new Map<string, Flags>();
  if (v.zone !== null) for (const z of ZONES) zones.set(z, { chosen: z === v.zone, other: z !== v.zone });
  const districts = new Map<string, Flags>(v.districts.map((d) => [d, { chosen: true }]));
  return { items, zones, districts };
}

const FLAG_KEYS: Record<FlagSource, readonly string[]> = {
  items: ['hidden', 'dim', ...TIMELINE_FLAG_KEYS],
  zones: ['chosen', 'other'],
  districts: ['chosen'],
};

/**
 * The setFeatureState calls that bring the map from one set of flags to the next: only features
 * whose flags changed, each with every flag of its source spelled out (so a flag turned off is set
 * to false, not left behind).
 */
export function stateUpdates(prev: FeatureFlags, next: FeatureFlags): StateUpdate[] {
  const out: StateUpdate[] = [];
  for (const source of Object.keys(FLAG_KEYS) as FlagSource[]) {
    const keys = FLAG_KEYS[source];
    const before = prev[source];
    const after = next[source];
    for (const id of new Set([...before.keys(), ...after.keys()])) {
      const a = before.get(id);
      const b = after.get(id);
      if (keys.every((k) => (a?.[k] ?? false) === (b?.[k] ?? false))) continue;
      out.push({ source, id, state: Object.fromEntries(keys.map((k) => [k, b?.[k] ?? false])) });
    }
  }
  return out;
}
