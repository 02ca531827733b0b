import type { Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../catalog/types';
import { featureFlags } from '../map/featureFlags';
import { noteFeatureFlags } from '../map/useFeatureFlags';
import { imageRequest } from './imageRequest';

/** Just what imageRequest reads of a live map. */
function fakeMap(sources: string[] = ['base', 'items']): MapLibreMap {
  return {
    getSource: (id: string) => (sources.includes(id) ? {} : undefined),
    getStyle: () => ({ version: 8, sources: {}, layers: [] }),
    getCenter: () => ({ lng: 117, lat: 36.6 }),
    getZoom: () => 9,
    getCanvas: () => ({ clientWidth: 1200, clientHeight: 800 }),
  } as unknown as MapLibreMap;
}

// Reviewed after every item's own date; the newest item date is not what the picture says.
const catalog = {
  reviewed: '2026-12-06',
  items: [{ status_as_of: '2022-04-09' }, { status_as_of: '2026-01-25' }],
} as unknown as Catalog;
const request = (map: MapLibreMap, focus: string | null) =>
  imageRequest({
    map,
    catalog,
    lang: 'zh',
    t: (k) => k,
    subtitle: '',
    focus,
    width: 1920,
    height: 1080,
    pixelRatio: 1,
  });

describe('an exported image shows what the live map shows', () => {
  it('carries the filters, the chosen zone and districts, and the spotlight as feature-state', () => {
    const map = fakeMap();
    noteFeatureFlags(
      map,
      featureFlags({
        ids: ['a', 'b', 'c'],
        kept: new Set(['b', 'c']),
        zone: '北起',
        districts: ['370114'],
        focus: 'c',
        timeline: new Map([['b', { behind: true }]]),
      }),
    );
    const states = request(map, 'c').featureState ?? [];
    const still = { dashed: false, solid: false, unknown: false };
    const on = (source: string, id: string) => states.find((s) => s.source === source && s.id === id)?.state;
    expect(on('items', 'a')).toEqual({ hidden: true, dim: true, ...still, behind: false });
    // The status at the month shown goes too: b is behind schedule then.
    expect(on('items', 'b')).toEqual({ hidden: false, dim: true, ...still, behind: true });
    expect(on('base', '北起')).toEqual({ chosen: true, other: false });
    expect(on('base', '东强')).toEqual({ chosen: false, other: true });
    expect(on('base', '370114')).toEqual({ chosen: true });
    // The spotlighted item is drawn as selected, after its per-feature flags.
    expect(states.at(-1)).toEqual({ source: 'items', id: 'c', state: { selected: true } });
  });

  it('in large mode flags the late points’ own source too, not the search labels’', () => {
    const map = fakeMap(['base', 'items', 'items-late', 'item-hits']);
    noteFeatureFlags(
      map,
      featureFlags({ ids: ['a', 'b'], kept: new Set(['b']), zone: null, districts: [], focus: null }),
    );
    const none = { dashed: false, solid: false, unknown: false, behind: false };
    expect((request(map, null).featureState ?? []).filter((s) => s.id === 'a')).toEqual([
      { source: 'items', id: 'a', state: { hidden: true, dim: false, ...none } },
      { source: 'items-late', id: 'a', state: { hidden: true, dim: false, ...none } },
    ]);
  });

  it('says the data is as of the catalogue’s review date, not the newest item date', () => {
    const asOf = request(fakeMap(), null).furniture.asOf;
    expect(asOf).toBe('present.asOf 2026-12-06');
    expect(asOf).not.toContain('2026-01-25');
  });

  it('says the month shown, in both languages, when the map shows the plan at another month', () => {
    const at = (asof: string | null) =>
      imageRequest({
        map: fakeMap(),
        catalog,
        lang: 'en',
        t: (k) => k,
        subtitle: '',
        focus: null,
        asof,
        width: 1920,
        height: 1080,
        pixelRatio: 1,
      }).furniture.asOf;
    expect(at('2024-06')).toBe('数据截至 2024-06 · as of 2024-06');
    expect(at(null)).toBe('present.asOf 2026-12-06');
  });

  it('carries nothing for a map with no choices', () => {
    expect(request(fakeMap(), null).featureState).toEqual([]);
  });
});
