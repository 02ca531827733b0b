import extent from '../../geo/basemap/extent.json';

type Bounds = [number, number, number, number];

/** Jinan's outline bounds (W, S, E, N), derived by the basemap script. */
export const JINAN_BOUNDS = extent.jinan as Bounds;
/** The region the basemap covers; the camera may not wander beyond it. */
export const REGION_BOUNDS = extent.region as Bounds;
