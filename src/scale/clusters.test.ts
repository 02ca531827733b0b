import { createExpression, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { TILE_BUFFER, TILE_ZOOM } from '../map/tileZoom';
import {
  CLUSTER_SOURCE,
  clusterData,
  clusterLayers,
  clusterSource,
  HIT_LABEL_SOURCE,
  hitLabelData,
  hitLabelSource,
  LATE_ITEM_FILTER,
  LATE_ITEM_SOURCE,
  labelPoints,
  lateIndexLayer,
  lateItemSource,
  SYNTHETIC_POINT_MINZOOM,
} from './clusters';

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

  it('gives the late points a source with only what they draw, and an empty layer that keeps it in use', () => {
    const style = {
      version: 8,
      sources: { [LATE_ITEM_SOURCE]: lateItemSource('/items.geojson', 'id') },
      layers: [lateIndexLayer()],
    } as StyleSpecification;
    expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
    expect(lateItemSource('/items.geojson', 'id')).toMatchObject({
      maxzoom: SYNTHETIC_POINT_MINZOOM,
      buffer: TILE_BUFFER,
      filter: LATE_ITEM_FILTER,
    });
    // It covers the city view only (a framed zone or district is closer), and draws nothing there.
    expect(lateIndexLayer()).toMatchObject({ maxzoom: TILE_ZOOM + 1, filter: false });
    expect(lateIndexLayer().minzoom).toBeUndefined();
  });

  it('filters the late source as the map worker does: point items and label points stay, lines and areas go', () => {
    // The worker compiles a source filter like this and evaluates it on the plain GeoJSON features.
    const compiled = createExpression(LATE_ITEM_FILTER, {
      type: 'boolean',
      'property-type': 'data-driven',
      overridable: false,
      transition: false,
    } as never);
    if (compiled.result !== 'success') throw new Error(JSON.stringify(compiled.value));
    const keep = (f: object) => compiled.value.evaluate({ zoom: 0 }, f as never);
    const area = { ...line, properties: { id: 'z', kind: 'area' } };
    const lineLabel = { ...point('l', true), properties: { id: 'l', kind: 'line', label: true } };
    expect([point('a'), point('a', true), lineLabel, line, area].map(keep)).toEqual([true, true, true, false, false]);
  });

  it('keeps every item’s label point by id, and hands the search labels’ source those of the given items', () => {
    const labels = labelPoints(map);
    expect([...labels.keys()]).toEqual(['a']);
    expect(hitLabelData(labels, ['b', 'a', 'missing'])).toEqual({
      type: 'FeatureCollection',
      features: [point('a', true)],
    });
    expect(hitLabelData(labels, [])).toEqual({ type: 'FeatureCollection', features: [] });
    const style = {
      version: 8,
      sources: { [HIT_LABEL_SOURCE]: hitLabelSource('id') },
      layers: [],
    } as unknown as StyleSpecification;
    expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
    // Tiled like the items, so that closer views reuse the labels laid out while the reader typed.
    expect(hitLabelSource('id')).toMatchObject({ maxzoom: TILE_ZOOM, buffer: TILE_BUFFER, promoteId: 'id' });
  });
});
