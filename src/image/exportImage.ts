import {
  type MapEventType,
  Map as MapLibreMap,
  type MapOptions,
  type PaddingOptions,
  type StyleSpecification,
  setWorkerUrl,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import { download } from '../download';
import {
  cameraPadding,
  FURNITURE,
  type FurnitureLayout,
  fitFontSize,
  formatDistance,
  furnitureUnit,
  haversineMetres,
  type LegendEntry,
  type LegendGroup,
  layoutFurniture,
  legendRoom,
  niceScale,
  packColumns,
  scaledZoom,
} from './imageLayout';

// "Save image": the current view drawn by a second, off-screen MapLibre map at the requested size,
// then composed on a 2D canvas with a title, a legend, a scale bar, a north arrow and a footer.
// Everything comes from the page's own origin (the style's GeoJSON and fonts, the CSS font), so it
// works offline. Loaded on demand by the presenter; the main bundle does not carry it.

export interface ImageFurniture {
  /** e.g. 济南蓝图. */
  title: string;
  /** e.g. the slide's caption; may be empty. */
  subtitle: string;
  legend: LegendGroup[];
  /** e.g. '数据截至 2026-12-06' (the catalogue's review date), composed by the caller. */
  asOf: string;
  /** The attribution line. */
  sources: string;
  /** '北' or 'N'. */
  northLabel: string;
  /** '公里'/'米' or 'km'/'m'. */
  scaleUnit: { km: string; m: string };
}

export interface ImageRequest {
  /** The live map's current style (map.getStyle()), so that filters and highlights carry over. */
  style: StyleSpecification;
  /** The subject: frame these (west, south, east, north) in the room the furniture leaves; or */
  bounds?: [number, number, number, number];
  /** the live camera, its zoom shifted by the size ratio when the live map's size is given: */
  camera?: { center: [number, number]; zoom: number };
  /**
   * The live map's CSS size. The zoom shifts by log2(width / liveWidth) so that the frame shows the
   * same area; with liveHeight too, by the smaller of the two ratios, so that a tall phone view is
   * not cut down to a sliver. Without either, the live zoom is used as it is.
   */
  liveWidth?: number;
  liveHeight?: number;
  /** CSS pixels of the output frame, e.g. 1920×1080. */
  width: number;
  height: number;
  /** 2 gives a 3840×2160 PNG for a 1920×1080 frame. */
  pixelRatio: 1 | 2;
  furniture: ImageFurniture;
  /** Hover and selection to reproduce (feature state is not part of the style). */
  featureState?: { source: string; id: string; state: Record<string, boolean> }[];
}

export type { LegendEntry, LegendGroup };

/** Long enough for software WebGL drawing a 3840×2160 frame on a slow machine. */
const RENDER_TIMEOUT_MS = 90_000;

// ---------------------------------------------------------------------------------------------
// Design: sizes in units of a 1920×1080 frame (scaled by furnitureUnit for other sizes).

const FONT_FAMILY = '"Noto Sans SC", system-ui, sans-serif';
const INK = '#1f1c17';
const INK_SOFT = '#5a554b';
const PAPER = '#fffdf8';
const LINE = '#e3ded2';
const ACCENT = '#1f4e79';

const MARGIN = FURNITURE.margin;
const TITLE = { size: 40, min: 24, baseline: 62 };
const SUBTITLE = { size: 22, min: 14, baseline: 96 };
const BAND_HEIGHT = { withSubtitle: 120, titleOnly: 92 };
const FOOTER = { height: FURNITURE.footerHeight, size: 15, min: 9 };
const LEGEND = {
  padding: 16,
  headingSize: 15,
  headingHeight: 24,
  labelSize: 14,
  rowHeight: 22,
  keyWidth: 30,
  keyGap: 8,
  groupGap: 12,
  columnGap: 24,
};
const SCALE = FURNITURE.scale;
const NORTH = { ...FURNITURE.north, size: 16 };

const font = (weight: 400 | 700, size: number) => `${weight} ${size}px ${FONT_FAMILY}`;

// ---------------------------------------------------------------------------------------------
// Public API

/** The view as a PNG of exactly width·pixelRatio × height·pixelRatio pixels. */
export async function renderImage(req: ImageRequest): Promise<Blob> {
  checkRequest(req);
  await loadFonts(req.furniture);
  const pr = req.pixelRatio;
  const canvas = document.createElement('canvas');
  canvas.width = req.width * pr;
  canvas.height = req.height * pr;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('No 2D canvas context for the image');

  const unit = furnitureUnit(req.width, req.height);
  const frame = { width: req.width / unit, height: req.height / unit };
  const bandHeight = req.furniture.subtitle ? BAND_HEIGHT.withSubtitle : BAND_HEIGHT.titleOnly;
  const legend = layoutLegend(ctx, req.furniture.legend, legendRoom(frame.height, bandHeight));
  const layout = layoutFurniture(frame, bandHeight, legend);

  const view = await drawMap(req, cameraPadding(layout, frame, unit), ctx);

  ctx.setTransform(pr * unit, 0, 0, pr * unit, 0, 0);
  drawTitleBand(ctx, frame.width, bandHeight, req.furniture);
  drawLegend(ctx, legend, layout.legend.left, layout.legend.top);
  drawNorthArrow(ctx, layout.north.left, layout.north.top, view.bearing, req.furniture.northLabel);
  drawScaleBar(ctx, layout.scale, view.metresPerPixel * unit, req.furniture.scaleUnit);
  drawFooter(ctx, frame, req.furniture);
  return toPng(canvas);
}

/** Renders the image and offers it as a download (an <a download>, no new window). */
export async function saveImage(req: ImageRequest, fileName: string): Promise<void> {
  download(await renderImage(req), fileName);
}

// ---------------------------------------------------------------------------------------------
// Preparation

function checkRequest(req: ImageRequest): void {
  if (req.pixelRatio !== 1 && req.pixelRatio !== 2) throw new Error(`Bad pixel ratio ${req.pixelRatio}`);
  // 8192 device pixels a side: beyond that, browsers refuse canvases or WebGL drawing buffers.
  const fits = (n: number) => Number.isInteger(n) && n > 0 && n * req.pixelRatio <= 8192;
  if (!fits(req.width) || !fits(req.height)) throw new Error(`Bad image size ${req.width}×${req.height}`);
  if (!req.bounds && !req.camera) throw new Error('An image needs either bounds or a camera');
}

/**
 * Canvas text does not wait for web fonts: a face that is not loaded yet is silently replaced.
 * Loading both weights with the actual text first makes the glyphs ready (and is a no-op when the
 * page has them already). A failure only costs the fallback font, so it is not fatal.
 */
async function loadFonts(f: ImageFurniture): Promise<void> {
  const regular = [f.subtitle, f.asOf, f.sources, f.scaleUnit.km, f.scaleUnit.m, '0123456789. ']
    .concat(f.legend.flatMap((g) => g.entries.map((e) => e.label)))
    .join('');
  const bold = [f.title, f.northLabel, ...f.legend.map((g) => g.heading)].join('');
  try {
    await Promise.all([document.fonts.load(font(400, 22), regular), document.fonts.load(font(700, 40), bold)]);
  } catch (error) {
    console.warn('Image export: font not loaded, using a fallback', error);
  }
}

// ---------------------------------------------------------------------------------------------
// The off-screen map

interface MapView {
  /** Ground metres per CSS pixel at the frame's centre. */
  metresPerPixel: number;
  bearing: number;
}

/** Renders the request with a throw-away map, copies it onto the canvas, and always removes the map. */
async function drawMap(req: ImageRequest, padding: PaddingOptions, ctx: CanvasRenderingContext2D): Promise<MapView> {
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

// ---------------------------------------------------------------------------------------------
// Furniture (in design units; the context is scaled)

function drawTitleBand(ctx: CanvasRenderingContext2D, width: number, height: number, f: ImageFurniture): void {
  ctx.fillStyle = PAPER;
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = LINE;
  ctx.fillRect(0, height - 1, width, 1);
  // The app's accent, as a bar beside the title: the image reads as the app's.
  ctx.fillStyle = ACCENT;
  ctx.fillRect(0, 0, 8, height);
  const maxWidth = width - 2 * MARGIN;
  fittedText(ctx, f.title, MARGIN, TITLE.baseline, maxWidth, 700, TITLE, INK);
  if (f.subtitle) fittedText(ctx, f.subtitle, MARGIN, SUBTITLE.baseline, maxWidth, 400, SUBTITLE, INK_SOFT);
}

function drawFooter(ctx: CanvasRenderingContext2D, frame: { width: number; height: number }, f: ImageFurniture): void {
  const top = frame.height - FOOTER.height;
  ctx.fillStyle = PAPER;
  ctx.fillRect(0, top, frame.width, FOOTER.height);
  ctx.fillStyle = LINE;
  ctx.fillRect(0, top, frame.width, 1);
  const text = [f.asOf, f.sources].filter(Boolean).join('  ·  ');
  fittedText(ctx, text, MARGIN, top + FOOTER.height / 2 + 5, frame.width - 2 * MARGIN, 400, FOOTER, INK_SOFT);
}

/**
 * One line of text at the largest size from `sizes.size` down to `sizes.min` that fits; at the
 * minimum, fillText's maxWidth squeezes it, so it never runs past the frame.
 */
function fittedText(
  ctx: CanvasRenderingContext2D,
  text: string,
  x: number,
  y: number,
  maxWidth: number,
  weight: 400 | 700,
  sizes: { size: number; min: number },
  colour: string,
): void {
  const size = fitFontSize((s) => textWidth(ctx, text, font(weight, s)), maxWidth, sizes.size, sizes.min);
  ctx.font = font(weight, size);
  ctx.fillStyle = colour;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'alphabetic';
  ctx.fillText(text, x, y, maxWidth);
}

function textWidth(ctx: CanvasRenderingContext2D, text: string, cssFont: string): number {
  ctx.font = cssFont;
  return ctx.measureText(text).width;
}

// --- legend

interface LegendLayout {
  width: number;
  height: number;
  columns: { x: number; groups: LegendGroup[] }[];
}

const groupHeight = (g: LegendGroup) => LEGEND.headingHeight + g.entries.length * LEGEND.rowHeight;

/** Groups in columns no taller than the room beside the map; the box sized to its text. */
function layoutLegend(ctx: CanvasRenderingContext2D, groups: LegendGroup[], maxHeight: number): LegendLayout {
  if (groups.length === 0) return { width: 0, height: 0, columns: [] };
  const inner = maxHeight - 2 * LEGEND.padding;
  const packed = packColumns(groups.map(groupHeight), inner, LEGEND.groupGap);
  const columns: LegendLayout['columns'] = [];
  let x = LEGEND.padding;
  let tallest = 0;
  for (const indices of packed) {
    const column = indices.map((i) => groups[i] as LegendGroup);
    columns.push({ x, groups: column });
    x += columnWidth(ctx, column) + LEGEND.columnGap;
    const height = column.reduce((sum, g) => sum + groupHeight(g), 0) + (column.length - 1) * LEGEND.groupGap;
    tallest = Math.max(tallest, height);
  }
  return { width: x - LEGEND.columnGap + LEGEND.padding, height: tallest + 2 * LEGEND.padding, columns };
}

function columnWidth(ctx: CanvasRenderingContext2D, groups: LegendGroup[]): number {
  const key = LEGEND.keyWidth + LEGEND.keyGap;
  const widths = groups.flatMap((g) => [
    textWidth(ctx, g.heading, font(700, LEGEND.headingSize)),
    ...g.entries.map((e) => key + textWidth(ctx, e.label, font(400, LEGEND.labelSize))),
  ]);
  return Math.ceil(Math.max(0, ...widths));
}

function drawLegend(ctx: CanvasRenderingContext2D, legend: LegendLayout, left: number, top: number): void {
  if (legend.columns.length === 0) return;
  panel(ctx, left, top, legend.width, legend.height);
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  for (const column of legend.columns) {
    let y = top + LEGEND.padding;
    for (const group of column.groups) {
      ctx.font = font(700, LEGEND.headingSize);
      ctx.fillStyle = INK_SOFT;
      ctx.fillText(group.heading, left + column.x, y + LEGEND.headingHeight / 2 - 2);
      y += LEGEND.headingHeight;
      for (const entry of group.entries) {
        const mid = y + LEGEND.rowHeight / 2;
        drawKey(ctx, entry, left + column.x, mid);
        ctx.font = font(400, LEGEND.labelSize);
        ctx.fillStyle = INK;
        ctx.fillText(entry.label, left + column.x + LEGEND.keyWidth + LEGEND.keyGap, mid);
        y += LEGEND.rowHeight;
      }
      y += LEGEND.groupGap;
    }
  }
}

/** The keys as the page's legend draws them (src/explore/Legend.tsx), 30 units wide. */
function drawKey(ctx: CanvasRenderingContext2D, entry: LegendEntry, x: number, y: number): void {
  ctx.save();
  switch (entry.kind) {
    case 'fill':
      ctx.fillStyle = entry.colour;
      roundRect(ctx, x + 3, y - 7, 24, 14, 3);
      ctx.fill();
      if (entry.outline) {
        ctx.strokeStyle = entry.outline;
        ctx.lineWidth = 2;
        ctx.stroke();
      }
      break;
    case 'line':
    case 'dashed':
    case 'dotted':
      lineKey(ctx, entry.kind, entry.colour, x, y);
      break;
    case 'dot':
    case 'ring':
      ctx.beginPath();
      ctx.arc(x + 15, y, 6, 0, 2 * Math.PI);
      ctx.fillStyle = entry.kind === 'dot' ? entry.colour : '#ffffff';
      ctx.fill();
      if (entry.kind === 'ring') {
        ctx.strokeStyle = entry.colour;
        ctx.lineWidth = 2.5;
        ctx.stroke();
      }
      break;
  }
  ctx.restore();
}

function lineKey(
  ctx: CanvasRenderingContext2D,
  kind: 'line' | 'dashed' | 'dotted',
  colour: string,
  x: number,
  y: number,
) {
  ctx.beginPath();
  ctx.moveTo(x + 2, y);
  ctx.lineTo(x + 28, y);
  ctx.strokeStyle = colour;
  ctx.lineWidth = kind === 'dotted' ? 2.5 : 4;
  ctx.lineCap = kind === 'dotted' ? 'round' : 'butt';
  ctx.setLineDash(kind === 'dashed' ? [7, 4] : kind === 'dotted' ? [0.1, 5] : []);
  ctx.stroke();
}

// --- scale bar and north arrow

/** The scale bar in its place (its panel's largest extent), against the right and bottom edges. */
function drawScaleBar(
  ctx: CanvasRenderingContext2D,
  room: FurnitureLayout['scale'],
  metresPerUnit: number,
  unit: ImageFurniture['scaleUnit'],
): void {
  const scale = niceScale(metresPerUnit, SCALE.maxBar);
  if (scale.metres <= 0) return;
  const label = formatDistance(scale.metres, unit);
  const labelWidth = textWidth(ctx, label, font(400, SCALE.size));
  const boxWidth = Math.max(scale.px, labelWidth) + 2 * SCALE.padding;
  const boxHeight = SCALE.size + SCALE.barHeight + 3 * SCALE.padding;
  const left = room.right - boxWidth;
  const top = room.bottom - boxHeight;
  panel(ctx, left, top, boxWidth, boxHeight);

  const barLeft = left + boxWidth - SCALE.padding - scale.px;
  const barTop = top + boxHeight - SCALE.padding - SCALE.barHeight;
  // Two halves, dark and light, as on a printed map: the half-way mark comes for free.
  ctx.fillStyle = INK;
  ctx.fillRect(barLeft, barTop, scale.px / 2, SCALE.barHeight);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(barLeft + scale.px / 2, barTop, scale.px / 2, SCALE.barHeight);
  ctx.strokeStyle = INK;
  ctx.lineWidth = 1.5;
  ctx.strokeRect(barLeft, barTop, scale.px, SCALE.barHeight);

  ctx.font = font(400, SCALE.size);
  ctx.fillStyle = INK;
  ctx.textAlign = 'right';
  ctx.textBaseline = 'alphabetic';
  ctx.fillText(label, left + boxWidth - SCALE.padding, barTop - SCALE.padding + 2);
}

/**
 * A north arrow in a panel like the others, the letter above it: over a busy map a bare letter
 * would be lost. Turned against the map's bearing (the app never rotates the map, but a style may).
 */
function drawNorthArrow(ctx: CanvasRenderingContext2D, left: number, top: number, bearing: number, label: string) {
  panel(ctx, left, top, NORTH.width, NORTH.height);
  ctx.save();
  ctx.font = font(700, NORTH.size);
  ctx.fillStyle = INK;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'alphabetic';
  ctx.fillText(label, left + NORTH.width / 2, top + 8 + NORTH.size, NORTH.width - 8);

  const arrowTop = top + 14 + NORTH.size;
  const half = (top + NORTH.height - 8 - arrowTop) / 2;
  ctx.translate(left + NORTH.width / 2, arrowTop + half);
  ctx.rotate((-bearing * Math.PI) / 180);
  // Left half solid, right half outlined: the classic arrow reads at any size.
  arrowHalf(ctx, half, -1);
  ctx.fillStyle = INK;
  ctx.fill();
  arrowHalf(ctx, half, 1);
  ctx.fillStyle = '#ffffff';
  ctx.fill();
  ctx.strokeStyle = INK;
  ctx.lineWidth = 1.5;
  ctx.lineJoin = 'round';
  ctx.stroke();
  ctx.restore();
}

/** One half of the arrow, centred on the origin and pointing up; side -1 is the left half. */
function arrowHalf(ctx: CanvasRenderingContext2D, half: number, side: -1 | 1): void {
  ctx.beginPath();
  ctx.moveTo(0, -half);
  ctx.lineTo(side * 9, half);
  ctx.lineTo(0, half - 7);
  ctx.closePath();
}

// --- shared

/** The translucent paper panel behind the legend, the scale bar and the north arrow. */
function panel(ctx: CanvasRenderingContext2D, x: number, y: number, width: number, height: number): void {
  ctx.save();
  // Shadows ignore the context's transform, so they are scaled by hand to look alike at 1× and 2×.
  const scale = ctx.getTransform().a;
  ctx.shadowColor = 'rgba(40, 32, 20, 0.14)';
  ctx.shadowBlur = 12 * scale;
  ctx.shadowOffsetY = 2 * scale;
  ctx.fillStyle = 'rgba(255, 253, 248, 0.95)';
  roundRect(ctx, x, y, width, height, 8);
  ctx.fill();
  ctx.restore();
}

function roundRect(ctx: CanvasRenderingContext2D, x: number, y: number, width: number, height: number, r: number) {
  ctx.beginPath();
  ctx.roundRect(x, y, width, height, r);
}

function toPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The image could not be encoded'))), 'image/png');
  });
}
