import { CATEGORIES, ZONES } from '../catalog/vocab.ts';
import { exportFileName } from '../explore/export.ts';
import { type Lang, type MessageKey, translate } from '../i18n';
import { labelOf } from '../i18n/labels';
import { palette } from '../map/palette';
import { CATEGORY_COLOURS, MODE_COLOURS, ZONE_COLOURS } from '../map/themes';

// Pure helpers of the image export (src/present/exportImage.ts): numbers, names and layout, no DOM,
// so that they can be unit-tested in Node.

// ---------------------------------------------------------------------------------------------
// Scale bar

/**
 * The longest round distance (1, 2 or 5 × 10ⁿ metres) whose bar is at most `maxPx` long, and that
 * length in pixels. A round number is what a reader can measure with; the bar's length follows it.
 */
export function niceScale(metresPerPixel: number, maxPx: number): { metres: number; px: number } {
  const maxMetres = metresPerPixel * maxPx;
  if (!(maxMetres > 0) || !Number.isFinite(maxMetres)) return { metres: 0, px: 0 };
  // Math.log10 may land a hair below an exact power of ten, so try the decade above as well.
  const exponent = Math.floor(Math.log10(maxMetres));
  let best = 0;
  for (let e = exponent - 1; e <= exponent + 1; e++) {
    for (const step of [1, 2, 5]) {
      // Built from integers, so 10⁻ⁿ steps do not pick up binary fractions (0.30000000000000004).
      const metres = e >= 0 ? step * 10 ** e : step / 10 ** -e;
      if (metres / metresPerPixel <= maxPx && metres > best) best = metres;
    }
  }
  return { metres: best, px: best / metresPerPixel };
}

/** '500 米', '2 公里', '20 km', '1.5 km': kilometres from 1 km up, metres below. */
export function formatDistance(metres: number, unit: { km: string; m: string }): string {
  if (metres >= 1000) return `${trimNumber(metres / 1000)} ${unit.km}`;
  return `${trimNumber(metres)} ${unit.m}`;
}

/** At most three decimals and no trailing zeros: 0.5, 2, 1.25. */
function trimNumber(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}

const EARTH_RADIUS_M = 6371008.8;

