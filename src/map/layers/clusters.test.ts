import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { CLUSTER_SOURCE, clusterData, clusterLayers, clusterSource, SYNTHETIC_POINT_MINZOOM } from './clusters';

const point = (id: string, label?: true) => ({
  type: 'Feature',
  properties: { id, kind: 'point', ...(label ? { label } : {}) },
  geometry: { type: 'Point', coordinates: [117, 36.6] },
});
const line = {
  type: 'Feature',
  properties: { id: 'l', kind: 'line' },
  geometry: {
    type: 'LineString',
    coordinates: [
      [117, 36.6],
      [117.1, 36.7],
    ],
  },
};
const map = { type: 'FeatureCollection' as const, features: [point('a'), point('a', true), line, point('b')] };

describe('item clusters', () => {
  it('is a valid MapLibre style: source with inline data, disc and count layers', () => {
    const style = {
      version: 8,
      sources: { [CLUSTER_SOURCE]: clusterSource(clusterData(map)) },
      'font-faces': { 'Noto Sans SC': '/f.woff2' },
      layers: clusterLayers(),
    } as StyleSpecification;
    expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
  });

  it('clusters below the zoom the individual points start at', () => {
    const source = clusterSource(clusterData(map));
    expect(source).toMatchObject({ type: 'geojson', cluster: true, clusterMaxZoom: SYNTHETIC_POINT_MINZOOM });
    for (const layer of clusterLayers()) {
      expect(layer.maxzoom, layer.id).toBe(SYNTHETIC_POINT_MINZOOM);
      expect((layer as { source?: string }).source, layer.id).toBe(CLUSTER_SOURCE);
    }
  });

  it('draws the count in the shipped font', () => {
    const count = clusterLayers().find((l) => l.type === 'symbol');
    expect(count?.layout?.['text-font' as never]).toEqual(['Noto Sans SC']);
  });

  it('keeps the point items only: no label points, no lines', () => {
    const { type, features } = clusterData(map);
    expect(type).toBe('FeatureCollection');
    expect(features).toEqual([point('a'), point('b')]);
  });
});
