import type { FeatureCollection } from 'geojson';
import { fileOf, type Problem } from '../map/MapStatus';
import type { SourceUrls } from '../map/style';

export type Layer = keyof SourceUrls;
export type OverviewData = Partial<Record<Layer, FeatureCollection>>;

/** The layers the overview draws, bottom first. The same files the map would load. */
export const OVERVIEW_LAYERS: readonly Layer[] = [
  'shandong',
  'sea',
  'lakes',
  'districts',
  'zones',
  'rivers',
  'outline',
  'items',
  'labels',
];

async function fetchLayer(url: string): Promise<FeatureCollection> {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`HTTP ${r.status}`);
  const data = (await r.json()) as FeatureCollection;
  if (data?.type !== 'FeatureCollection' || !Array.isArray(data.features))
    throw new Error('not a GeoJSON FeatureCollection');
  return data;
}

/**
 * Every layer of the overview, fetched side by side. A layer that fails is left out and named in
 * `problems`; the others are drawn.
 */
export async function loadOverview(urls: SourceUrls): Promise<{ data: OverviewData; problems: Problem[] }> {
  const settled = await Promise.allSettled(OVERVIEW_LAYERS.map((l) => fetchLayer(urls[l])));
  const data: OverviewData = {};
  const problems: Problem[] = [];
  settled.forEach((s, i) => {
    const layer = OVERVIEW_LAYERS[i] as Layer;
    if (s.status === 'fulfilled') data[layer] = s.value;
    else
      problems.push({
        what: layer,
        file: fileOf(urls[layer]),
        detail: s.reason instanceof Error ? s.reason.message : String(s.reason),
      });
  });
  return { data, problems };
}
