import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, openApp, openIdle, PRODUCTION_DIST, sharedSession } from './harness';

// The Content Security Policy travels inside the built index.html. These tests read it from the file
// that ships (dist/) and prove the browser enforces it. That nothing the app does breaks it is checked by
// every browser test: each session fails on closing if the page reported a violation (harness.ts). The
// page is the test build's, whose policy differs from it only by letting connect-src read blob: data
// (its synthetic catalogue; tests/budget/production.test.ts checks).

const html = fs.readFileSync(path.join(PRODUCTION_DIST, 'index.html'), 'utf8');
const testHtml = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
const policyOf = (text: string) => /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(text)?.[1] ?? '';

describe('the Content Security Policy of the built page', () => {
  it('is declared in index.html before any script, style sheet or link', () => {
    const policy = policyOf(html);
    const directives = new Map(
      policy.split(';').map((d) => {
        const [name = '', ...sources] = d.trim().split(/\s+/);
        return [name, sources] as const;
      }),
    );
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('worker-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('style-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
    const at = html.indexOf('http-equiv="Content-Security-Policy"');
    for (const tag of ['<script', '<link', '<style']) {
      const first = html.indexOf(tag);
      if (first >= 0) expect(at, `the policy precedes ${tag}`).toBeLessThan(first);
    }
    // No inline script at all: every <script> names a file.
    for (const script of html.match(/<script\b[^>]*>[\s\S]*?<\/script>/g) ?? []) {
      expect(script).toMatch(/\ssrc="\/[^"]+"/);
      expect(script).toMatch(/>\s*<\/script>$/);
    }
  });

  describe('in force in the browser', () => {
    const s = sharedSession(() =>
      openIdle('', { width: 1600, height: 1000 }, [], { serviceWorker: true, cspViolationsExpected: true }),
    );

    it('the page runs under that policy', async () => {
      const live = await s.page.evaluate(
        () => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '',
      );
      expect(live).toBe(policyOf(testHtml));
      expect(live.length).toBeGreaterThan(50);
    });

    it('refuses an inline script added to the page', async () => {
      const before = s.cspViolations.length;
      const ran = await s.page.evaluate(async () => {
        const w = window as unknown as { __inlineRan?: boolean };
        const el = document.createElement('script');
        el.textContent = 'window.__inlineRan = true';
        document.body.append(el);
        await new Promise((r) => setTimeout(r, 50));
        el.remove();
        return w.__inlineRan === true;
      });
      expect(ran).toBe(false);
      await expect.poll(() => s.cspViolations.length).toBeGreaterThan(before);
      expect(s.cspViolations.at(-1)).toMatch(/^script-src(-elem)? blocked inline/);
    });

    it('fails any other session that broke the policy, when it closes', async () => {
      const other = await openApp('', { width: 800, height: 600 });
      await other.page.evaluate(() => {
        const el = document.createElement('script');
        el.textContent = 'window.__inlineRan = true';
        document.body.append(el);
      });
      await expect.poll(() => other.cspViolations.length).toBeGreaterThan(0);
      await expect(other.close()).rejects.toThrow(
        /broke its Content Security Policy: script-src(-elem)? blocked inline/,
      );
    });

    it('refuses eval and new Function from the page', async () => {
      // The calls run in a task of the page of their own: code evaluated by the test driver itself may
      // compile strings, the page's own scripts may not.
      const result = await s.page.evaluate(
        () =>
          new Promise<Record<string, string>>((resolve) =>
            setTimeout(() => {
              const tryIt = (f: () => unknown) => {
                try {
                  f();
                  return 'ran';
                } catch (e) {
                  return (e as Error).name;
                }
              };
              resolve({
                // biome-ignore lint/security/noGlobalEval: the test proves the policy refuses it
                eval: tryIt(() => window.eval('1')),
                fn: tryIt(() => new Function('return 1')()),
              });
            }, 0),
          ),
      );
      expect(result).toEqual({ eval: 'EvalError', fn: 'EvalError' });
      await expect.poll(() => s.cspViolations.join('\n')).toContain('script-src blocked eval');
    });

    it('refuses a fetch to another origin before it leaves the page, and reports it', async () => {
      const before = s.cspViolations.length;
      const requestsBefore = s.requests.length;
      const outcome = await s.page.evaluate(() =>
        fetch('https://example.org/tracker.json').then(
          () => 'fetched',
          (e: Error) => e.name,
        ),
      );
      expect(outcome).toBe('TypeError');
      await expect
        .poll(() => s.cspViolations.slice(before).join('\n'))
        .toContain('connect-src blocked https://example.org');
      // Refused by the policy inside the browser: the request never reached the network layer.
      expect(s.requests.slice(requestsBefore).filter((u) => u.includes('example.org'))).toEqual([]);
    });
  });
});
