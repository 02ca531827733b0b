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

  it('turns a district choice into filter and paint changes only: no source is touched', () => {
    const { map, calls } = recorder();
    const filters = { zone: null, districts: ['370114'], categories: [], statuses: [], hits: null };
    const next = buildStyle('zh', urls, { ...DEFAULT_STYLE_STATE, filter: itemFilter(filters), districts: ['370114'] });
    applyStyleChanges(map, buildStyle('zh', urls), next);
    expect(calls).toContain('filter item-point');
    expect(calls).toContain('filter item-line');
    expect(calls).toContain('filter district-chosen-line');
    expect(calls).toContain('paint district-fill fill-color');
    expect(calls.every((c) => /^(filter|paint) /.test(c))).toBe(true);
  });

  it('switches the language by the labels’ text fields alone', () => {
    const { map, calls } = recorder();
    applyStyleChanges(map, buildStyle('zh', urls), buildStyle('en', urls));
    expect(calls).toContain('layout district-label text-field');
    expect(calls).toContain('layout item-label text-field');
    expect(calls.every((c) => c.startsWith('layout '))).toBe(true);
  });
});
