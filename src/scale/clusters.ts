import type { ExpressionSpecification, GeoJSONSourceSpecification, LayerSpecification } from 'maplibre-gl';
import { FONT_REGULAR } from '../map/fonts';
import { TILE_BUFFER, TILE_ZOOM } from '../map/tileZoom';

// Point clustering for large catalogues (the synthetic 10,000- and 100,000-item scale tests): at
// city zoom tens of thousands of dots and labels are neither readable nor cheap to place, so below
// SYNTHETIC_POINT_MINZOOM the map shows clusters from a second source and the individual points and
// labels of the items source only from that zoom on. The item layers themselves are untouched.
//
// Clusters summarise ALL point items, whatever the panel has chosen: the panel's filters apply to
// the individual points from SYNTHETIC_POINT_MINZOOM on. A clustered GeoJSON source counts every
// feature it holds (a layer filter only hides clusters, it cannot re-count them), so filtered
// clusters would need the source's data replaced on every filter change.

export const CLUSTER_SOURCE = 'item-clusters';

/**
 * In large mode the individual points and labels (from SYNTHETIC_POINT_MINZOOM on) read the items' data
 * through a source of their own. A tile holds only the layers visible at its own zoom, so the items
 * source could not draw them from its zoom-8 tiles (src/map/tiles.ts); on their own source they leave
 * the lines and areas to reuse those tiles. Between the city view and SYNTHETIC_POINT_MINZOOM this
 * source loads nothing (see lateIndexLayer).
 */
export const LATE_ITEM_SOURCE = 'items-late';

/** In large mode the items source's points and labels show from this zoom; clusters show below it. */
export const SYNTHETIC_POINT_MINZOOM = 11;

interface PointLike {
  properties?: { label?: unknown; kind?: unknown } | null;
  geometry?: { type?: unknown } | null;
}

/**
 * The point items of the items source's data: their Point geometries, without the label points
 * (one per item, lines included) that would count every point twice and every line once.
 */
export function clusterData(map: { features: readonly object[] }): { type: 'FeatureCollection'; features: object[] } {
  return {
    type: 'FeatureCollection',
    features: map.features.filter((f) => {
      const { properties, geometry } = f as PointLike;
      return properties?.label !== true && geometry?.type === 'Point';
    }),
  };
}

/** Every item's label point in the items source's data, by item id. */
export function labelPoints(map: { features: readonly object[] }): Map<string, object> {
  const out = new Map<string, object>();
  for (const f of map.features) {
    const { properties } = f as { properties?: { label?: unknown; id?: unknown } | null };
    if (properties?.label === true) out.set(String(properties.id), f);
  }
  return out;
}

/** The clustered source; `data` is clusterData(…) (or a URL to it). */
export function clusterSource(data: unknown): GeoJSONSourceSpecification {
  return {
    type: 'geojson',
    data: data as GeoJSONSourceSpecification['data'],
    cluster: true,
    clusterRadius: 50,
    // Clusters are only drawn below SYNTHETIC_POINT_MINZOOM; the layers' maxzoom hides them from there.
    clusterMaxZoom: SYNTHETIC_POINT_MINZOOM,
  };
}

/**
 * What the late source keeps of the items' data: the point items and every item's label point, all
 * its layers draw. Without the lines and areas a tile has far less to cut and to send. A source
 * filter runs on plain GeoJSON features, where `geometry-type` is not known, so it reads properties.
 */
export const LATE_ITEM_FILTER: ExpressionSpecification = [
  'any',
  ['==', ['get', 'label'], true],
  ['==', ['get', 'kind'], 'point'],
];

/** The late points' source: the items' data, tiled at the zoom its layers start (and reused closer in, see tiles.ts). */
export function lateItemSource(data: string, promoteId: string): GeoJSONSourceSpecification {
  return {
    type: 'geojson',
    data,
    promoteId,
    maxzoom: SYNTHETIC_POINT_MINZOOM,
    filter: LATE_ITEM_FILTER,
    buffer: TILE_BUFFER,
  };
}

/**
 * A layer that draws nothing and keeps the late source in use at the city view (below zoom 9). A
 * source in use is tiled there too, so its index has cut the city into zoom-8 pieces before anyone
 * zooms in. Without it, the first zoom-11 tile (the first search result, say) is cut from the whole
 * city's items in one go, which delays that result's first idle (figures: bench/README.md). It stops
 * below the zooms a zone or a district is framed at, which then load no tile of this source at all.
 */
export function lateIndexLayer(): LayerSpecification {
  return {
    id: 'item-late-index',
    type: 'circle',
    source: LATE_ITEM_SOURCE,
    maxzoom: TILE_ZOOM + 1,
    filter: false,
  };
}

/**
 * In large mode a search's results are labelled from a small source of their own, tiled at TILE_ZOOM
 * like the items and reused at every closer zoom. Their labels are then laid out while the reader types,
 * and the result's view needs no new tile with text in it: such a tile waits for its glyphs from the main
 * thread, which is busy drawing the jump, and costs two more frames (bench/README.md).
 */
export const HIT_LABEL_SOURCE = 'item-hits';

/** Up to this many search results are labelled from HIT_LABEL_SOURCE; more fall back to the late labels. */
export const MAX_HIT_LABELS = 500;

export function hitLabelSource(promoteId: string): GeoJSONSourceSpecification {
  return {
    type: 'geojson',
    data: { type: 'FeatureCollection', features: [] },
    promoteId,
    maxzoom: TILE_ZOOM,
    tolerance: 0,
    buffer: TILE_BUFFER,
  };
}

/** The label points of these items, as HIT_LABEL_SOURCE's data (ids without a label point are skipped). */
export function hitLabelData(
  labels: ReadonlyMap<string, object>,
  ids: Iterable<string>,
): { type: 'FeatureCollection'; features: object[] } {
  const features: object[] = [];
  for (const id of ids) {
    const label = labels.get(id);
    if (label) features.push(label);
  }
  return { type: 'FeatureCollection', features };
}

const isCluster: ExpressionSpecification = ['has', 'point_count'];

/** A cluster disc and its count, drawn below SYNTHETIC_POINT_MINZOOM. Add them above the item shapes. */
export function clusterLayers(): LayerSpecification[] {
  return [
    {
      id: 'item-cluster',
      type: 'circle',
      source: CLUSTER_SOURCE,
      filter: isCluster,
      maxzoom: SYNTHETIC_POINT_MINZOOM,
      paint: {
        // Steps, not a smooth scale: a reader compares a few sizes at a glance, not radii.
        'circle-radius': ['step', ['get', 'point_count'], 12, 50, 16, 500, 21, 5000, 27],
        // A calm slate blue that no category colour uses, so that a cluster never reads as a category.
        'circle-color': '#5a7896',
        'circle-opacity': 0.85,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1.5,
      },
    },
    {
      id: 'item-cluster-count',
      type: 'symbol',
      source: CLUSTER_SOURCE,
      filter: isCluster,
      maxzoom: SYNTHETIC_POINT_MINZOOM,
      layout: {
        // Supercluster's own abbreviation (12k); digits and k are in the shipped font subset.
        'text-field': ['get', 'point_count_abbreviated'],
        'text-font': [FONT_REGULAR],
        'text-size': 12,
        // A count belongs to its disc: never drop it for a collision.
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': '#ffffff' },
    },
  ];
}
