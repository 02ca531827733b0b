import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect } from 'react';
import { LATE_ITEM_SOURCE } from '../scale/hooks';
import { BASE_SOURCE } from './layers/base';
import { ITEM_SOURCE } from './layers/items';
import {
  NO_PLAN_STATES,
  type PlanSource,
  type PlanStates,
  type PlanView,
  planStates,
  type StateUpdate,
  stateUpdates,
} from './planState';

/** The map source each group of flags lives in: zones and districts are both parts of the base source. */
const MAP_SOURCE: Record<PlanSource, string> = {
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
function targets(map: Pick<MapLibreMap, 'getSource'>, source: PlanSource): string[] {
  return source === 'items' ? itemSources(map) : [MAP_SOURCE[source]];
}

export type MapStateUpdate = Omit<StateUpdate, 'source'> & { source: string };

/** The flags each live map carries now: what the next change starts from, and what a copy of the map (an exported image) must carry too. */
const onMap = new WeakMap<MapLibreMap, PlanStates>();

/** Notes the flags a map now carries (usePlanState does, after setting them). */
export function notePlanStates(map: MapLibreMap, states: PlanStates): void {
  onMap.set(map, states);
}

/** Every plan flag that is on for this map, as setFeatureState calls for a map that starts with none. */
export function planStateOf(map: MapLibreMap): MapStateUpdate[] {
  return stateUpdates(NO_PLAN_STATES, onMap.get(map) ?? NO_PLAN_STATES).flatMap((u) =>
    targets(map, u.source).map((source) => ({ ...u, source })),
  );
}

/** Keeps the map's feature-state in step with the view: only the features whose flags changed are touched. */
export function usePlanState(map: MapLibreMap | null, view: PlanView): void {
  useEffect(() => {
    if (!map) return;
    // From the flags this map carries now (a map not seen before carries none).
    const next = planStates(view);
    for (const u of stateUpdates(onMap.get(map) ?? NO_PLAN_STATES, next))
      for (const source of targets(map, u.source)) map.setFeatureState({ source, id: u.id }, u.state);
    notePlanStates(map, next);
  }, [map, view]);
}
