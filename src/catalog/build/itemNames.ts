import fs from 'node:fs';
import path from 'node:path';

/** Every item's id and names straight from geo/items/ (Node only), for checks that need no build. */
export function readItemNames(root: string): { id: string; name_zh: string; name_en: string }[] {
  const dir = path.join(root, 'geo/items');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.geojson'))
    .sort()
    .flatMap((f) => {
      const collection = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as {
        features: { properties: { id: string; name_zh: string; name_en: string } }[];
      };
      return collection.features.map(({ properties: { id, name_zh, name_en } }) => ({ id, name_zh, name_en }));
    });
}
