import type { Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { reuseTiles, TILE_ZOOM } from './tiles';

/** Just what reuseTiles reads of a map: its sources and its layers' sources and minzooms. */
function fakeMap(layers: { id: string; source: string; minzoom?: number }[]) {
  const sources: Record<'base' | 'items', { reparseOverscaled: boolean }> = {
    base: { reparseOverscaled: true },
    items: { reparseOverscaled: true },
  };
  const map = {
    getSource: (id: string) => sources[id as keyof typeof sources],
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
    expect(sources.base.reparseOverscaled).toBe(false);
    expect(sources.items.reparseOverscaled).toBe(false);
  });

  it('leaves a source re-cutting when one of its layers starts closer than the tiles (it would never be drawn)', () => {
    const { map, sources } = fakeMap([
      { id: 'district-fill', source: 'base' },
      { id: 'item-point', source: 'items', minzoom: 11 },
    ]);
    reuseTiles(map);
    expect(sources.base.reparseOverscaled).toBe(false);
    expect(sources.items.reparseOverscaled).toBe(true);
  });

  it('waits for the sources to exist', () => {
    const map = { getSource: () => undefined, getLayersOrder: () => [], getLayer: () => undefined };
    expect(() => reuseTiles(map as unknown as MapLibreMap)).not.toThrow();
  });
});
