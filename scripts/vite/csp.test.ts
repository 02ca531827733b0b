import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSP, cspFor, injectCsp } from './csp.ts';

describe('the Content Security Policy plugin', () => {
  it('puts the policy right after the charset, before every script and link', () => {
    const html = `<!doctype html><html><head>\n<meta charset="UTF-8" />\n<script type="module" src="/a.js"></script></head></html>`;
    const out = injectCsp(html);
    const meta = out.indexOf('http-equiv="Content-Security-Policy"');
    expect(meta).toBeGreaterThan(out.indexOf('charset'));
    expect(meta).toBeLessThan(out.indexOf('<script'));
    expect(out).toContain(`content="${CSP}"`);
  });

  it('falls back to the start of <head> when there is no charset declaration', () => {
    const out = injectCsp('<html><head><link rel="icon" href="/i.svg"></head></html>');
    expect(out.indexOf('Content-Security-Policy')).toBeLessThan(out.indexOf('<link'));
  });

  it('allows no inline script, no eval and nothing from another origin', () => {
    expect(CSP).toMatch(/(^|; )script-src 'self'(;|$)/);
    expect(CSP).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
    // A double quote would end the content attribute early.
    expect(CSP).not.toContain('"');
  });

  it('lets only the test build read blob: data (its synthetic catalogue), and changes nothing else', () => {
    const production = cspFor('production').split('; ');
    const test = cspFor('test').split('; ');
    expect(production.find((d) => d.startsWith('connect-src'))).toBe("connect-src 'self'");
    expect(test.find((d) => d.startsWith('connect-src'))).toBe("connect-src 'self' blob:");
    expect(test.filter((d) => !d.startsWith('connect-src'))).toEqual(
      production.filter((d) => !d.startsWith('connect-src')),
    );
  });
});

describe('no HTML is written from strings', () => {
  it('src/ never uses innerHTML, outerHTML, insertAdjacentHTML, document.write or dangerouslySetInnerHTML', () => {
    const SRC = path.resolve(import.meta.dirname, '../../src');
    const files = fs
      .readdirSync(SRC, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(ts|tsx)$/.test(f) && !f.endsWith('.test.ts') && !f.endsWith('.test.tsx'));
    expect(files.length).toBeGreaterThan(20);
    const sink = /\b(innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write(ln)?)\b/;
    const offenders = files.filter((f) => sink.test(fs.readFileSync(path.join(SRC, f), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
