import type { Plugin } from 'vite';

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

export const CSP = Object.entries(CSP_DIRECTIVES)
  .map(([name, sources]) => `${name} ${sources.join(' ')}`)
  .join('; ');

const META = `<meta http-equiv="Content-Security-Policy" content="${CSP}" />`;

/** Puts the policy right after the charset declaration, before any script, style sheet or link. */
export function injectCsp(html: string): string {
  const charset = /<meta\s+charset=[^>]*>/i.exec(html);
  if (charset) {
    const end = charset.index + charset[0].length;
    return `${html.slice(0, end)}\n    ${META}${html.slice(end)}`;
  }
  return html.replace(/<head[^>]*>/i, (head) => `${head}\n    ${META}`);
}

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'blueprint:csp',
    apply: 'build',
    // Last, so that no tag another plugin adds can end up before the policy.
    transformIndexHtml: { order: 'post', handler: injectCsp },
  };
}
