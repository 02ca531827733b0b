import { describe, expect, it } from 'vitest';
import { openApp } from './harness';

describe('when the map cannot start', () => {
  it('says so in the interface, in words, when the browser has no WebGL', async () => {
    const s = await openApp('', { width: 1280, height: 720 }, ['--disable-webgl', '--disable-3d-apis']);
    try {
      const alert = s.page.getByRole('alert');
      await expect.poll(() => alert.count(), { timeout: 30_000 }).toBe(1);
      expect(await alert.textContent()).toContain('地图无法显示');
      expect(await alert.textContent()).toContain('WebGL2');
      expect(await s.page.locator('.map').getAttribute('data-map-phase')).toBe('error');
      // The title stays: the page does not go blank.
      expect(await s.page.locator('h1').textContent()).toBe('济南蓝图');
    } finally {
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
