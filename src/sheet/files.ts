import type { RawProperties } from './rows.ts';

// The item files of geo/items/ as text, read and rewritten. Every file is JSON.stringify(data, null, 2)
// plus a newline; parsing and writing it the same way keeps geometry, key order and formatting, so
// that a rewritten file differs from the old one exactly in the values that changed.

export interface ItemFile {
  /** The path, e.g. geo/items/transport.geojson. */
  file: string;
  text: string;
}

interface Feature {
  properties: RawProperties;
  geometry: unknown;
}

export const formatGeoJson = (data: unknown): string => `${JSON.stringify(data, null, 2)}\n`;

/** Each item's properties as its file holds them, with the file it is in. Files that are not JSON are skipped (the build reports them). */
export function indexItems(files: readonly ItemFile[]): Map<string, { file: string; properties: RawProperties }> {
  const index = new Map<string, { file: string; properties: RawProperties }>();
  for (const { file, text } of files) {
    let data: { features?: Feature[] };
    try {
      data = JSON.parse(text);
    } catch {
      continue;
    }
    for (const f of data.features ?? []) {
      const id = f?.properties?.id;
      if (typeof id === 'string' && !index.has(id)) index.set(id, { file, properties: f.properties });
    }
  }
  return index;
}

/** The files with the given items' properties replaced; a file with no change keeps its text as it was. */
export function applyEdits(files: readonly ItemFile[], edits: ReadonlyMap<string, RawProperties>): ItemFile[] {
  return files.map(({ file, text }) => {
    let data: { features?: Feature[] };
    try {
      data = JSON.parse(text);
    } catch {
      return { file, text };
    }
    let changed = false;
    for (const f of data.features ?? []) {
      const next = edits.get(f?.properties?.id as string);
      if (next && JSON.stringify(next) !== JSON.stringify(f.properties)) {
        f.properties = next;
        changed = true;
      }
    }
    return { file, text: changed ? formatGeoJson(data) : text };
  });
}
