// 4. Bytes on first load: each same-origin response, sized from the served file, raw and gzip -9, and as it
// came over the wire from scripts/serve.mjs (its precompressed copy, headers included).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

function classify(file) {
  if (/maplibre-gl-worker[^/]*\.m?js$/.test(file)) return 'worker';
  if (/\.m?js$/.test(file)) return 'js';
  if (/\.css$/.test(file)) return 'css';
  if (/\.(woff2?|ttf|otf)$/.test(file)) return 'font';
  if (/\.(geo)?json$/.test(file)) return 'data';
  if (/\.html?$/.test(file)) return 'html';
  return 'other';
}

const CLASSES = ['js', 'worker', 'css', 'font', 'data', 'html', 'other'];

/** Each same-origin response of a load, sized from the file on disk that the server sent. */
export function bytesOf(responses, dir, origin) {
  const files = new Map();
  for (const { url, status, sizes, encoding } of responses) {
    if (!url.startsWith(`${origin}/`) || status >= 400) continue;
    let rel = decodeURIComponent(new URL(url).pathname);
    if (rel.endsWith('/')) rel += 'index.html';
    const file = path.join(dir, rel);
    if (files.has(rel) || !file.startsWith(dir) || !fs.existsSync(file)) continue;
    const body = fs.readFileSync(file);
    files.set(rel, {
      file: rel,
      kind: classify(rel),
      raw: body.length,
      gzip: zlib.gzipSync(body, { level: 9 }).length,
      wire: sizes ? sizes.responseBodySize + sizes.responseHeadersSize : 0,
      encoding,
    });
  }
  const totals = {};
  for (const c of [...CLASSES, 'total']) totals[c] = { raw: 0, gzip: 0, wire: 0, files: 0 };
  for (const f of files.values()) {
    for (const c of [f.kind, 'total']) {
      totals[c].raw += f.raw;
      totals[c].gzip += f.gzip;
      totals[c].wire += f.wire;
      totals[c].files += 1;
    }
  }
  return { totals, files: [...files.values()].sort((a, b) => b.raw - a.raw) };
}
