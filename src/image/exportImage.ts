import { download } from '../download';
import type { LegendEntry, LegendGroup } from '../map/legend';
import { bandHeight, drawFooter, drawNorthArrow, drawScaleBar, drawTitleBand, font } from './furniture';
import { drawLegend, layoutLegend } from './furnitureLegend';
import { cameraPadding, furnitureUnit, layoutFurniture, legendRoom } from './imageLayout';
import type { ImageFurniture, ImageRequest } from './imageTypes';
import { drawMap } from './offscreenMap';

// "Save image": the current view drawn by a second, off-screen MapLibre map at the requested size
// (offscreenMap.ts), then composed on a 2D canvas with a title, a legend, a scale bar, a north arrow
// and a footer (furniture.ts, furnitureLegend.ts). Everything comes from the page's own origin (the
// style's GeoJSON and fonts, the CSS font), so it works offline. Loaded on demand; the main bundle
// does not carry it.

export type { ImageFurniture, ImageRequest } from './imageTypes';
export type { LegendEntry, LegendGroup };

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
  const band = bandHeight(req.furniture);
  const legend = layoutLegend(ctx, req.furniture.legend, legendRoom(frame.height, band));
  const layout = layoutFurniture(frame, band, legend);

  const view = await drawMap(req, cameraPadding(layout, frame, unit), ctx);

  // The furniture in design units: the context scaled to the frame and the pixel ratio.
  ctx.setTransform(pr * unit, 0, 0, pr * unit, 0, 0);
  drawTitleBand(ctx, frame.width, band, req.furniture);
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

function toPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The image could not be encoded'))), 'image/png');
  });
}
