// Shared by the build (the map's label points, build/pipeline.ts) and the page (labels of items edited
// from a plan workbook, sheet/mapEdits.ts), so that both label an item the same way.

/** A name without its bracketed explanation, for map labels; names that are all bracket stay whole. */
export function shortName(name: string): string {
  const short = name
    .replace(/（[^）]*）|\([^)]*\)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return short || name;
}
