import type { Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { applyStyleChanges } from './applyStyle';
import { itemFilter } from './layers/filters';
import { buildStyle, DEFAULT_STYLE_STATE, SOURCES, type SourceUrls } from './style';

const urls = Object.fromEntries(SOURCES.map((s) => [s, `/assets/${s}.geojson`])) as SourceUrls;

/** A stand-in for the map that records what it is asked to do. */
function recorder() {
  const calls: string[] = [];
  const map = {
    getLayer: () => ({}),
    setFilter: (id: string) => calls.push(`filter ${id}`),
    setPaintProperty: (id: string, key: string) => calls.push(`paint ${id} ${key}`),
    setLayoutProperty: (id: string, key: string) => calls.push(`layout ${id} ${key}`),
    setLayerZoomRange: (id: string) => calls.push(`zoom ${id}`),
  };
  return { map: map as unknown as MapLibreMap, calls };
}

describe('applyStyleChanges', () => {
  it('changes nothing when nothing changed', () => {
    const { map, calls } = recorder();
    applyStyleChanges(map, buildStyle('zh', urls), buildStyle('zh', urls));
    expect(calls).toEqual([]);
  });

  it('turns a filter change into one label filter: no shape layer and no source is touched', () => {
    const { map, calls } = recorder();
    const filters = { zone: '北起' as const, districts: ['370114'], categories: [], statuses: [], hits: null };
    const next = buildStyle('zh', urls, { ...DEFAULT_STYLE_STATE, filter: itemFilter(filters) });
    applyStyleChanges(map, buildStyle('zh', urls), next);
    // Shapes, zones and districts follow the filters through feature-state (featureFlags.ts).
    expect(calls).toEqual(['filter item-label']);
  });

  it('switches the language by the labels’ text fields alone', () => {
    const { map, calls } = recorder();
    applyStyleChanges(map, buildStyle('zh', urls), buildStyle('en', urls));
    expect(calls).toContain('layout district-label text-field');
    expect(calls).toContain('layout item-label text-field');
    expect(calls.every((c) => c.startsWith('layout '))).toBe(true);
  });
});
