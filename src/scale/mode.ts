// Scale tests: `?synthetic=10000` replaces the catalogue with generated items (synthetic.ts). Only in dev
// and in the test build (`vite build --mode test`, which the browser tests and the benchmark serve); in the
// production build `requested` returns 0 before it reads the URL, and the generator is never imported.

export const SYNTHETIC_KEY = 'synthetic';

function requested(): number {
  if (import.meta.env.MODE !== 'test' && !import.meta.env.DEV) return 0;
  // Unit tests run in Node (MODE 'test' too), where there is no page address to read.
  if (typeof window === 'undefined') return 0;
  const n = Math.floor(Number(new URLSearchParams(window.location.search).get(SYNTHETIC_KEY)));
  return Number.isFinite(n) && n > 0 ? Math.min(n, 200_000) : 0;
}

/** How many synthetic items this page asked for (0: the real catalogue). */
export const SYNTHETIC = requested();

/** The generated items' label points by item id (for the search results' labels), set with the URLs below. */
export const syntheticLabels: { byId: ReadonlyMap<string, object> | null } = { byId: null };

/** Blob URLs of the generated map data, set once the catalogue is generated. */
export const syntheticUrls: { items: string | null; clusters: string | null } = { items: null, clusters: null };

export const blobUrl = (data: object): string =>
  URL.createObjectURL(new Blob([JSON.stringify(data)], { type: 'application/json' }));
