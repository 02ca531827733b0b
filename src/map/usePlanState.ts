import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import { NO_PLAN_STATES, type PlanStates, type PlanView, planStates, stateUpdates } from './planState';

/** Keeps the map's feature-state in step with the view: only the features whose flags changed are touched. */
export function usePlanState(map: MapLibreMap | null, view: PlanView): void {
  const applied = useRef<{ map: MapLibreMap | null; states: PlanStates }>({ map: null, states: NO_PLAN_STATES });
  useEffect(() => {
    if (!map) return;
    // A new map starts with no flags at all.
    if (applied.current.map !== map) applied.current = { map, states: NO_PLAN_STATES };
    const next = planStates(view);
    for (const u of stateUpdates(applied.current.states, next))
      map.setFeatureState({ source: u.source, id: u.id }, u.state);
    applied.current.states = next;
  }, [map, view]);
}
