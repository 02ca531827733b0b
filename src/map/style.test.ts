import { createExpression, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { CLUSTER_SOURCE, HIT_LABEL_SOURCE, LATE_ITEM_SOURCE } from '../scale/style';
import { buildStyle, DEFAULT_STYLE_STATE, SOURCES, type SourceUrls } from './style';
import { TILE_BUFFER } from './tileZoom';

const urls = Object.fromEntries(SOURCES.map((s) => [s, `/assets/${s}.geojson`])) as SourceUrls;
const fonts = { 'Noto Sans SC': '/assets/regular.woff2' };

describe('map style', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`is a valid MapLibre style (${lang})`, () => {
      const errors = validateStyleMin(buildStyle(lang, urls, DEFAULT_STYLE_STATE, fonts));
      expect(errors.map((e) => e.message)).toEqual([]);
    });
  }

  it('is valid in large mode too, where every GeoJSON source reaches only TILE_BUFFER past its tiles', () => {
    const style = buildStyle('zh', urls, DEFAULT_STYLE_STATE, fonts, '/assets/clusters.geojson');
    expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
    const tiled = Object.entries(style.sources).filter(([id]) => id !== CLUSTER_SOURCE);
    expect(tiled.map(([id]) => id).sort()).toEqual([...SOURCES, LATE_ITEM_SOURCE, HIT_LABEL_SOURCE].sort());
    for (const [id, source] of tiled) expect((source as { buffer?: number }).buffer, id).toBe(TILE_BUFFER);
  });

  it('in large mode labels a search’s results from their own source, and the late labels stand aside', () => {
    const labels = (searching: boolean) => {
      const style = buildStyle('zh', urls, { ...DEFAULT_STYLE_STATE, searching }, fonts, '/assets/clusters.geojson');
      expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
      return Object.fromEntries(
        style.layers
          .filter((l) => l.id === 'item-label' || l.id === 'item-hit-label')
          .map((l) => [
            l.id,
            { source: (l as { source?: string }).source, filter: (l as { filter?: unknown }).filter },
          ]),
      );
    };
    const plain = buildStyle('zh', urls, DEFAULT_STYLE_STATE, fonts).layers.find((l) => l.id === 'item-label');
    const labelFilter = (plain as { filter?: unknown } | undefined)?.filter;
    expect(labels(false)).toEqual({
      'item-label': { source: LATE_ITEM_SOURCE, filter: labelFilter },
      'item-hit-label': { source: HIT_LABEL_SOURCE, filter: labelFilter },
    });
    expect(labels(true)).toEqual({
      'item-label': { source: LATE_ITEM_SOURCE, filter: false },
      'item-hit-label': { source: HIT_LABEL_SOURCE, filter: labelFilter },
    });
  });

  it('needs no server: no glyphs, no sprite, no remote URL anywhere', () => {
    const style = buildStyle('zh', urls, DEFAULT_STYLE_STATE, fonts);
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(JSON.stringify(style)).not.toMatch(/https?:\/\//);
  });

  it('draws every label in a font the style ships', () => {
    const style = buildStyle('zh', urls, DEFAULT_STYLE_STATE, fonts);
    const shipped = Object.keys(style['font-faces'] ?? {});
    const used = style.layers.flatMap((l) =>
      l.type === 'symbol' ? ((l.layout?.['text-font'] as string[]) ?? []) : [],
    );
    expect(used.length).toBeGreaterThan(0);
    for (const font of used) expect(shipped).toContain(font);
  });

  it('draws the plan above the basemap and every label above every shape', () => {
    const ids = buildStyle('zh', urls, DEFAULT_STYLE_STATE, fonts).layers.map((l) => l.id);
    const at = (id: string) => ids.indexOf(id);
    expect(at('district-fill')).toBeLessThan(at('zone-fill'));
    expect(at('zone-fill')).toBeLessThan(at('district-line'));
    expect(at('outline-line')).toBeLessThan(at('item-area-fill'));
    const lastShape = Math.max(...['item-area-fill', 'item-line', 'item-point'].map(at));
    const firstLabel = Math.min(
      ...buildStyle('zh', urls, DEFAULT_STYLE_STATE, fonts).layers.flatMap((l, i) => (l.type === 'symbol' ? [i] : [])),
    );
    expect(lastShape).toBeLessThan(firstLabel);
    expect(ids.at(-1)).toBe('district-label');
    expect(at('item-label')).toBeLessThan(at('zone-label'));
  });

  it('draws the plan from feature-state: every item layer hides and dims, every zone layer follows the choice', () => {
    const style = buildStyle('zh', urls, { ...DEFAULT_STYLE_STATE, projector: true }, fonts);
    expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
    const layer = (id: string) => JSON.stringify(style.layers.find((l) => l.id === id));
    for (const id of [
      'item-point',
      'item-line',
      'item-line-casing',
      'item-area-fill',
      'item-area-line',
      'item-label',
    ]) {
      expect(layer(id), id).toContain('["feature-state","hidden"]');
      expect(layer(id), id).toContain('["feature-state","dim"]');
    }
    for (const id of ['zone-fill', 'zone-line', 'zone-label'])
      expect(layer(id), id).toContain('["feature-state","chosen"]');
    for (const id of ['district-fill', 'district-chosen-line'])
      expect(layer(id), id).toContain('["feature-state","chosen"]');
    // No shape layer filters by the panel's choices: a choice must not mean a new layout.
    const filtered = buildStyle(
      'zh',
      urls,
      { filter: ['==', ['get', 'zone'], '北起'], projector: true },
      fonts,
    ).layers.filter((l) => JSON.stringify(l) !== layer(l.id));
    expect(filtered.map((l) => l.id)).toEqual(['item-label']);
  });

  it('labels in the chosen language', () => {
    const field = (lang: 'zh' | 'en') =>
      buildStyle(lang, urls, DEFAULT_STYLE_STATE, fonts).layers.find((l) => l.id === 'district-label')
        ?.layout as Record<string, unknown>;
    expect(field('zh')['text-field']).toEqual(['get', 'name_zh']);
    expect(field('en')['text-field']).toEqual(['get', 'name_en']);
  });

  it('names the zones from the locale table, marked as schematic', () => {
    const named = (lang: 'zh' | 'en', zone: string) => {
      const layer = buildStyle(lang, urls, DEFAULT_STYLE_STATE, fonts).layers.find((l) => l.id === 'zone-label');
      const field = ((layer?.layout ?? {}) as Record<string, unknown>)['text-field'];
      const compiled = createExpression(field, { type: 'string', 'property-type': 'data-driven' } as never);
      if (compiled.result !== 'success') throw new Error(JSON.stringify(compiled.value));
      return compiled.value.evaluate({ zoom: 9 }, { type: 'Point', properties: { zone } } as never);
    };
    expect(named('zh', '北起')).toBe('北起（示意）');
    expect(named('en', '北起')).toBe('North rising (schematic)');
    expect(named('en', '中优')).toBe('Centre optimised (schematic)');
  });

  it('uses every source and gives each layer a unique id', () => {
    const style = buildStyle('zh', urls, DEFAULT_STYLE_STATE, fonts);
    const ids = style.layers.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    const usedSources = new Set(style.layers.map((l) => ('source' in l ? l.source : null)).filter(Boolean));
    expect([...usedSources].sort()).toEqual([...SOURCES].sort());
  });
});
