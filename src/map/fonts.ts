import boldUrl from '../generated/noto-sans-sc-bold.woff2?url';
import regularUrl from '../generated/noto-sans-sc-regular.woff2?url';

// The subset of Noto Sans SC the build makes (scripts/vite/font-subset.ts). MapLibre draws every
// label from these files via the style's `font-faces`, so no glyph server is needed and a machine
// without a CJK font still shows Chinese.
export const FONT_REGULAR = 'Noto Sans SC';
export const FONT_BOLD = 'Noto Sans SC Bold';

export const fontFaces = {
  [FONT_REGULAR]: regularUrl,
  [FONT_BOLD]: boldUrl,
};

export { boldUrl, regularUrl };
