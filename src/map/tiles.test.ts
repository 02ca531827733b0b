import type { Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { reuseTiles, TILE_ZOOM } from './tiles';

type Source = { type: string; maxzoom: number; reparseOverscaled: boolean };

/** Just what reuseTiles reads of a map: its sources and its layers' sources and minzooms. */
function fakeMap(layers: { id: string; source: string; minzoom?: number }[], extra: Record<string, Source> = {}) {
  const sources: Record<string, Source> = {
    base: { type: 'geojson', maxzoom: TILE_ZOOM, reparseOverscaled: true },
    items: { type: 'geojson', maxzoom: TILE_ZOOM, reparseOverscaled: true },
    ...extra,
  };
  const map = {
    getSource: (id: string) => sources[id],
    getLayersOrder: () => layers.map((l) => l.id),
    getLayer: (id: string) => layers.find((l) => l.id === id),
  } as unknown as MapLibreMap;
  return { map, sources };
}

describe('reuseTiles', () => {
  it('lets both sources draw closer views from their zoom-8 tiles', () => {
    const { map, sources } = fakeMap([
      { id: 'district-fill', source: 'base' },
      { id: 'item-label', source: 'items', minzoom: TILE_ZOOM },
    ]);
    reuseTiles(map);
    expect(sources.base?.reparseOverscaled).toBe(false);
    expect(sources.items?.reparseOverscaled).toBe(false);
  });

  it('leaves a source re-cutting when one of its layers starts closer than its tiles (it would never be drawn)', () => {
    const { map, sources } = fakeMap([
      { id: 'district-fill', source: 'base' },
      { id: 'item-point', source: 'items', minzoom: 11 },
    ]);
    reuseTiles(map);
    expect(sources.base?.reparseOverscaled).toBe(false);
    expect(sources.items?.reparseOverscaled).toBe(true);
  });

  it('reuses the late points’ tiles from the zoom they start at, and never touches a source that is not GeoJSON', () => {
    const { map, sources } = fakeMap(
      [
        { id: 'item-line', source: 'items' },
        { id: 'item-point', source: 'items-late', minzoom: 11 },
        { id: 'raster', source: 'other' },
      ],
      {
        'items-late': { type: 'geojson', maxzoom: 11, reparseOverscaled: true },
        other: { type: 'raster', maxzoom: 8, reparseOverscaled: true },
      },
    );
    reuseTiles(map);
    expect(sources.items?.reparseOverscaled).toBe(false);
    expect(sources['items-late']?.reparseOverscaled).toBe(false);
    expect(sources.other?.reparseOverscaled).toBe(true);
  });

  it('sees to a source added later (the early map adds its data after its first frame), and to each source once', () => {
    const layers: { id: string; source: string; minzoom?: number }[] = [];
    const { map, sources } = fakeMap(layers);
    reuseTiles(map);
    expect(sources.base?.reparseOverscaled).toBe(true);
    layers.push({ id: 'district-fill', source: 'base' });
    reuseTiles(map);
    expect(sources.base?.reparseOverscaled).toBe(false);
    // Set back by hand: a source already seen to is left alone.
    if (sources.base) sources.base.reparseOverscaled = true;
    layers.push({ id: 'item-line', source: 'items' });
    reuseTiles(map);
    expect(sources.items?.reparseOverscaled).toBe(false);
    expect(sources.base?.reparseOverscaled).toBe(true);
  });

  it('waits for the sources to exist', () => {
    const map = { getSource: () => undefined, getLayersOrder: () => [], getLayer: () => undefined };
    expect(() => reuseTiles(map as unknown as MapLibreMap)).not.toThrow();
  });
});
