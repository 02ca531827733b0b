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
