import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Deck } from '../../src/present/types';
import { ARTIFACTS, openApp, ROOT, sharedSession } from './harness';

// A browser without WebGL2: the page says so, draws a static SVG overview instead of the map, and the
// rest of the product works as usual.

const NO_WEBGL = ['--disable-webgl', '--disable-3d-apis'];
const ZHANGQIU = '370114';
const deck = JSON.parse(fs.readFileSync(path.join(ROOT, 'src/present/deck.default.json'), 'utf8')) as Deck;

interface Truth {
  /** Every item of the catalogue, with its primary zone and its other directions. */
  items: { id: string; zone: string; zones_also: string[] }[];
  /** Ids of the items that have a geometry in the map's items file. */
  drawable: string[];
  /** How many sites, line features and area features that file holds. */
  shapes: { points: number; lines: number; areas: number };
}

/** The catalogue and the items file, fetched from the build's own assets as the page loaded them. */
function truth(page: Page): Promise<Truth> {
  return page.evaluate(async () => {
    const entries = performance.getEntriesByType('resource').map((e) => e.name);
    const find = (re: RegExp) => {
      const url = entries.find((n) => re.test(n));
      if (!url) throw new Error(`not loaded: ${re}`);
      return url;
    };
    const catalog = await (await fetch(find(/\/assets\/catalog-[\w-]+\.json$/))).json();
    const items = await (await fetch(find(/\/assets\/items-[\w-]+\.geojson$/))).json();
    const drawable = new Set<string>();
    const shapes = { points: 0, lines: 0, areas: 0 };
    for (const f of items.features) {
      if (f.properties.label === true) continue;
      drawable.add(String(f.properties.id));
      if (f.geometry.type === 'Point') shapes.points += 1;
      else if (f.geometry.type === 'MultiPoint') shapes.points += f.geometry.coordinates.length;
      else if (f.properties.kind === 'line') shapes.lines += 1;
      else if (f.properties.kind === 'area') shapes.areas += 1;
    }
    return {
      shapes,
      items: catalog.items.map((i: { id: string; zone: string; zones_also: string[] }) => ({
        id: i.id,
        zone: i.zone,
        zones_also: i.zones_also,
      })),
      drawable: [...drawable],
    };
  });
}

const listed = (page: Page) =>
  page.locator('#item-list button.item-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id') ?? ''));

/** Ids of the items drawn in the SVG right now. */
const drawn = (page: Page) =>
  page
    .locator('.overview__map [data-item-id]')
    .evaluateAll((marks) => [...new Set(marks.map((m) => m.getAttribute('data-item-id') ?? ''))].sort());

/** What the SVG should draw for a list: the listed items that have a geometry. */
const expectedDrawn = (list: string[], t: Truth) => list.filter((id) => t.drawable.includes(id)).sort();

