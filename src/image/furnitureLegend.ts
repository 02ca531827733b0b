import type { LegendEntry, LegendGroup } from '../map/legend';
import { font, INK, INK_SOFT, panel, roundRect, textWidth, WHITE } from './furniture';
import { packColumns } from './imageLayout';

// The saved image's legend: the keys of the map's one legend definition (src/map/legend.ts), which
// the page's legend draws too, laid out in columns beside the map and drawn on the canvas.

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

export interface LegendLayout {
  width: number;
  height: number;
  columns: { x: number; groups: LegendGroup[] }[];
}

const groupHeight = (g: LegendGroup) => LEGEND.headingHeight + g.entries.length * LEGEND.rowHeight;

/** Groups in columns no taller than the room beside the map; the box sized to its text. */
export function layoutLegend(ctx: CanvasRenderingContext2D, groups: LegendGroup[], maxHeight: number): LegendLayout {
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

export function drawLegend(ctx: CanvasRenderingContext2D, legend: LegendLayout, left: number, top: number): void {
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

/** One key, 30 units wide, drawn for paper rather than for the map beneath the page's legend. */
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
    // A dot's white halo (it sets a site off the map) would vanish on the paper panel and only
    // shrink the dot, so the image leaves it out.
    case 'dot':
    case 'ring':
      ctx.beginPath();
      ctx.arc(x + 15, y, 6, 0, 2 * Math.PI);
      ctx.fillStyle = entry.kind === 'dot' ? entry.colour : WHITE;
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
): void {
  ctx.beginPath();
  ctx.moveTo(x + 2, y);
  ctx.lineTo(x + 28, y);
  ctx.strokeStyle = colour;
  ctx.lineWidth = kind === 'dotted' ? 2.5 : 4;
  ctx.lineCap = kind === 'dotted' ? 'round' : 'butt';
  ctx.setLineDash(kind === 'dashed' ? [7, 4] : kind === 'dotted' ? [0.1, 5] : []);
  ctx.stroke();
}
