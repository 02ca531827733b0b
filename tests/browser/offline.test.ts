import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DIST, openIdle, settle, sharedSession, shippedCatalog, waitForIdle, waitForRows } from './harness';

// Offline after the first visit: one visit with the server up installs the service worker, which
// precaches the whole build. Then the server is stopped and the browser cut off from the network, and
// the app must still open, draw the map, list the catalogue, open a card with its long texts and present.

const files = (dir: string): string[] =>
  fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    // Vite's build manifest (.vite/) is read by the byte budget at build time; the page never fetches it.
    .filter((f) => !f.startsWith('.vite') && fs.statSync(path.join(dir, f)).isFile())
    .map((f) => f.split(path.sep).join('/'));

const districts = (page: Page) =>
  page.evaluate(() => {
    const map = window.__blueprint?.map;
    if (!map) return [];
    return [...new Set(map.queryRenderedFeatures({ layers: ['district-fill'] }).map((f) => f.properties.name_zh))];
  });

/** A request the test has the service worker send to another origin: the recorder must catch it. */
const PROBE = 'https://example.com/probe-sent-by-the-service-worker';

describe('offline after the first visit', () => {
  const s = sharedSession(() => openIdle('', { width: 1600, height: 1000 }, [], { serviceWorker: true }));
  const offlineResponses: { url: string; fromWorker: boolean }[] = [];

  it('lists every file of the build in the service worker’s precache', () => {
    const sw = fs.readFileSync(path.join(DIST, 'sw.js'), 'utf8');
    // The worker itself and the Workbox runtime it imports are fetched by the browser's update check.
    // The server's precompressed copies (.br, .gz) are the same files again: never in the precache.
    const copies = files(DIST).filter((f) => /\.(br|gz)$/.test(f));
    expect(copies.length).toBeGreaterThan(10);
    expect(copies.filter((f) => sw.includes(`"${f}"`))).toEqual([]);
    const needed = files(DIST).filter((f) => f !== 'sw.js' && !/^workbox-[\w-]+\.js$/.test(f) && !copies.includes(f));
    expect(needed).toEqual(expect.arrayContaining(['index.html', 'manifest.webmanifest', 'registerSW.js']));
    expect(needed.filter((f) => f.startsWith('assets/')).length).toBeGreaterThan(15);
    const missing = needed.filter((f) => !sw.includes(`"${f}"`));
    expect(missing).toEqual([]);
  });

  it('offers a web app manifest: name, language, standalone display, icons', async () => {
    const manifest = await s.page.evaluate(async () => {
      const href = document.querySelector('link[rel="manifest"]')?.getAttribute('href');
      return href ? (await fetch(href)).json() : null;
    });
    expect(manifest).toMatchObject({ name: '济南蓝图 · Jinan Blueprint', lang: 'zh-CN', display: 'standalone' });
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
    const sizes = manifest.icons
      .filter((i: { type: string }) => i.type === 'image/png')
      .map((i: { sizes: string }) => i.sizes);
    expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
    for (const icon of manifest.icons as { src: string }[]) {
      expect(fs.existsSync(path.join(DIST, icon.src)), icon.src).toBe(true);
    }
  });

  it('installs a service worker that takes control of the page and fills its cache', async () => {
    const { page } = s;
    const state = await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state);
    expect(state).toMatch(/^activat(ing|ed)$/);
    // clients.claim() hands the open page to the new worker; a reload would do the same.
    for (let tries = 0; !(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))); tries++) {
      if (tries >= 2) throw new Error('the service worker never controlled the page');
      await page.reload();
      await waitForIdle(page);
    }
    const expected = (fs.readFileSync(path.join(DIST, 'sw.js'), 'utf8').match(/\{url:"/g) ?? []).length;
    expect(expected).toBeGreaterThan(20);
    const cached = await page.evaluate(async () => {
      let n = 0;
      for (const name of await caches.keys()) n += (await (await caches.open(name)).keys()).length;
      return n;
    });
    expect(cached).toBe(expected);
  });

  it('records the service worker’s own requests: its precache downloads, and a foreign fetch from inside it', async () => {
    // The worker downloaded the precache itself (the page never asks for most of these files): the
    // handler that records every request and fills `foreign` saw each download, marked as the worker's.
    const sw = fs.readFileSync(path.join(DIST, 'sw.js'), 'utf8');
    const precache = [...sw.matchAll(/\{url:"([^"]+)"/g)].map((m) => `/${m[1]}`);
    expect(precache.length).toBeGreaterThan(20);
    const fromWorker = new Set(s.workerRequests.map((u) => new URL(u).pathname));
    expect(precache.filter((p) => !fromWorker.has(p))).toEqual([]);
    // The page's own requests are not taken for the worker's.
    expect(s.workerRequests.length).toBeLessThan(s.requests.length);
    // A request to another origin made by the worker lands in `foreign` and is refused.
    const worker = s.context.serviceWorkers().find((w) => new URL(w.url()).pathname === '/sw.js');
    if (!worker) throw new Error('no service worker /sw.js in the browser context');
    const outcome = await worker.evaluate(async (url) => {
      try {
        await fetch(url, { mode: 'no-cors' });
        return 'answered';
      } catch {
        return 'refused';
      }
    }, PROBE);
    expect(outcome).toBe('refused');
    expect(s.foreign).toEqual([PROBE]);
    expect(s.workerRequests).toContain(PROBE);
  });

  it('with the server stopped and the network cut, a reload draws the map and lists the catalogue', async () => {
    const { page } = s;
    await s.stopServer();
    await s.context.setOffline(true);
    // The server really is gone.
    await expect(fetch(s.origin)).rejects.toThrow();
    page.on('response', (r) => offlineResponses.push({ url: r.url(), fromWorker: r.fromServiceWorker() }));

    await page.reload();
    await waitForIdle(page);
    expect((await districts(page)).length).toBe(12);
    await waitForRows(page, shippedCatalog().items.length);
    // The page, its scripts, the style sheet and the data all came from the worker's cache.
    const urls = offlineResponses.map((r) => new URL(r.url).pathname);
    expect(urls).toEqual(expect.arrayContaining(['/', '/registerSW.js']));
    // The map's two sources: the basemap with the zones, and the items.
    expect(urls.filter((u) => /\/(base|items)-[\w-]+\.geojson$/.test(u)).length).toBeGreaterThanOrEqual(2);
    expect(offlineResponses.filter((r) => !r.fromWorker)).toEqual([]);
  });

  it('without the worker the same cut-off browser opens nothing (the control case)', async () => {
    const fresh = await s.browser.newContext({ serviceWorkers: 'block' });
    try {
      await fresh.setOffline(true);
      const page = await fresh.newPage();
      await expect(page.goto(`${s.origin}/`)).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
    } finally {
      await fresh.close();
    }
  });

  it('opens a project card offline, with the long texts that load only with the first card', async () => {
    const { page } = s;
    await page.locator('#item-list button.item-row[data-id="hsr-jinan-laiwu"]').click();
    const card = page.locator('.card');
    await expect.poll(() => card.getAttribute('data-item')).toBe('hsr-jinan-laiwu');
    await expect.poll(() => card.textContent(), { timeout: 30_000 }).toContain('创建国际性综合交通枢纽城市');
    await settle(page);
    await page.getByRole('button', { name: '关闭项目卡片' }).click();
  });

  it('presents offline: meeting mode loads and steps a slide', async () => {
    const { page } = s;
    await page.getByRole('button', { name: '演示', exact: true }).click();
    const progress = page.getByTestId('progress');
    await progress.waitFor({ timeout: 30_000 });
    await expect.poll(() => progress.textContent()).toMatch(/^1 \/ \d+$/);
    await settle(page);
    await page.keyboard.press('PageDown');
    await expect.poll(() => progress.textContent()).toMatch(/^2 \/ \d+$/);
    await settle(page);
    expect(await page.locator('.caption').isVisible()).toBe(true);
  });

  it('opens a shared link offline: a new navigation with a query is answered from the cache', async () => {
    const { page } = s;
    await page.goto(`${s.origin}/?present=default&slide=3`);
    await waitForIdle(page);
    await expect.poll(() => page.getByTestId('progress').textContent(), { timeout: 30_000 }).toMatch(/^3 \/ \d+$/);
    await settle(page);
    expect(await page.locator('.caption').isVisible()).toBe(true);
    expect((await districts(page)).length).toBeGreaterThan(0);
  });

  it('made no request outside the origin and no error beyond the network being gone', () => {
    // The page and its worker, all along: the one foreign request is the probe sent above, refused.
    expect(s.foreign).toEqual([PROBE]);
    expect(s.cspViolations).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
    expect(s.failed.filter((f) => !f.startsWith(`${PROBE} `))).toEqual([]);
  });
});
