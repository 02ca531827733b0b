import { describe, expect, it } from 'vitest';
import { fileOf, sourceProblem } from './loadStatus.ts';

describe('a file that did not load', () => {
  it('is named by the last part of its URL, without query or fragment', () => {
    expect(fileOf('/assets/base-Ab12.geojson?v=3#x')).toBe('base-Ab12.geojson');
    expect(fileOf('https://example.org/a/items.geojson')).toBe('items.geojson');
  });

  it('is a problem only when a source failed: by source id, file and message', () => {
    const error = new Error('404 Not Found');
    expect(sourceProblem({ error, sourceId: 'items', source: { data: '/assets/items-X.geojson' } })).toEqual({
      what: 'items',
      file: 'items-X.geojson',
      detail: '404 Not Found',
    });
    expect(sourceProblem({ error, sourceId: 'base', source: { data: { type: 'FeatureCollection' } } })?.file).toBe('');
    expect(sourceProblem({ error })).toBeNull();
  });
});
