import type { LayerSpecification, Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { addLater, splitStyle } from './firstStyle';
import { buildStyle } from './style';

const whole = buildStyle('zh', { base: '/base.geojson', items: '/items.geojson' }, undefined, {
  'Noto Sans SC': '/regular.woff2',
});

/** Just what addLater uses of a map: sources by id, and layers in order, each inserted below another. */
function fakeMap(style: StyleSpecification) {
  const sources = new Set(Object.keys(style.sources));
  const order = style.layers.map((l) => l.id);
  const map = {
    getSource: (id: string) => (sources.has(id) ? {} : undefined),
    addSource: (id: string) => {
      if (sources.has(id)) throw new Error(`There is already a source with ID "${id}".`);
      sources.add(id);
    },
    addLayer: (layer: LayerSpecification, before?: string) => {
      if (!sources.has((layer as { source: string }).source)) throw new Error(`no source for ${layer.id}`);
      if (before === undefined) order.push(layer.id);
      else {
        const at = order.indexOf(before);
        if (at < 0) throw new Error(`Cannot add layer "${layer.id}" before non-existing layer "${before}".`);
        order.splice(at, 0, layer.id);
      }
    },
  } as unknown as MapLibreMap;
  return { map, order, sources };
}

describe('the first style and what is added after the first frame', () => {
  it('draws the land’s colour and nothing that needs data; the rest is held back whole', () => {
    const { first, later } = splitStyle(whole);
    expect(first.sources).toEqual({});
    expect(first.layers.map((l) => l.type)).toEqual(['background']);
    expect(later.sources).toEqual(Object.entries(whole.sources));
    expect(later.layers.map((l) => l.layer)).toEqual(whole.layers.slice(1));
    // The rest of the style (fonts, transition) is the whole style's.
    expect(first['font-faces']).toBe(whole['font-faces']);
    expect(first.transition).toEqual(whole.transition);
  });

  it('ends, once the rest is added, with the whole style’s sources and order of layers', () => {
    const { first, later } = splitStyle(whole);
    const { map, order, sources } = fakeMap(first);
    addLater(map, later);
    expect(order).toEqual(whole.layers.map((l) => l.id));
    expect([...sources]).toEqual(Object.keys(whole.sources));
    // Twice is once.
    addLater(map, later);
    expect(order).toHaveLength(whole.layers.length);
  });

  it('puts a held-back layer back below a layer without data that was above it', () => {
    const top = { id: 'veil', type: 'background', paint: { 'background-opacity': 0.1 } } as LayerSpecification;
    const style = { ...whole, layers: [...whole.layers, top] };
    const { first, later } = splitStyle(style);
    expect(first.layers.map((l) => l.id)).toEqual(['background', 'veil']);
    expect(later.layers.every((l) => l.before === 'veil')).toBe(true);
    const { map, order } = fakeMap(first);
    addLater(map, later);
    expect(order).toEqual(style.layers.map((l) => l.id));
  });
});
