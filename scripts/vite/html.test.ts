import { describe, expect, it } from 'vitest';
import { injectCsp } from './csp';
import { afterCharset } from './html';

const page = `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width" />
    <link rel="preload" href="/font.woff2" as="font" crossorigin />
    <script type="module" src="/assets/index.js"></script>
  </head>
</html>`;

const ENGINE = '<link rel="modulepreload" fetchpriority="high" crossorigin href="/assets/maplibre-gl-x.js">';

describe('afterCharset', () => {
  it('puts the engine’s preload before every other request of the page, and the policy before it', () => {
    // The order the build runs them in: preload-early-map.ts, then the policy (csp.ts; vite.config.ts).
    const out = injectCsp(afterCharset(page, ENGINE));
    const at = (s: string) => out.indexOf(s);
    expect(at('charset')).toBeLessThan(at('Content-Security-Policy'));
    expect(at('Content-Security-Policy')).toBeLessThan(at(ENGINE));
    expect(at(ENGINE)).toBeLessThan(at('/font.woff2'));
    expect(at(ENGINE)).toBeLessThan(at('/assets/index.js'));
  });

  it('puts a tag first in the head of a page without a charset declaration', () => {
    const out = afterCharset('<html><head><title>x</title></head></html>', ENGINE);
    expect(out.indexOf(ENGINE)).toBeLessThan(out.indexOf('<title>'));
    expect(out.indexOf('<head>')).toBeLessThan(out.indexOf(ENGINE));
  });
});
