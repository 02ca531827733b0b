import regularUrl from '../generated/noto-sans-sc-regular.woff2?url';

// The subset of Noto Sans SC the build makes (scripts/vite/font-subset.ts). MapLibre draws every
// label from this file via the style's `font-faces`, so no glyph server is needed and a machine
// without a CJK font still shows Chinese. One weight: emphasis on the map comes from size and halo.
export const FONT_REGULAR = 'Noto Sans SC';

export const fontFaces = {
  [FONT_REGULAR]: regularUrl,
};

export { regularUrl };
