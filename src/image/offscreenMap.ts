import { type MapEventType, Map as MapLibreMap, type MapOptions, type PaddingOptions, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import { haversineMetres, scaledZoom } from './imageLayout';
import type { ImageRequest } from './imageTypes';

// The map part of a saved image: a second, throw-away MapLibre map, off-screen at the requested
// size, drawn with the live map's style, camera and feature state, then copied onto the image's
// canvas. The furniture around it is drawn by furniture.ts.

/** Long enough for software WebGL drawing a 3840×2160 frame on a slow machine. */
const RENDER_TIMEOUT_MS = 90_000;

/** What the furniture needs to know of the drawn map. */
export interface DrawnMap {
  /** Ground metres per CSS pixel at the frame's centre. */
  metresPerPixel: number;
  bearing: number;
}

/** Renders the request with a throw-away map, copies it onto the canvas, and always removes the map. */
export async function drawMap(
  req: ImageRequest,
  padding: PaddingOptions,
  ctx: CanvasRenderingContext2D,
): Promise<DrawnMap> {
  // A global of MapLibre's; react-map-gl sets the same URL for the live map, so this is harmless.
  setWorkerUrl(workerUrl);
  const container = offscreenContainer(req.width, req.height);
  let map: MapLibreMap | null = null;
  try {
    map = new MapLibreMap({
      container,
      style: req.style,
      interactive: false,
      attributionControl: false,
      pixelRatio: req.pixelRatio,
      maxCanvasSize: [Math.max(4096, req.width * req.pixelRatio), Math.max(4096, req.height * req.pixelRatio)],
      canvasContextAttributes: { preserveDrawingBuffer: true, antialias: true },
      fadeDuration: 0,
      ...initialCamera(req, padding),
    });
    await untilDrawn(map, req.featureState ?? []);
    ctx.drawImage(map.getCanvas(), 0, 0, ctx.canvas.width, ctx.canvas.height);
    return { metresPerPixel: metresPerPixel(map, req.width, req.height), bearing: map.getBearing() };
  } finally {
    map?.remove();
    container.remove();
  }
}

/**
 * MapLibre needs a laid-out container of the real size; far off to the left it is laid out and
 * drawn but never seen, and it takes no clicks or screen-reader focus.
 */
function offscreenContainer(width: number, height: number): HTMLDivElement {
  const div = document.createElement('div');
  div.setAttribute('aria-hidden', 'true');
  Object.assign(div.style, {
    position: 'fixed',
    left: '-100000px',
    top: '0',
    width: `${width}px`,
    height: `${height}px`,
    pointerEvents: 'none',
  });
  document.body.append(div);
  return div;
}

/** The map's first camera, so that it never draws another view first. */
function initialCamera(
  req: ImageRequest,
  padding: PaddingOptions,
): Pick<MapOptions, 'bounds' | 'fitBoundsOptions' | 'center' | 'zoom'> {
  if (req.bounds) {
    const [w, s, e, n] = req.bounds;
    // maxZoom as src/map/camera.ts fitTo: a single site gets a sensible zoom, not the closest one.
    return { bounds: [w, s, e, n], fitBoundsOptions: { padding, maxZoom: 13 } };
  }
  const camera = req.camera as NonNullable<ImageRequest['camera']>;
  const zoom = scaledZoom(camera.zoom, { width: req.liveWidth, height: req.liveHeight }, req);
  return { center: camera.center, zoom };
}

/**
 * Resolves once the style has loaded, the feature state is applied and everything is drawn.
 * A forced repaint after the state change guarantees one more `idle`: the first one may already
 * have fired in the same frame as `load`, before this code could listen for it.
 */
async function untilDrawn(map: MapLibreMap, featureState: NonNullable<ImageRequest['featureState']>): Promise<void> {
  await mapEvent(map, 'load');
  for (const { source, id, state } of featureState) {
    if (map.getSource(source)) map.setFeatureState({ source, id }, state);
  }
  const idle = mapEvent(map, 'idle');
  map.triggerRepaint();
  await idle;
}

/** The next `load` or `idle`, rejected on a map error or when it takes too long. */
function mapEvent(map: MapLibreMap, type: 'load' | 'idle'): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => finish(new Error(`Image export: no map ${type} in ${RENDER_TIMEOUT_MS} ms`)),
      RENDER_TIMEOUT_MS,
    );
    const onDone = () => finish();
    const onError = (event: MapEventType['error']) =>
      finish(event.error instanceof Error ? event.error : new Error(event.error?.message ?? 'Image export: map error'));
    function finish(error?: Error) {
      clearTimeout(timer);
      map.off(type, onDone);
      map.off('error', onError);
      if (error) reject(error);
      else resolve();
    }
    map.on(type, onDone);
    map.on('error', onError);
  });
}

/** Measured rather than computed from the zoom: the ground distance across 100 px at the centre. */
function metresPerPixel(map: MapLibreMap, width: number, height: number): number {
  const y = height / 2;
  const a = map.unproject([width / 2 - 50, y]);
  const b = map.unproject([width / 2 + 50, y]);
  return haversineMetres([a.lng, a.lat], [b.lng, b.lat]) / 100;
}
