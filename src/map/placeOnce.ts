import type { Map as MapLibreMap } from 'maplibre-gl';

// After the camera jumps (a zone, a district or a search result framed), the map shows other tiles (the
// same zoom-8 tiles, scaled: src/map/tiles.ts), and the engine places every label again. With no fade
// (MAP_OPTIONS.fadeDuration 0) it places them all, in full, inside the frame it is drawing, after it has
// taken the new tiles in. But it still marks that placement stale because the tiles changed, which is
// only needed when a placement is spread over several frames (with a fade), and so it draws the whole map
// a second time with the same labels. At 10,000 items that second frame cost as much as the first: the
// first `idle` after a district came after two frames (bench/README.md, "One frame per camera jump").
//
// So, for a map without a fade, a placement that is finished no longer asks for another frame. Anything
// that does change the map (a tile arriving, a style change, feature-state, a camera move) asks for its
// own frame as before.

type Style = MapLibreMap['style'];
type UpdatePlacement = Style['_updatePlacement'];

/**
 * Whether the frame just drawn needs another one for its labels, from what the engine answered
 * (`dirty`), the fade the frame was drawn with, and whether its placement has finished. Without a fade
 * the engine places every label in full in each frame, so a finished placement needs no other frame.
 */
export function placementNeedsFrame(dirty: boolean, fadeDuration: number, placementDone: boolean): boolean {
  return dirty && !(fadeDuration === 0 && placementDone);
}

const seen = new WeakSet<Style>();

/** Stands in front of one style's placement step (an own property, as wholeFrames.ts does for repaints). */
function wrap(style: Style): void {
  if (seen.has(style)) return;
  seen.add(style);
  const engine: UpdatePlacement = style._updatePlacement;
  style._updatePlacement = function (this: Style, ...args: Parameters<UpdatePlacement>) {
    const dirty = engine.apply(this, args);
    return placementNeedsFrame(dirty, args[2], this.pauseablePlacement.isDone());
  };
}

/**
 * Draws each change of a map with no fade in one frame, labels included (see above). Also for a style
 * the map is given later: MapLibre makes a new style object then.
 */
export function placeLabelsOnce(map: MapLibreMap): void {
  const follow = () => {
    if (map.style) wrap(map.style);
  };
  follow();
  map.on('styledata', follow);
}
