// Applies the documented border corrections of border-corrections.json to the district polygons.
// A correction replaces the stretch of a shared border between two anchor vertices in both districts
// at once, so the border stays shared and the tiling gap-free. Anchors that are missing, or a stretch
// that is not shared, stop the build: a new source or simplification needs the correction re-checked.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'border-corrections.json');

export function readCorrections() {
  return JSON.parse(fs.readFileSync(FILE, 'utf8')).corrections;
}

const key = (p) => `${p[0]},${p[1]}`;
/** The ring lists of a Polygon or MultiPolygon, as the arrays themselves (edited in place). */
const polygons = (geometry) => (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates);
const rings = (geometry) => polygons(geometry).flat();

/** The ring with `from` … `to` replaced by `via`, walking the ring in whichever direction is shared. */
function replaceStretch(ring, correction, shared) {
  const open = ring.slice(0, -1);
  const n = open.length;
  const i = open.findIndex((p) => key(p) === key(correction.from));
  const j = open.findIndex((p) => key(p) === key(correction.to));
  if (i < 0 || j < 0) return null;
  const between = (a, b) => {
    const out = [];
    for (let k = (a + 1) % n; k !== b; k = (k + 1) % n) out.push(open[k]);
    return out;
  };
  // In one district the border runs from → to, in its neighbour to → from (both rings are CCW).
  for (const [a, b, via] of [
    [i, j, correction.via],
    [j, i, [...correction.via].reverse()],
  ]) {
    const inner = between(a, b);
    if (inner.length >= n / 2 || !inner.every((p) => shared.has(key(p)))) continue;
    const rotated = [...open.slice(a), ...open.slice(0, a)];
    const rest = rotated.slice(inner.length + 1);
    const replaced = [open[a], ...via, ...rest];
    return [...replaced, replaced[0]];
  }
  throw new Error(`border correction ${correction.id}: the stretch between its anchors is not a shared border`);
}

/** Returns the districts with every correction applied; throws when a correction no longer fits. */
export function applyBorderCorrections(fc, corrections = readCorrections()) {
  for (const correction of corrections) {
    const [a, b] = correction.districts.map((code) => fc.features.find((f) => f.properties.adcode === code));
    if (!a || !b) throw new Error(`border correction ${correction.id}: district missing`);
    // Both vertex sets before either district changes: the stretch must be shared by both.
    const vertices = [a, b].map((f) => new Set(rings(f.geometry).flatMap((r) => r.map(key))));
    for (const [self, shared] of [
      [a, vertices[1]],
      [b, vertices[0]],
    ]) {
      const list = polygons(self.geometry).find((rs) => rs.some((r) => r.some((p) => key(p) === key(correction.from))));
      const index = list ? list.findIndex((r) => r.some((p) => key(p) === key(correction.from))) : -1;
      const fixed = index >= 0 ? replaceStretch(list[index], correction, shared) : null;
      if (!fixed) throw new Error(`border correction ${correction.id}: anchors not found in ${self.properties.adcode}`);
      list[index] = fixed;
    }
  }
  return fc;
}
