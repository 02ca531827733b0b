import { describe, expect, it } from 'vitest';
import { openApp, waitForIdle } from './harness';

describe('when the map cannot start', () => {
  it('says so in the map area, naming the engine file that failed, and the panel keeps working', async () => {
    const s = await openApp('', { width: 1280, height: 720 }, [], {
      routes: async (context) => {
        await context.route(
          (url) => /^maplibre-gl-[\w-]+\.js$/.test(url.pathname.split('/').pop() ?? ''),
          (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not Found' }),
        );
      },
    });
    try {
      const alert = s.page.locator('.map [role="alert"]');
      await alert.waitFor({ timeout: 30_000 });
      const text = (await alert.textContent()) ?? '';
      expect(text).toContain('地图无法显示');
      expect(text).toMatch(/maplibre-gl-[\w-]+\.js/);
      expect(await s.page.locator('.map').getAttribute('data-map-phase')).toBe('error');
      // The title and the panel stay: the page does not go blank.
      expect(await s.page.locator('h1').textContent()).toBe('济南蓝图');
      const rows = s.page.locator('#item-list button.item-row');
      await expect.poll(() => rows.count()).toBeGreaterThan(100);
      await rows.first().click();
      await expect.poll(() => s.page.locator('.card').count()).toBe(1);
    } finally {
      await s.close();
    }
  });
});

describe('on a slow connection', () => {
  it('shows the panel while the map engine is still downloading, then the map', async () => {
    // The engine's script is held back until the test lets it go.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let asked = false;
    const s = await openApp('', { width: 1280, height: 720 }, [], {
      routes: async (context) => {
        await context.route(
          (url) => /^maplibre-gl-[\w-]+\.js$/.test(url.pathname.split('/').pop() ?? ''),
          async (route) => {
            asked = true;
            await held;
            await route.continue();
          },
        );
      },
    });
    try {
      await s.page.getByRole('searchbox').waitFor({ timeout: 30_000 });
      expect(asked).toBe(true);
      expect(await s.page.locator('h1').textContent()).toBe('济南蓝图');
      // No map yet: its own loading line stands in its place.
      expect(await s.page.locator('.map canvas').count()).toBe(0);
      expect(await s.page.locator('.map [role="status"]').textContent()).toContain('地图加载中');
      release();
      await waitForIdle(s.page);
      expect(await s.page.locator('.map canvas').count()).toBe(1);
      await expect.poll(() => s.page.locator('#item-list button.item-row').count()).toBeGreaterThan(100);
    } finally {
      release();
      await s.close();
    }
  });
});

describe("index.html's own loading line", () => {
  it('is not laid out in its first half second, then shows until the app replaces it', async () => {
    // The engine and the app's modules are held back: the page stays as index.html made it.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const s = await openApp('', { width: 1280, height: 720 }, [], {
      routes: async (context) => {
        // What the line was when the page had been parsed: its display, its width and how far its delay had run.
        await context.addInitScript(() => {
          document.addEventListener('DOMContentLoaded', () => {
            const line = document.querySelector('.map-status--later');
            const delay = line?.getAnimations().find((a) => (a as CSSAnimation).animationName === 'appear-later');
            Object.assign(window, {
              __lineAtParsed: line && {
                display: getComputedStyle(line).display,
                width: line.getBoundingClientRect().width,
                time: Number(delay?.currentTime ?? Number.NaN),
              },
            });
          });
        });
        await context.route(
          (url) => /^(maplibre-gl-(?!worker)|boot-)[\w-]+\.js$/.test(url.pathname.split('/').pop() ?? ''),
          async (route) => {
            await held;
            await route.continue();
          },
        );
      },
    });
    try {
      const atParsed = await s.page.evaluate(
        () =>
          (window as unknown as { __lineAtParsed?: { display: string; width: number; time: number } }).__lineAtParsed,
      );
      expect(atParsed, 'the line and its delay, when the page was parsed').toBeTruthy();
      if (!atParsed) return;
      expect(Number.isNaN(atParsed.time)).toBe(false);
      if (atParsed.time < 500) expect(atParsed).toMatchObject({ display: 'none', width: 0 });
      else expect(atParsed.display).toBe('flex');
      // The same at any moment of the delay, set by hand: nothing laid out before 500 ms, the line after.
      const at = (ms: number) =>
        s.page.evaluate((t) => {
          const line = document.querySelector('.map-status--later') as HTMLElement;
          const delay = line.getAnimations().find((a) => (a as CSSAnimation).animationName === 'appear-later');
          if (!delay) return null;
          delay.pause();
          delay.currentTime = t;
          return { display: getComputedStyle(line).display, width: line.getBoundingClientRect().width };
        }, ms);
      expect(await at(0)).toEqual({ display: 'none', width: 0 });
      expect(await at(490)).toEqual({ display: 'none', width: 0 });
      const after = await at(510);
      expect(after?.display).toBe('flex');
      expect(after?.width).toBeGreaterThan(100);
      await s.page.evaluate(() => {
        for (const a of document.querySelector('.map-status--later')?.getAnimations() ?? []) a.finish();
      });
      // Once its delay has run, the line is there with its words and spinner, and drawn: its box's pixels
      // are not the map area's background.
      const line = s.page.locator('.map-status--later');
      await expect.poll(() => line.evaluate((e) => getComputedStyle(e).display)).toBe('flex');
      expect(await line.textContent()).toContain('地图加载中');
      const box = await line.boundingBox();
      expect(box?.width).toBeGreaterThan(100);
      const shot = await s.page.screenshot({ clip: box ?? undefined });
      const stage = await s.page.screenshot({
        clip: { x: 20, y: 20, width: (box?.width ?? 100) | 0, height: (box?.height ?? 40) | 0 },
      });
      expect(shot.equals(stage)).toBe(false);
      release();
      await waitForIdle(s.page);
      expect(await s.page.locator('.map canvas').count()).toBe(1);
      expect(await s.page.locator('.map-status--later').count()).toBe(0);
    } finally {
      release();
      await s.close();
    }
  });
});

describe('the static server used by the tests', () => {
  it('answers a missing file with a real 404, not with index.html', async () => {
    const s = await openApp();
    try {
      const status = await s.page.evaluate(async () => (await fetch('/assets/no-such-file.js')).status);
      expect(status).toBe(404);
    } finally {
      await s.close();
    }
  });
});
