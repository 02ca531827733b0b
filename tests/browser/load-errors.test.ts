import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, type Session } from './harness';

// A file of the build that fails to load is named in the interface, where it matters, and the rest of
// the page keeps working. The service worker is kept out so that each request meets the failure.

type Failure = 'missing' | 'broken';

/** Answers the build's files whose name matches with a 404, or with a cut-off body. */
function fail(name: RegExp, how: Failure) {
  return async (context: BrowserContext) => {
    await context.route(
      (url) => name.test(url.pathname.split('/').pop() ?? ''),
      (route) =>
        how === 'missing'
          ? route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not Found' })
          : route.fulfill({ status: 200, contentType: 'application/json', body: '{"version": 1, "items": [' }),
    );
  };
}

function open(name: RegExp, how: Failure, query = '', browserArgs: string[] = []): Promise<Session> {
  return openApp(query, { width: 1400, height: 900 }, browserArgs, {
    routes: fail(name, how),
  });
}

const listed = (page: Page) =>
  page.locator('#item-list button.item-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id') ?? ''));

/** The panel still lists the catalogue and its search still narrows the list. */
async function panelWorks(page: Page) {
  await expect.poll(async () => (await listed(page)).length, { timeout: 30_000 }).toBeGreaterThan(100);
  const all = (await listed(page)).length;
  await page.getByRole('searchbox').fill('jlgt');
  await expect.poll(() => listed(page)).toContain('hsr-jinan-laiwu');
  expect((await listed(page)).length).toBeLessThan(all);
  await page.getByRole('searchbox').fill('');
  await expect.poll(async () => (await listed(page)).length).toBe(all);
}

describe('the catalogue fails to load', () => {
  for (const how of ['missing', 'broken'] as const) {
    it(`names the file when it is ${how}`, async () => {
      const s = await open(/^catalog-[\w-]+\.json$/, how);
      try {
        const alert = s.page.getByRole('alert');
        await expect.poll(() => alert.count(), { timeout: 30_000 }).toBe(1);
        const text = (await alert.textContent()) ?? '';
        expect(text).toContain('项目数据无法载入');
        expect(text).toMatch(/catalog-[\w-]+\.json/);
        expect(text).toContain(how === 'missing' ? 'HTTP 404' : 'JSON');
        // What the file said is shown as text, never as markup.
        expect(await alert.locator('code').count()).toBe(1);
      } finally {
        await s.close();
      }
    });
  }
});

describe('the app’s own script fails to load', () => {
  it('replaces the loading line with a message naming the file', async () => {
    const s = await open(/^boot-[\w-]+\.js$/, 'missing');
    try {
      const alert = s.page.getByRole('alert');
      await expect.poll(() => alert.count(), { timeout: 30_000 }).toBe(1);
      const text = (await alert.textContent()) ?? '';
      expect(text).toContain('页面未能加载');
      expect(text).toContain('The page failed to load');
      expect(await alert.locator('code').textContent()).toMatch(/boot-[\w-]+\.js/);
      // The loading line is gone, and nothing of the app half-loaded behind the message.
      expect(await s.page.getByRole('status').count()).toBe(0);
      expect(await s.page.locator('.panel, .map, .overview').count()).toBe(0);
    } finally {
      await s.close();
    }
  });
});

describe('a map file fails to load', () => {
  for (const layer of ['base', 'items'] as const) {
    it(`names ${layer} in the map area and leaves the panel working`, async () => {
      const s = await open(new RegExp(`^${layer}-[\\w-]+\\.geojson$`), 'missing');
      try {
        const problem = s.page.locator(`.map [data-problem="${layer}"]`);
        await problem.waitFor({ timeout: 60_000 });
        const text = (await s.page.locator('.map .map-status--banner').textContent()) ?? '';
        expect(text).toContain('地图数据无法载入');
        expect(text).toMatch(new RegExp(`${layer} · ${layer}-[\\w-]+\\.geojson`));
        expect(text).toContain('404');
        // Only the failed file is named, and the map goes on with the others.
        expect(await s.page.locator('.map [data-problem]').count()).toBe(1);
        await expect
          .poll(() => s.page.locator('.map').getAttribute('data-map-phase'), { timeout: 30_000 })
          .toBe('ready');
        await panelWorks(s.page);
      } finally {
        await s.close();
      }
    });
  }

  it('names it in the static overview too, when there is no WebGL2', async () => {
    const s = await open(/^items-[\w-]+\.geojson$/, 'missing', '', ['--disable-webgl', '--disable-3d-apis']);
    try {
      await s.page.locator('.overview [data-problem="items"]').waitFor({ timeout: 30_000 });
      expect(await s.page.locator('.overview__map path[data-adcode]').count()).toBe(12);
      expect(await s.page.locator('.overview__map [data-item-id]').count()).toBe(0);
      expect(await s.page.locator('.overview [data-problem="items"]').textContent()).toMatch(
        /items · items-[\w-]+\.geojson.*HTTP 404/,
      );
      await panelWorks(s.page);
    } finally {
      await s.close();
    }
  });
});

describe('the projects’ long texts fail to load', () => {
  it('says so in the card, naming the file, and the card keeps its facts', async () => {
    const s = await open(/^details-[\w-]+\.json$/, 'missing', '?item=hsr-jinan-laiwu');
    try {
      const card = s.page.locator('.card[data-item="hsr-jinan-laiwu"]');
      await card.waitFor({ timeout: 30_000 });
      const alert = card.getByRole('alert');
      await expect.poll(() => alert.count(), { timeout: 30_000 }).toBe(1);
      const text = (await alert.textContent()) ?? '';
      expect(text).toContain('详情无法载入');
      expect(text).toMatch(/details-[\w-]+\.json/);
      expect(text).toContain('404');
      expect(await card.locator('.card__title').textContent()).toBe('济莱高铁');
      expect(await card.textContent()).toContain('章丘区');
      await panelWorks(s.page);
    } finally {
      await s.close();
    }
  });
});
