import { uiPalette } from '../map/palette';
import { FURNITURE, type FurnitureLayout, fitFontSize, formatDistance, niceScale } from './imageLayout';
import type { ImageFurniture } from './imageTypes';

// The furniture of a saved image, drawn on its canvas around the map: the title band, the footer
// (date and sources), the scale bar and the north arrow, and the pieces the legend shares
// (furnitureLegend.ts). Sizes are design units of a 1920×1080 frame: the caller scales the context
// by furnitureUnit. Colours are the page's own (src/map/palette.ts).

const FONT_FAMILY = '"Noto Sans SC", system-ui, sans-serif';
export const { ink: INK, inkSoft: INK_SOFT, paper: PAPER, line: LINE, accent: ACCENT, white: WHITE } = uiPalette;

const MARGIN = FURNITURE.margin;
const TITLE = { size: 40, min: 24, baseline: 62 };
const SUBTITLE = { size: 22, min: 14, baseline: 96 };
const BAND_HEIGHT = { withSubtitle: 120, titleOnly: 92 };
const FOOTER = { height: FURNITURE.footerHeight, size: 15, min: 9 };
const SCALE = FURNITURE.scale;
const NORTH = { ...FURNITURE.north, size: 16 };

export const font = (weight: 400 | 700, size: number) => `${weight} ${size}px ${FONT_FAMILY}`;

/** The title band's height: taller when there is a subtitle. */
export function bandHeight(f: ImageFurniture): number {
  return f.subtitle ? BAND_HEIGHT.withSubtitle : BAND_HEIGHT.titleOnly;
}

export function drawTitleBand(ctx: CanvasRenderingContext2D, width: number, height: number, f: ImageFurniture): void {
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

export function drawFooter(
  ctx: CanvasRenderingContext2D,
  frame: { width: number; height: number },
  f: ImageFurniture,
): void {
  const top = frame.height - FOOTER.height;
  ctx.fillStyle = PAPER;
  ctx.fillRect(0, top, frame.width, FOOTER.height);
  ctx.fillStyle = LINE;
  ctx.fillRect(0, top, frame.width, 1);
  const text = [f.asOf, f.sources].filter(Boolean).join('  ·  ');
  fittedText(ctx, text, MARGIN, top + FOOTER.height / 2 + 5, frame.width - 2 * MARGIN, 400, FOOTER, INK_SOFT);
}

/** The scale bar in its place (its panel's largest extent), against the right and bottom edges. */
export function drawScaleBar(
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
  ctx.fillStyle = WHITE;
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
export function drawNorthArrow(
  ctx: CanvasRenderingContext2D,
  left: number,
  top: number,
  bearing: number,
  label: string,
): void {
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
  ctx.fillStyle = WHITE;
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

// --- text and panels (the panel and text width are the legend's too)

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

export function textWidth(ctx: CanvasRenderingContext2D, text: string, cssFont: string): number {
  ctx.font = cssFont;
  return ctx.measureText(text).width;
}

/** '#fffdf8' at 0.95 → 'rgba(255, 253, 248, 0.95)'. */
export function withAlpha(hex: string, alpha: number): string {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}

/** The translucent paper panel behind the legend, the scale bar and the north arrow. */
export function panel(ctx: CanvasRenderingContext2D, x: number, y: number, width: number, height: number): void {
  ctx.save();
  // Shadows ignore the context's transform, so they are scaled by hand to look alike at 1× and 2×.
  const scale = ctx.getTransform().a;
  ctx.shadowColor = uiPalette.shadowColour;
  ctx.shadowBlur = 12 * scale;
  ctx.shadowOffsetY = 2 * scale;
  ctx.fillStyle = withAlpha(PAPER, 0.95);
  roundRect(ctx, x, y, width, height, 8);
  ctx.fill();
  ctx.restore();
}

export function roundRect(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  width: number,
  height: number,
  r: number,
): void {
  ctx.beginPath();
  ctx.roundRect(x, y, width, height, r);
}
