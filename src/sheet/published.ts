import type { ItemFile } from './files.ts';

// The published item files and review date as text, for the in-page update: the workbook is checked
// against them with the build's own rules, and "Download GeoJSON" rewrites them. Bundled as lazy
// chunks of their own, loaded only when the update view opens (and precached for offline use).

const items = import.meta.glob<string>('../../geo/items/*.geojson', { query: '?raw', import: 'default' });
const review = import.meta.glob<string>('../../geo/review.json', { query: '?raw', import: 'default' });

export const REVIEW_PATH = 'geo/review.json';

export async function publishedFiles(): Promise<{ files: ItemFile[]; review: { file: string; text: string | null } }> {
  const files = await Promise.all(
    Object.entries(items)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(async ([path, load]) => ({ file: path.replace(/^(\.\.\/)+/, ''), text: await load() })),
  );
  const loadReview = Object.values(review)[0];
  return { files, review: { file: REVIEW_PATH, text: loadReview ? await loadReview() : null } };
}
