import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { zonesProperty } from '../catalog/directions.ts';
import { shortName } from '../catalog/labelName.ts';
import type { Direction, Zone } from '../catalog/vocab.ts';
import type { LocalEdits } from './localEdits.ts';

// The map's item data with edits from a plan workbook: the properties the style and the filter
// expression read (status, category, mode, directions, schematic, the labels) replaced for the edited
// items, so that an edited status is drawn as one (solid or dashed) and filtered as one. Geometry stays
// as published. Loaded only when there are edits.

interface Feature {
  properties: Record<string, unknown>;
}

/** The published item data (the map source's own file) with the edited items' drawn properties. */
export async function editedMapData(url: string, items: LocalEdits['items']): Promise<unknown> {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
  const data = (await r.json()) as { features: Feature[] };
  for (const f of data.features) {
    const edit = items[f.properties.id as string];
    if (!edit) continue;
    const p = f.properties;
    const zones = zonesProperty({ zone: edit.zone as Zone, zones_also: (edit.zones_also ?? []) as Direction[] });
    Object.assign(p, { category: edit.category, status: edit.status, zone: edit.zone, zones });
    if (p.label)
      Object.assign(p, { label_zh: shortName(String(edit.name_zh)), label_en: shortName(String(edit.name_en)) });
    else Object.assign(p, { mode: edit.mode, schematic: edit.schematic });
  }
  return data;
}

/** Puts the edited data on the map's item source, or the published file back (edits null). */
export function setItemData(map: MapLibreMap, source: string, data: unknown): void {
  (map.getSource(source) as GeoJSONSource | undefined)?.setData(data as GeoJSON.FeatureCollection);
}
