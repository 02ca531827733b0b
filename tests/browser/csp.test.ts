import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pngSize } from '../../src/image/imageLayout';
import { ARTIFACTS, DIST, openIdle, PRODUCTION_DIST, settle, sharedSession } from './harness';

// The Content Security Policy travels inside the built index.html. These tests read it from the file
// that ships (dist/), prove the browser enforces it, and walk a whole session under it without a single
// violation. The page is the test build's, whose policy differs from it only by letting connect-src read
// blob: data (its synthetic catalogue; tests/budget/production.test.ts checks).

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
    const s = sharedSession(() => openIdle('', { width: 1600, height: 1000 }));

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

    // In the same page as the refusals above (one page load fewer); it counts only what follows them.
    it('a whole session — a zone, search, a card, meeting mode, a saved image — makes no violation and no error', async () => {
      const from = {
        csp: s.cspViolations.length,
        errors: s.consoleErrors.length,
        foreign: s.foreign.length,
        failed: s.failed.length,
      };
      const { page } = s;
      await page.locator('button[data-zone="东强"]').click();
      await settle(page);
      await page.locator('button[data-zone="东强"]').click();
      await settle(page);

      const box = page.getByRole('searchbox');
      await box.fill('jlgt');
      await expect
        .poll(() => page.locator('#item-list button.item-row').first().getAttribute('data-id'))
        .toBe('hsr-jinan-laiwu');
      await page.locator('#item-list button.item-row[data-id="hsr-jinan-laiwu"]').click();
      const card = page.locator('.card');
      await expect.poll(() => card.getAttribute('data-item')).toBe('hsr-jinan-laiwu');
      // The long texts (a lazy JSON file) and the sources as links.
      await expect.poll(() => card.textContent()).toContain('创建国际性综合交通枢纽城市');
      await settle(page);
      await page.getByRole('button', { name: '关闭项目卡片' }).click();
      await box.fill('');

      // Meeting mode: a lazy chunk, the caption, the QR code, a saved PNG.
      await page.getByRole('button', { name: '演示', exact: true }).click();
      await page.getByTestId('progress').waitFor({ timeout: 30_000 });
      await settle(page);
      await page.keyboard.press('PageDown');
      await expect.poll(() => page.getByTestId('progress').textContent()).toMatch(/^2 \/ \d+$/);
      await settle(page);
      await page.keyboard.press('PageDown');
      await expect.poll(() => page.getByTestId('progress').textContent()).toMatch(/^3 \/ \d+$/);
      await settle(page);
      const qr = page.getByTestId('qr');
      if ((await qr.count()) === 0) await page.getByRole('button', { name: '二维码' }).click();
      await expect.poll(() => qr.count()).toBe(1);
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 60_000 }),
        page.getByRole('button', { name: '保存图片', exact: true }).click(),
      ]);
      const file = path.join(ARTIFACTS, 'csp-session.png');
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      await download.saveAs(file);
      expect(pngSize(new Uint8Array(fs.readFileSync(file)))).toEqual({ width: 1920, height: 1080 });
      // The print sheet: the composed image shown from a blob: URL.
      await page.getByRole('button', { name: '打印 A4' }).click();
      await expect.poll(() => page.locator('img.print-sheet').count(), { timeout: 60_000 }).toBe(1);
      await expect
        .poll(() => page.locator('img.print-sheet').evaluate((img: HTMLImageElement) => img.naturalWidth), {
          timeout: 30_000,
        })
        .toBeGreaterThan(0);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator('.presenter').count()).toBe(0);
      await settle(page);

      expect(s.cspViolations.slice(from.csp)).toEqual([]);
      expect(s.consoleErrors.slice(from.errors)).toEqual([]);
      expect(s.foreign.slice(from.foreign)).toEqual([]);
      expect(s.failed.slice(from.failed)).toEqual([]);
    });
  });
});
