import { createPropertyExpression, latest, normalizePropertyExpression } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { buildStyle, DEFAULT_STYLE_STATE, SOURCES, type SourceUrls } from '../style';
import { byZoom, perFeature } from './perFeature';

const urls = Object.fromEntries(SOURCES.map((s) => [s, `/assets/${s}.geojson`])) as SourceUrls;
const fonts = { 'Noto Sans SC': '/assets/regular.woff2' };

// The paint properties each layer type's shader program is specialised on (uniform or per vertex).
const PROGRAM_PROPERTIES: Record<string, string[]> = {
  fill: ['fill-color', 'fill-opacity', 'fill-outline-color'],
  line: ['line-color', 'line-opacity', 'line-width', 'line-gap-width', 'line-offset', 'line-blur', 'line-dasharray'],
  symbol: ['text-color', 'text-halo-color', 'text-halo-width', 'text-halo-blur', 'text-opacity'],
  circle: ['circle-color', 'circle-radius', 'circle-opacity', 'circle-stroke-color', 'circle-stroke-width'],
};

/** How MapLibre will feed a paint value to the shader: constant / camera (uniforms), source / composite (per vertex). */
function kindOf(type: string, property: string, value: unknown): string {
  if (value === undefined) return 'unset';
  const spec = (latest as unknown as Record<string, Record<string, unknown>>)[`paint_${type}`]?.[property];
  return normalizePropertyExpression(value as never, `paint.${property}`, spec as never).kind;
}

/** A layer's program: its type (lines with dashes are a program of their own) and each property's kind. */
function signature(l: LayerSpecification): string {
  const paint = ('paint' in l ? l.paint : {}) as Record<string, unknown>;
  const dashed = l.type === 'line' && paint['line-dasharray'] !== undefined;
  const kinds = (PROGRAM_PROPERTIES[l.type] ?? []).map((p) => `${p}:${kindOf(l.type, p, paint[p])}`);
  return `${l.type}${dashed ? ' (dashed)' : ''} ${kinds.join(' ')}`;
}

describe('one shader program per layer type', () => {
  for (const projector of [false, true]) {
    it(`every layer of a type feeds its paint to the shader the same way (projector: ${projector})`, () => {
      const style = buildStyle('zh', urls, { ...DEFAULT_STYLE_STATE, projector }, fonts);
      const byType = new Map<string, Map<string, string[]>>();
      for (const l of style.layers) {
        if (!(l.type in PROGRAM_PROPERTIES)) continue;
        const sig = signature(l);
        const key = sig
          .split(' ')
          .slice(0, l.type === 'line' && sig.includes('(dashed)') ? 2 : 1)
          .join(' ');
        const group = byType.get(key) ?? new Map<string, string[]>();
        group.set(sig, [...(group.get(sig) ?? []), l.id]);
        byType.set(key, group);
      }
      // fill, line, dashed line, symbol, circle.
      expect([...byType.keys()].sort()).toEqual(['circle', 'fill', 'line', 'line (dashed)', 'symbol']);
      for (const [type, signatures] of byType) {
        expect(signatures.size, `${type}: ${JSON.stringify(Object.fromEntries(signatures), null, 1)}`).toBe(1);
      }
    });
  }

  it('draws no fill with an antialiased outline (a second program and a second draw per tile)', () => {
    const fills = buildStyle('zh', urls, DEFAULT_STYLE_STATE, fonts).layers.filter((l) => l.type === 'fill');
    expect(fills.length).toBeGreaterThan(4);
    for (const l of fills) expect((l.paint as Record<string, unknown>)['fill-antialias'], l.id).toBe(false);
  });

  it('perFeature and byZoom keep the value and make it per feature', () => {
    expect(kindOf('line', 'line-color', '#123456')).toBe('constant');
    expect(kindOf('line', 'line-color', perFeature('#123456'))).toBe('source');
    expect(kindOf('line', 'line-width', byZoom([7, 1], [12, 3]))).toBe('composite');
    expect(kindOf('line', 'line-dasharray', perFeature([3, 2]))).toBe('source');
    const e = createPropertyExpression(
      byZoom([7, 1], [12, 3]),
      'paint.line-width',
      latest.paint_line['line-width'] as never,
    );
    if (e.result !== 'success') throw new Error('not an expression');
    const at = (zoom: number) =>
      e.value.evaluate({ zoom }, { type: 'Feature', properties: {}, geometry: null } as never);
    expect([at(7), at(9.5), at(12)]).toEqual([1, 2, 3]);
  });
});