describe('without WebGL2', () => {
  let t: Truth;
  const s = sharedSession(async () => {
    const opened = await openApp('', { width: 1600, height: 1000 }, NO_WEBGL);
    await opened.page.locator('.overview__map [data-adcode]').first().waitFor({ timeout: 30_000 });
    await opened.page.locator('.overview__map [data-item-id]').first().waitFor({ timeout: 30_000 });
    // The list is a lazy part of the panel, which may arrive after the overview.
    await opened.page.locator('#item-list button.item-row').first().waitFor({ timeout: 30_000 });
    t = await truth(opened.page);
    return opened;
  });

  it('says what is missing and what to try, in the interface', async () => {
    const notice = s.page.locator('.overview__notice');
    const text = (await notice.textContent()) ?? '';
    expect(text).toContain('WebGL2');
    expect(text).toContain('硬件加速');
    expect(text).toContain('显卡驱动');
    expect(text).toMatch(/Chrome.*Edge.*Firefox.*Safari/);
    expect(await s.page.locator('.map').getAttribute('data-map-phase')).toBe('static');
    expect(await s.page.locator('h1').textContent()).toBe('济南蓝图');
    // The engine comes with the page (index.html preloads it for the map's first frame), but no map is
    // made: no canvas, no early map's frame left behind, and the engine's worker never started.
    const scripts = await s.page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => e.name.split('/').pop() ?? ''),
    );
    expect(scripts.filter((n) => n.startsWith('maplibre-gl-worker'))).toEqual([]);
    expect(await s.page.locator('canvas, .early-frame, .maplibregl-map').count()).toBe(0);
    expect(scripts.some((n) => /^Overview-[\w-]+\.js$/.test(n))).toBe(true);
  });

  it('draws the 12 districts with their names as text, and every item that has a place', async () => {
    expect(await s.page.locator('.overview__map path[data-adcode]').count()).toBe(12);
    const names = await s.page.locator('.overview__label--district').allTextContents();
    expect(names).toHaveLength(12);
    expect(names).toEqual(expect.arrayContaining(['章丘区', '历下区', '商河县']));
    // Sites are circles, lines and areas paths: one mark for each in the items file.
    expect(t.shapes.points).toBeGreaterThan(40);
    expect(await s.page.locator('.overview__map [data-kind="point"] circle').count()).toBe(t.shapes.points);
    expect(await s.page.locator('.overview__map [data-kind="line"]').count()).toBe(t.shapes.lines);
    expect(await s.page.locator('.overview__map [data-kind="area"]').count()).toBe(t.shapes.areas);
    expect(await s.page.locator('.overview__map [data-kind="area"] path[fill-opacity]').count()).toBe(t.shapes.areas);
    const list = await listed(s.page);
    expect(list.length).toBe(t.items.length);
    expect(await drawn(s.page)).toEqual(expectedDrawn(list, t));
    expect((await drawn(s.page)).length).toBe(t.drawable.length);
  });

  it('narrows the list and the drawing with a search', async () => {
    const box = s.page.getByRole('searchbox');
    await box.fill('jlgt');
    await expect.poll(() => listed(s.page)).toContain('hsr-jinan-laiwu');
    const list = await listed(s.page);
    expect(list.length).toBeLessThan(t.items.length / 4);
    expect(await drawn(s.page)).toEqual(expectedDrawn(list, t));
    expect(await drawn(s.page)).toContain('hsr-jinan-laiwu');
    await box.fill('');
    await expect.poll(async () => (await listed(s.page)).length).toBe(t.items.length);
  });

  it('filters list and drawing by a district, chosen in the panel or on the drawing', async () => {
    await s.page.locator(`button[data-district="${ZHANGQIU}"]`).click();
    await expect.poll(async () => (await listed(s.page)).length).toBeLessThan(t.items.length);
    const list = await listed(s.page);
    const marks = await drawn(s.page);
    expect(marks).toEqual(expectedDrawn(list, t));
    expect(marks).toEqual(expect.arrayContaining(['hsr-jinan-laiwu', 'longshan-culture-chengziya']));
    expect(marks).not.toContain('station-jinan-west');
    expect(await s.page.locator('.overview__map path[data-chosen]').getAttribute('data-adcode')).toBe(ZHANGQIU);
    // Clicking the district on the drawing toggles it off again, like on the map.
    await s.page
      .locator(`.overview__map path[data-adcode="${ZHANGQIU}"]`)
      .evaluate((el) => el.dispatchEvent(new MouseEvent('click', { bubbles: true })));
    await expect.poll(async () => (await listed(s.page)).length).toBe(t.items.length);
    expect(await s.page.locator('.overview__map path[data-chosen]').count()).toBe(0);
    expect(new URL(s.page.url()).searchParams.get('d')).toBeNull();
  });

  it('filters list and drawing by a zone, and highlights the zone', async () => {
    await s.page.locator('button[data-zone="东强"]').click();
    await expect.poll(async () => (await listed(s.page)).length).toBeLessThan(t.items.length);
    const list = await listed(s.page);
    // An item is in 东强 as its primary zone or as another direction (the airport: 北起, also 东强).
    const inEast = (i: Truth['items'][number]) => i.zone === '东强' || i.zones_also.includes('东强');
    const east = new Set(t.items.filter(inEast).map((i) => i.id));
    expect(list.every((id) => east.has(id))).toBe(true);
    expect(list.length).toBe(east.size);
    expect(list).toContain('airport-phase2');
    const marks = await drawn(s.page);
    expect(marks.length).toBeGreaterThan(0);
    expect(marks).toEqual(expectedDrawn(list, t));
    const opacity = (zone: string) =>
      s.page.locator(`.overview__zones path[data-zone="${zone}"]`).getAttribute('fill-opacity');
    expect(Number(await opacity('东强'))).toBeGreaterThan(Number(await opacity('西兴')) * 4);
    await s.page.locator('button[data-zone="东强"]').click();
    await expect.poll(async () => (await listed(s.page)).length).toBe(t.items.length);
  });

  it('lights an item in the drawing while its row is hovered, and opens its card from the row', async () => {
    const row = s.page.locator('button.item-row[data-id="station-jinan-west"]');
    await row.hover();
    await expect
      .poll(() => s.page.locator('[data-emphasis-id="station-jinan-west"]').getAttribute('data-emphasis'))
      .toBe('hover');
    await row.click();
    await expect.poll(() => s.page.locator('.card').getAttribute('data-item')).toBe('station-jinan-west');
    await expect
      .poll(() => s.page.locator('[data-emphasis-id="station-jinan-west"]').getAttribute('data-emphasis'))
      .toBe('selected');
    await s.page.getByRole('button', { name: '关闭项目卡片' }).click();
    await expect.poll(() => s.page.locator('.card').count()).toBe(0);
  });

  it('opens the card of an item clicked on the drawing, and lights its row on hover', async () => {
    // The topmost item under a point's centre is the one a click there picks.
    const mark = s.page.locator('.overview__map [data-item-id="spring-baotu"] circle').first();
    const box = await mark.boundingBox();
    if (!box) throw new Error('spring-baotu is not drawn');
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    const top = await s.page.evaluate(
      ([x, y]) =>
        document
          .elementFromPoint(x as number, y as number)
          ?.closest('[data-item-id]')
          ?.getAttribute('data-item-id'),
      [x, y],
    );
    expect(top).toBeTruthy();
    await s.page.mouse.move(x, y);
    await expect
      .poll(() => s.page.locator(`button.item-row[data-id="${top}"]`).getAttribute('data-hovered'))
      .toBe('true');
    await s.page.mouse.click(x, y);
    await expect.poll(() => s.page.locator('.card').getAttribute('data-item')).toBe(top);
    expect(new URL(s.page.url()).searchParams.get('item')).toBe(top);
    await s.page.mouse.move(5, 500);
  });

  it('shows a decent map: screenshot for the record, no errors, nothing off the origin', async () => {
    await s.page.getByRole('button', { name: '关闭项目卡片' }).click();
    await s.page.locator('.panel *').evaluateAll((els) => {
      for (const el of els) el.scrollTop = 0;
    });
    await s.page.screenshot({ path: path.join(ARTIFACTS, 'no-webgl.png') });
    expect(s.consoleErrors).toEqual([]);
    expect(s.foreign).toEqual([]);
    expect(s.cspViolations).toEqual([]);
  });

  it('speaks English after the switch: the notice and the district names', async () => {
    await s.page.getByRole('button', { name: '切换为英文界面' }).click();
    await expect.poll(() => s.page.locator('.overview__notice').textContent()).toContain('hardware acceleration');
    expect(await s.page.locator('.overview__label--district').allTextContents()).toContain('Zhangqiu District');
    await s.page.getByRole('button', { name: 'Switch the interface to Chinese' }).click();
  });
});

