import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, openApp, openIdle, ROOT, settle, sharedSession } from './harness';

// Three buildings of the 鹊山 cultural district stand on one site in the data: their dots cover each
// other. A click there lists all three, and each can be reached and opened from the list.

const SITE = ['jinan-science-museum-new', 'party-history-gazetteer-hall', 'municipal-archives-new'];

interface Feature {
  properties: { id: string; name_zh: string };
  geometry: { type: string; coordinates: [number, number] };
}
const culture = JSON.parse(fs.readFileSync(path.join(ROOT, 'geo/items/culture.geojson'), 'utf8')) as {
  features: Feature[];
};
const features = SITE.map((id) => culture.features.find((f) => f.properties.id === id) as Feature);
const names = new Map(features.map((f) => [f.properties.id, f.properties.name_zh]));
const coordinates = features[0]?.geometry.coordinates as [number, number];

/** A site's pixel on the page, with the camera on it (zoom 12 unless told). */
async function siteOnPage(page: Page, site = coordinates, zoom = 12): Promise<{ x: number; y: number }> {
  await page.evaluate(([c, zoom]) => window.__blueprint?.map?.jumpTo({ center: c, zoom }), [site, zoom] as const);
  await settle(page);
  const point = await page.evaluate((c) => {
    const map = window.__blueprint?.map;
    if (!map) return null;
    const p = map.project(c);
    const canvas = map.getCanvas().getBoundingClientRect();
    return { x: canvas.left + p.x, y: canvas.top + p.y };
  }, site);
  if (!point) throw new Error('no map');
  return point;
}

/** The ids of the item points drawn at a position, top first. */
const pointIdsAt = (page: Page, at: [number, number]) =>
  page.evaluate((c) => {
    const map = window.__blueprint?.map;
    if (!map) return [];
    return [
      ...new Set(map.queryRenderedFeatures(map.project(c), { layers: ['item-point'] }).map((f) => f.properties.id)),
    ];
  }, at);
const chooser = (page: Page) => page.getByTestId('site-chooser');
const hoverState = (page: Page, id: string) =>
  page.evaluate((id) => window.__blueprint?.map?.getFeatureState({ source: 'items', id })?.hover === true, id);

