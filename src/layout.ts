// Decisions about the screen that more than one part of the interface has to agree on. The style sheets
// use the same numbers: scripts/vite/tokens.ts writes them into custom properties and named media queries.

/** At or below this width (CSS px) the page is laid out for a phone: the panel becomes a bottom sheet. */
export const PHONE_MAX_WIDTH = 480;

/** From this width (a 4K screen at 100 % scale) the interface is enlarged as a whole ... */
export const LARGE_SCREEN_MIN_WIDTH = 2400;
/** ... by this factor, so that it reads like it does at 1080p. */
export const LARGE_SCREEN_SCALE = 1.6;

/** Meeting mode's projector profile draws the map this much larger (CSS scale, and the map's pixel ratio). */
export const PROJECTOR_SCALE = 1.5;

/** The media queries the style sheets name as `@media (--phone)` and `@media (--large-screen)`. */
export const MEDIA = {
  phone: `(max-width: ${PHONE_MAX_WIDTH}px)`,
  'large-screen': `(min-width: ${LARGE_SCREEN_MIN_WIDTH}px)`,
} as const;

export const isPhone = (): boolean => window.innerWidth <= PHONE_MAX_WIDTH;

/** How much larger the interface is drawn on this screen (see LARGE_SCREEN_SCALE). */
export const interfaceScale = (): number => (window.innerWidth >= LARGE_SCREEN_MIN_WIDTH ? LARGE_SCREEN_SCALE : 1);

/**
 * The legend is open on a desk or a projector, and folded (one click away) on a phone or a short
 * screen, where it would cover a good part of the map. The camera keeps clear of it when open.
 */
export function legendStartsOpen(): boolean {
  return !isPhone() && window.innerHeight >= 800;
}
