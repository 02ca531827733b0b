// GCJ-02 → WGS-84. Chinese web-map data (DataV, AutoNavi, Tencent) is published in GCJ-02, which sits
// about 500 m off the true WGS-84 position around Jinan; gcoord implements the conversion.
import gcoord from 'gcoord';

/** Converts a GeoJSON object (Feature, FeatureCollection or geometry) from GCJ-02 to WGS-84. */
export function gcjToWgs84(geojson) {
  return gcoord.transform(geojson, gcoord.GCJ02, gcoord.WGS84);
}

export function wgs84ToGcj(position) {
  return gcoord.transform(position, gcoord.WGS84, gcoord.GCJ02);
}
