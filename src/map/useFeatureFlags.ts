import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect } from 'react';
import { LATE_ITEM_SOURCE } from '../scale/hooks';
import {
  type FeatureFlags,
  type FlagSource,
  featureFlags,
  type MapChoices,
  NO_FEATURE_FLAGS,
  type StateUpdate,
  stateUpdates,
} from './featureFlags';
import { BASE_SOURCE } from './layers/base';
import { ITEM_SOURCE } from './layers/items';

/** The map source each group of flags lives in: zones and districts are both parts of the base source. */
const MAP_SOURCE: Record<FlagSource, string> = {
  items: ITEM_SOURCE,
  zones: BASE_SOURCE,
  districts: BASE_SOURCE,
};

/**
 * The sources that draw items: the items source, and in large mode the late points' own (src/scale).
 * The search labels' source holds only items the filters keep, so it needs none of these flags.
 */
function itemSources(map: Pick<MapLibreMap, 'getSource'>): string[] {
  return map.getSource(LATE_ITEM_SOURCE) ? [ITEM_SOURCE, LATE_ITEM_SOURCE] : [ITEM_SOURCE];
}

/** The map sources a group of flags goes to. */
function targets(map: Pick<MapLibreMap, 'getSource'>, source: FlagSource): string[] {
  return source === 'items' ? itemSources(map) : [MAP_SOURCE[source]];
}

export type MapStateUpdate = Omit<StateUpdate, 'source'> & { source: string };

/** The flags each live map carries now: what the next change starts from, and what a copy of the map (an exported image) must carry too. */
const onMap = new WeakMap<MapLibreMap, FeatureFlags>();

/** Notes the flags a map now carries (useFeatureFlags does, after setting them). */
export function noteFeatureFlags(map: MapLibreMap, states: FeatureFlags): void {
  onMap.set(map, states);
}

/** Every per-feature flag that is on for this map, as setFeatureState calls for a map that starts with none. */
export function featureFlagUpdates(map: MapLibreMap): MapStateUpdate[] {
  return stateUpdates(NO_FEATURE_FLAGS, onMap.get(map) ?? NO_FEATURE_FLAGS).flatMap((u) =>
    targets(map, u.source).map((source) => ({ ...u, source })),
  );
}

/** The same calls for the flags of another view (a slide exported while another is shown). */
export function featureFlagUpdatesFor(map: MapLibreMap, flags: FeatureFlags): MapStateUpdate[] {
  return stateUpdates(NO_FEATURE_FLAGS, flags).flatMap((u) =>
    targets(map, u.source).map((source) => ({ ...u, source })),
  );
}

/** Keeps the map's feature-state in step with the view: only the features whose flags changed are touched. */
export function useFeatureFlags(map: MapLibreMap | null, view: MapChoices): void {
  useEffect(() => {
    if (!map) return;
    // From the flags this map carries now (a map not seen before carries none).
    const next = featureFlags(view);
    for (const u of stateUpdates(onMap.get(map) ?? NO_FEATURE_FLAGS, next))
      for (const source of targets(map, u.source)) map.setFeatureState({ source, id: u.id }, u.state);
    noteFeatureFlags(map, next);
  }, [map, view]);
}