describe('meeting mode without WebGL2', () => {
  it('runs the deck on the drawing: each slide filters and highlights it', async () => {
    const s = await openApp('?present=default', { width: 1280, height: 720 }, NO_WEBGL);
    try {
      await s.page.locator('.overview__map [data-item-id]').first().waitFor({ timeout: 30_000 });
      const zoneSlide = deck.slides.findIndex((sl) => sl.zone !== null && sl.zone !== undefined);
      expect(zoneSlide).toBeGreaterThan(0);
      for (let i = 0; i < zoneSlide; i++) await s.page.keyboard.press('PageDown');
      const zone = deck.slides[zoneSlide]?.zone as string;
      await expect.poll(() => new URL(s.page.url()).searchParams.get('slide') ?? '1').toBe(String(zoneSlide + 1));
      const opacity = (z: string) =>
        s.page.locator(`.overview__zones path[data-zone="${z}"]`).getAttribute('fill-opacity');
      await expect.poll(async () => Number(await opacity(zone))).toBeGreaterThan(0.3);
      const t = await truth(s.page);
      // The slide's direction as primary zone or as another one (zones_also).
      const inZone = new Set(t.items.filter((i) => i.zone === zone || i.zones_also.includes(zone)).map((i) => i.id));
      const marks = await drawn(s.page);
      expect(marks.length).toBeGreaterThan(0);
      expect(marks.every((id) => inZone.has(id))).toBe(true);
      expect(await s.page.locator('.caption').count()).toBeGreaterThan(0);
      await s.page.screenshot({ path: path.join(ARTIFACTS, 'no-webgl-present.png') });
      expect(s.consoleErrors).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
