import type { FeatureCollection } from 'geojson';
import { BASE_PARTS, type BasePart, type Collection, splitBase } from '../catalog/base';
import { fileOf, type Problem } from '../map/loadStatus.ts';
import type { SourceUrls } from '../map/style';

/** The layers the overview draws: the parts of the map's base source and the items. */
export type Layer = BasePart | 'items';
export type OverviewData = Partial<Record<Layer, FeatureCollection>>;

async function fetchCollection(url: string): Promise<FeatureCollection> {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`HTTP ${r.status}`);
  const data = (await r.json()) as FeatureCollection;
  if (data?.type !== 'FeatureCollection' || !Array.isArray(data.features))
    throw new Error('not a GeoJSON FeatureCollection');
  return data;
}

/**
 * The same files the map would load, fetched side by side. A file that fails is left out and named in
 * `problems` (by the map's source name); what the other holds is drawn.
 */
export async function loadOverview(urls: SourceUrls): Promise<{ data: OverviewData; problems: Problem[] }> {
  const names = Object.keys(urls) as (keyof SourceUrls)[];
  const settled = await Promise.allSettled(names.map((n) => fetchCollection(urls[n])));
  const data: OverviewData = {};
  const problems: Problem[] = [];
  settled.forEach((s, i) => {
    const name = names[i] as keyof SourceUrls;
    if (s.status === 'rejected') {
      problems.push({
        what: name,
        file: fileOf(urls[name]),
        detail: s.reason instanceof Error ? s.reason.message : String(s.reason),
      });
    } else if (name === 'items') {
      data.items = s.value;
    } else {
      const parts = splitBase(s.value as unknown as Collection);
      for (const p of BASE_PARTS) data[p] = parts[p] as unknown as FeatureCollection;
    }
  });
  return { data, problems };
}
