// Decisions about the screen that more than one part of the interface has to agree on.

export const isPhone = (): boolean => window.innerWidth <= 480;

/**
 * The legend is open on a desk or a projector, and folded (one click away) on a phone or a short
 * screen, where it would cover a good part of the map. The camera keeps clear of it when open.
 */
export function legendStartsOpen(): boolean {
  return !isPhone() && window.innerHeight >= 800;
}
