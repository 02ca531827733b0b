/** Offers a file to the user as a download: an <a download> on an object URL, never a new window. */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // The click has started the download by now; the object URL is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

// File names of everything the app saves: the CSV and GeoJSON exports and the image.

/** Long enough for a district and a search word; short of any file system's 255-byte limit. */
const MAX_PARTS_LENGTH = 80;

/** A part as [a-z0-9-]: accents dropped, anything else (slashes, dots, Chinese) turned to '-'. */
function slug(part: string): string {
  return part
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The user's calendar date, as they would expect it on a file saved today; empty for an invalid date. */
function isoDate(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * e.g. jinan-blueprint-370114-2026-11-27.csv. The parts come from the view (districts, search
 * text), so they are reduced to [a-z0-9-]: no path separator, dot or control character survives,
 * and parts with nothing left (such as 章丘区) are left out.
 */
export function exportFileName(kind: 'csv' | 'geojson', parts: string[], date: Date): string {
  return `${fileStem(parts, date)}.${kind}`;
}

/** e.g. jinan-blueprint-370114-2026-11-27@2x.png: named and sanitised like the data exports, so saved files sort together. */
export function imageFileName(parts: string[], date: Date, pixelRatio: 1 | 2): string {
  return `${fileStem(parts, date)}${pixelRatio === 2 ? '@2x' : ''}.png`;
}

/** e.g. jinan-blueprint-default-2026-12-06.pptx: a presentation file. */
export function deckFileName(parts: string[], date: Date, extension: 'pptx'): string {
  return `${fileStem(parts, date)}.${extension}`;
}

function fileStem(parts: string[], date: Date): string {
  const middle = parts.map(slug).filter(Boolean).join('-').slice(0, MAX_PARTS_LENGTH).replace(/-+$/, '');
  return ['jinan-blueprint', middle, isoDate(date)].filter(Boolean).join('-');
}