describe('items that share one site, on the map', () => {
  const s = sharedSession(async () => {
    const opened = await openIdle('', { width: 1600, height: 1000 });
    await settle(opened.page);
    return opened;
  });

  it('has the three items on one coordinate in the data, all drawn at that pixel', async () => {
    expect(features.every(Boolean)).toBe(true);
    for (const f of features) expect(f.geometry.coordinates).toEqual(coordinates);
    await siteOnPage(s.page);
    const drawn = await pointIdsAt(s.page, coordinates);
    expect([...drawn].sort()).toEqual([...SITE].sort());
  });

  it('lists all three at a click on the site; hovering an entry lights that item; Esc closes', async () => {
    const point = await siteOnPage(s.page);
    // Before the click, hovering the dot says how many sites it holds.
    await s.page.mouse.move(point.x, point.y);
    await expect.poll(() => s.page.locator('.site-count').textContent()).toBe('3');
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await s.page.screenshot({ path: path.join(ARTIFACTS, 'same-site-count.png') });
    await s.page.mouse.click(point.x, point.y);
    await expect.poll(() => chooser(s.page).count()).toBe(1);
    expect(await s.page.locator('.card').count()).toBe(0);
    const entries = chooser(s.page).locator('li button');
    expect((await entries.allTextContents()).sort()).toEqual(SITE.map((id) => names.get(id)).sort());
    // The list has the keyboard focus: the first entry, lit on the map.
    const first = await entries.first().getAttribute('data-item-id');
    expect(await s.page.evaluate(() => document.activeElement?.getAttribute('data-item-id'))).toBe(first);
    await expect.poll(() => hoverState(s.page, first ?? '')).toBe(true);
    const last = entries.last();
    const lastId = (await last.getAttribute('data-item-id')) ?? '';
    await last.hover();
    await expect.poll(() => hoverState(s.page, lastId)).toBe(true);
    await expect.poll(() => hoverState(s.page, first ?? '')).toBe(false);
    await s.page.screenshot({ path: path.join(ARTIFACTS, 'same-site-chooser.png') });
    await s.page.keyboard.press('Escape');
    await expect.poll(() => chooser(s.page).count()).toBe(0);
    await expect.poll(() => hoverState(s.page, lastId)).toBe(false);
    // Esc gives the focus back to the map.
    expect(await s.page.evaluate(() => document.activeElement?.classList.contains('maplibregl-canvas'))).toBe(true);
    // A click elsewhere closes the list too, and the focus stays where the click put it.
    await s.page.mouse.click(point.x, point.y);
    await expect.poll(() => chooser(s.page).count()).toBe(1);
    const search = s.page.getByLabel('搜索项目（中文、英文、拼音或首字母）');
    await search.click();
    await expect.poll(() => chooser(s.page).count()).toBe(0);
    expect(await search.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('opens each of the three cards from the list, by pointer and by keyboard', async () => {
    for (const [n, id] of SITE.entries()) {
      const point = await siteOnPage(s.page);
      await s.page.mouse.click(point.x, point.y);
      await expect.poll(() => chooser(s.page).count()).toBe(1);
      const entry = chooser(s.page).locator(`li button[data-item-id="${id}"]`);
      if (n === 1) {
        // By keyboard: arrows down to the entry, Enter opens it.
        const order = await chooser(s.page)
          .locator('li button')
          .evaluateAll((b) => b.map((x) => x.dataset.itemId));
        for (let i = 0; i < order.indexOf(id); i++) await s.page.keyboard.press('ArrowDown');
        expect(await s.page.evaluate(() => document.activeElement?.getAttribute('data-item-id'))).toBe(id);
        await s.page.keyboard.press('Enter');
      } else {
        await entry.click();
      }
      await expect.poll(() => s.page.locator('.card').getAttribute('data-item')).toBe(id);
      expect(await s.page.locator('#card-title').textContent()).toBe(names.get(id));
      await expect.poll(() => new URL(s.page.url()).searchParams.get('item')).toBe(id);
      expect(await chooser(s.page).count()).toBe(0);
      // The selection reaches the map in an effect after the card's render: poll it.
      await expect
        .poll(() =>
          s.page.evaluate(
            (id) => window.__blueprint?.map?.getFeatureState({ source: 'items', id })?.selected === true,
            id,
          ),
        )
        .toBe(true);
      await s.page.getByRole('button', { name: '关闭项目卡片' }).click();
      await expect.poll(() => s.page.locator('.card').count()).toBe(0);
    }
    expect(s.consoleErrors).toEqual([]);
  });

  it('opens the top site at once where dots of nearby sites merely overlap, as before', async () => {
    const spring = culture.features.find((f) => f.properties.id === 'spring-baotu');
    expect(spring?.geometry.type).toBe('Point');
    const site = spring?.geometry.coordinates as [number, number];
    // 趵突泉's dot and that of 易安文化's site 100 m away overlap: zooming in parts them.
    const xy = await siteOnPage(s.page, site, 12);
    const under = await pointIdsAt(s.page, site);
    expect(under.length).toBeGreaterThan(1);
    await s.page.mouse.move(xy.x, xy.y);
    await s.page.mouse.click(xy.x, xy.y);
    await expect.poll(() => s.page.locator('.card').getAttribute('data-item')).toBe(under[0]);
    expect(await chooser(s.page).count()).toBe(0);
    await s.page.getByRole('button', { name: '关闭项目卡片' }).click();
  });
});

describe('items that share one site, on the overview drawn without WebGL', () => {
  it('lists all three at a click on the site and opens each card', async () => {
    const s = await openApp('', { width: 1600, height: 1000 }, ['--disable-webgl', '--disable-3d-apis']);
    try {
      const mark = s.page.locator(`.overview__map [data-item-id="${SITE[0]}"] circle`).first();
      await mark.waitFor({ timeout: 60_000 });
      for (const id of SITE) {
        const box = await mark.boundingBox();
        if (!box) throw new Error('the site is not drawn');
        await s.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
        await expect.poll(() => chooser(s.page).count()).toBe(1);
        const entries = chooser(s.page).locator('li button');
        // The museum's dot nearby overlaps at the overview's scale, but it is not on this spot: not listed.
        expect((await entries.allTextContents()).sort()).toEqual(SITE.map((x) => names.get(x)).sort());
        await chooser(s.page).locator(`li button[data-item-id="${id}"]`).hover();
        await expect
          .poll(() => s.page.locator(`[data-emphasis-id="${id}"]`).getAttribute('data-emphasis'))
          .toBe('hover');
        await chooser(s.page).locator(`li button[data-item-id="${id}"]`).click();
        await expect.poll(() => s.page.locator('.card').getAttribute('data-item')).toBe(id);
        expect(await s.page.locator('#card-title').textContent()).toBe(names.get(id));
        await s.page.getByRole('button', { name: '关闭项目卡片' }).click();
        await expect.poll(() => s.page.locator('.card').count()).toBe(0);
      }
      expect(s.consoleErrors).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