/** Great-circle distance in metres between two [lng, lat] points (haversine formula). */
export function haversineMetres(a: readonly [number, number], b: readonly [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * rad;
  const dLng = (b[0] - a[0]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

// ---------------------------------------------------------------------------------------------
// Text and frame

/**
 * The largest font size, from `start` down to `min`, at which `measure(size)` fits in `maxWidth`.
 * Text width grows in proportion to the size, so the first guess is a proportional one; the steps
 * after it absorb rounding and hinting. Returns `min` when even that is too wide: the caller must
 * still guard against overflow (canvas fillText's maxWidth does).
 */
export function fitFontSize(measure: (size: number) => number, maxWidth: number, start: number, min: number): number {
  const first = measure(start);
  if (first <= maxWidth) return start;
  let size = Math.max(min, Math.min(start, Math.floor((start * maxWidth) / first)));
  while (size > min && measure(size) > maxWidth) size = Math.max(min, size - 1);
  return size;
}

/**
 * The furniture's scale: it is designed for a 1920×1080 frame and grows or shrinks with the frame,
 * within limits, so that a smaller or larger request looks the same rather than crowded or tiny.
 */
export function furnitureUnit(width: number, height: number): number {
  return Math.min(2, Math.max(0.5, Math.min(width / 1920, height / 1080)));
}

/**
 * The zoom at which a frame shows the area the live map shows: the same centre, the zoom shifted by
 * log2 of the size ratio (each zoom level doubles the scale). Given both sizes, the smaller ratio
 * wins, so that nothing the viewer saw is cut off whether the live map is wider or taller than the
 * frame; given the width only, the widths decide.
 */
export function scaledZoom(
  zoom: number,
  view: { width?: number | undefined; height?: number | undefined },
  frame: { width: number; height: number },
): number {
  const ratios: number[] = [];
  if (view.width && view.width > 0) ratios.push(frame.width / view.width);
  if (view.height && view.height > 0) ratios.push(frame.height / view.height);
  return ratios.length > 0 ? zoom + Math.log2(Math.min(...ratios)) : zoom;
}

// ---------------------------------------------------------------------------------------------
// Where the furniture goes, and the room it leaves the map's subject

/** Fixed sizes of the furniture in design units (a 1920×1080 frame; see furnitureUnit). */
export const FURNITURE = {
  /** Between the panels and the frame's edges, the band and the footer. */
  margin: 32,
  footerHeight: 40,
  north: { width: 48, height: 84 },
  scale: { maxBar: 160, size: 15, padding: 10, barHeight: 6 },
  /** The subject keeps this far from every piece of furniture: line ends and their labels need air. */
  breathing: 24,
} as const;

/** A rectangle by its edges, in design units from the frame's top left corner. */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface FurnitureLayout {
  band: Rect;
  footer: Rect;
  /** Empty (zero width) when there is no legend. */
  legend: Rect;
  north: Rect;
  /** The largest the scale bar's panel can be; the drawn one is as wide as its round distance. */
  scale: Rect;
  /** What the furniture leaves of the frame: the subject is fitted in here, `breathing` inside it. */
  free: Rect;
}

/** The scale bar's panel at its widest: the longest bar (its label is always shorter). */
export function scaleBox(): { width: number; height: number } {
  const { maxBar, size, padding, barHeight } = FURNITURE.scale;
  return { width: maxBar + 2 * padding, height: size + barHeight + 3 * padding };
}

/** The room the legend column may take: between the band and the footer, inside the margins. */
export function legendRoom(frameHeight: number, bandHeight: number): number {
  return frameHeight - bandHeight - FURNITURE.footerHeight - 2 * FURNITURE.margin;
}

/**
 * Places the furniture in a frame of the given size (design units): the title band across the top,
 * the footer across the bottom, the legend bottom left, the north arrow top right, the scale bar
 * bottom right. The free rectangle lies between them; the map's subject is fitted inside it.
 */
export function layoutFurniture(
  frame: { width: number; height: number },
  bandHeight: number,
  legend: { width: number; height: number },
): FurnitureLayout {
  const { margin, footerHeight, north } = FURNITURE;
  const footerTop = frame.height - footerHeight;
  const scale = scaleBox();
  const legendRect: Rect =
    legend.width > 0
      ? {
          left: margin,
          top: footerTop - margin - legend.height,
          right: margin + legend.width,
          bottom: footerTop - margin,
        }
      : { left: 0, top: bandHeight, right: 0, bottom: footerTop };
  const northRect: Rect = {
    left: frame.width - margin - north.width,
    top: bandHeight + margin,
    right: frame.width - margin,
    bottom: bandHeight + margin + north.height,
  };
  const scaleRect: Rect = {
    left: frame.width - margin - scale.width,
    top: footerTop - margin - scale.height,
    right: frame.width - margin,
    bottom: footerTop - margin,
  };
  return {
    band: { left: 0, top: 0, right: frame.width, bottom: bandHeight },
    footer: { left: 0, top: footerTop, right: frame.width, bottom: frame.height },
    legend: legendRect,
    north: northRect,
    scale: scaleRect,
    free: {
      left: legendRect.right,
      top: bandHeight,
      right: Math.min(northRect.left, scaleRect.left),
      bottom: footerTop,
    },
  };
}

/**
 * The camera padding, in CSS pixels of the frame, that fits the subject into the free rectangle
 * with `breathing` room on every side (`unit`: see furnitureUnit).
 */
export function cameraPadding(
  layout: FurnitureLayout,
  frame: { width: number; height: number },
  unit: number,
): { top: number; bottom: number; left: number; right: number } {
  const { free } = layout;
  const air = FURNITURE.breathing;
  return {
    top: (free.top + air) * unit,
    bottom: (frame.height - free.bottom + air) * unit,
    left: (free.left + air) * unit,
    right: (frame.width - free.right + air) * unit,
  };
}

/**
 * Splits items of the given heights into columns no taller than `maxHeight`, in order; an item
 * taller than that gets a column of its own. Returns the indices in each column.
 */
export function packColumns(heights: readonly number[], maxHeight: number, gap = 0): number[][] {
  const columns: number[][] = [];
  let current: number[] = [];
  let used = 0;
  heights.forEach((h, i) => {
    const needed = current.length === 0 ? h : used + gap + h;
    if (current.length > 0 && needed > maxHeight) {
      columns.push(current);
      current = [i];
      used = h;
    } else {
      current.push(i);
      used = needed;
    }
  });
  if (current.length > 0) columns.push(current);
  return columns;
}

// ---------------------------------------------------------------------------------------------
// PNG and file name

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from a PNG's IHDR chunk (always the first chunk); null for anything else. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes.length < 24) return null;
  if (PNG_SIGNATURE.some((b, i) => bytes[i] !== b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const type = String.fromCharCode(...bytes.subarray(12, 16));
  if (type !== 'IHDR') return null;
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  return width > 0 && height > 0 ? { width, height } : null;
}

/**
 * e.g. jinan-blueprint-370114-2026-11-27@2x.png. The same naming and sanitising ([a-z0-9-] parts,
 * Chinese-only parts left out) as the CSV and GeoJSON exports, so that saved files sort together.
 */
export function imageFileName(parts: string[], date: Date, pixelRatio: 1 | 2): string {
  const stem = exportFileName('csv', parts, date).replace(/\.csv$/, '');
  return `${stem}${pixelRatio === 2 ? '@2x' : ''}.png`;
}

// ---------------------------------------------------------------------------------------------
// Legend

export type LegendKeyKind = 'fill' | 'line' | 'dashed' | 'dotted' | 'dot' | 'ring';

export interface LegendEntry {
  label: string;
  kind: LegendKeyKind;
  colour: string;
  /** Outline of a 'fill' key, for a fill too pale to see on white. */
  outline?: string;
}

export interface LegendGroup {
  heading: string;
  entries: LegendEntry[];
}

/**
 * The keys of the page's legend (src/explore/Legend.tsx), from the same constants and strings,
 * for the image: zones, line modes and what solid, dashed and dotted mean, categories, sites.
 */
export function imageLegend(lang: Lang): LegendGroup[] {
  const t = (key: MessageKey) => translate(lang, key);
  const grey = '#555555';
  const rail = MODE_COLOURS.rail ?? grey;
  return [
    {
      heading: t('legend.zones'),
      entries: ZONES.filter((z) => z !== '全市').map((z) => ({
        label: labelOf('zone', z, lang),
        kind: 'fill' as const,
        colour: ZONE_COLOURS[z],
      })),
    },
    {
      heading: t('legend.lines'),
      entries: [
        ...(['rail', 'waterway', 'road'] as const).map((m) => ({
          label: labelOf('mode', m, lang),
          kind: 'line' as const,
          colour: MODE_COLOURS[m] ?? grey,
        })),
        { label: t('legend.operating'), kind: 'line', colour: grey },
        { label: t('legend.planned'), kind: 'dashed', colour: grey },
        { label: t('legend.schematic'), kind: 'dotted', colour: grey },
      ],
    },
    {
      heading: t('categories.title'),
      entries: CATEGORIES.map((c) => ({
        label: labelOf('category', c, lang),
        kind: 'dot' as const,
        colour: CATEGORY_COLOURS[c],
      })),
    },
    {
      heading: t('legend.points'),
      entries: [
        { label: t('legend.site'), kind: 'dot', colour: rail },
        { label: t('legend.siteApprox'), kind: 'ring', colour: rail },
        {
          label: t('legend.chosen'),
          kind: 'fill',
          colour: palette.districtChosen,
          outline: palette.districtChosenLine,
        },
      ],
    },
  ];
}
