import type { StyleSpecification } from 'maplibre-gl';
import type { LegendGroup } from '../map/legend';

// What a saved image is asked for: the view to draw and the furniture around it. Its own module so
// that the parts of the export (offscreenMap.ts, furniture.ts) and the request builder can share the
// types without importing the composer that imports them.

export interface ImageFurniture {
  /** e.g. 济南蓝图. */
  title: string;
  /** e.g. the slide's caption; may be empty. */
  subtitle: string;
  legend: LegendGroup[];
  /**
   * e.g. '数据截至 2026-12-06' (the catalogue's review date), or '数据截至 2024-06 · as of 2024-06' for
   * the plan at another month; composed by the caller.
   */
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
