import type { Plugin } from 'vite';
import { afterCharset } from './html.ts';

// The Content Security Policy of the built page. It travels inside index.html as a <meta> element, so it
// holds wherever dist/ is served from (any static server, an intranet share, a USB stick) without server
// configuration. Only the build carries it: the dev server and React's fast refresh need inline scripts.
//
// Everything comes from the page's own origin. Relaxations, each needed by the app:
// - img-src data: — MapLibre's style sheet draws its control icons as data: SVG images.
// - img-src blob: — the print sheet shows the composed PNG from a blob: URL (and MapLibre decodes
//   images through blob: URLs where createImageBitmap is missing).
// - style-src stays 'self': React's style props and MapLibre's positioning write element.style through
//   the CSSOM, which CSP does not restrict; no <style> element or style="" attribute is parsed at run time.
// - script-src 'self' without 'unsafe-eval': zod (the catalogue and deck schemas) runs at build time and in
//   tests only; the browser bundle parses the pre-validated data as JSON.
// - worker-src 'self': MapLibre 6 starts its worker from a same-origin file; the service worker is
//   same-origin too.
// frame-ancestors cannot be set from a <meta> element (browsers ignore it there); a server that wants it
// sends it as a header.
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'worker-src': ["'self'"],
  'connect-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'style-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
};

/**
 * The policy for a build mode. The test build (`--mode test`, served by the browser tests and the
 * benchmark) can generate a synthetic catalogue in the page and hands its map data to MapLibre as blob:
 * URLs, so only there connect-src also allows blob:. The production build never makes such data.
 */
export function cspFor(mode: string): string {
  return Object.entries(CSP_DIRECTIVES)
    .map(([name, sources]) => {
      const all = mode === 'test' && name === 'connect-src' ? [...sources, 'blob:'] : sources;
      return `${name} ${all.join(' ')}`;
    })
    .join('; ');
}

export const CSP = cspFor('production');

/** Puts the policy right after the charset declaration, before any script, style sheet or link. */
export function injectCsp(html: string, policy = CSP): string {
  return afterCharset(html, `<meta http-equiv="Content-Security-Policy" content="${policy}" />`);
}

export function contentSecurityPolicy(): Plugin {
  let mode = 'production';
  return {
    name: 'blueprint:csp',
    apply: 'build',
    configResolved(config) {
      mode = config.mode;
    },
    // Last, so that no tag another plugin adds can end up before the policy.
    transformIndexHtml: { order: 'post', handler: (html) => injectCsp(html, cspFor(mode)) },
  };
}
