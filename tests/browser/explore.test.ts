import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pngSize } from '../../src/image/imageLayout';
import {
  ARTIFACTS,
  openApp,
  openIdle,
  ROOT,
  settle,
  sharedSession,
  shippedCatalog,
  waitForIdle,
  waitForRows,
  withSession,
} from './harness';

const ZHANGQIU = '370114';
const CATALOGUE_SIZE = shippedCatalog().items.length;

/**
 * Ids of the items drawn on the map right now (points, lines, areas), from the rendered features. An
 * item the filters leave out stays in its layer fully transparent (feature-state `hidden`), so it is
 * not drawn; a test below checks the pixels of one.
 */
function renderedItems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const map = window.__blueprint?.map;
    if (!map) return [];
    const layers = ['item-point', 'item-line', 'item-area-fill'];
    const drawn = map.queryRenderedFeatures({ layers }).filter((f) => f.state?.hidden !== true);
    return [...new Set(drawn.map((f) => String(f.properties.id)))].sort();
  });
}

/** True when the point layer paints anything in a small box around a point item. */
async function itemPixelsAt(page: Page, id: string): Promise<boolean> {
  const box = await page.evaluate((id) => {
    const map = window.__blueprint?.map;
    const f = map?.querySourceFeatures('items').find((x) => x.properties.id === id && x.geometry.type === 'Point');
    if (!map || f?.geometry.type !== 'Point') throw new Error(`${id} is not a point in the items source`);
    const p = map.project(f.geometry.coordinates as [number, number]);
    const at = map.getCanvas().getBoundingClientRect();
    return { x: at.left + p.x - 10, y: at.top + p.y - 10, width: 20, height: 20 };
  }, id);
  // The point layer only: areas that are kept may tint the same box.
  const layers = ['item-point'];
  const shot = async (visibility: 'visible' | 'none') => {
    await page.evaluate(
      async ({ layers, visibility }) => {
        const map = window.__blueprint?.map;
        for (const l of layers) map?.setLayoutProperty(l, 'visibility', visibility);
        await new Promise((r) => map?.once('idle', r));
      },
      { layers, visibility },
    );
    return page.screenshot({ clip: box });
  };
  const without = await shot('none');
  const withItems = await shot('visible');
  return !withItems.equals(without);
}

function listedItems(page: Page): Promise<string[]> {
  return page
    .locator('#item-list button.item-row')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id') ?? ''));
}

/** The zone areas drawn right now, with the flags the zone tints read (see featureFlags.ts). */
function zoneStates(page: Page): Promise<{ zone: string; chosen: boolean; other: boolean }[]> {
  return page.evaluate(() =>
    (window.__blueprint?.map?.queryRenderedFeatures({ layers: ['zone-fill'] }) ?? []).map((f) => ({
      zone: String(f.properties.zone),
      chosen: f.state?.chosen === true,
      other: f.state?.other === true,
    })),
  );
}

/** True when the map's visible area contains the bounds (with a small tolerance). */
function cameraContains(page: Page, bounds: number[]): Promise<boolean> {
  return page.evaluate((b) => {
    const map = window.__blueprint?.map;
    if (!map) return false;
    const v = map.getBounds();
    const eps = 0.01;
    return (
      v.getWest() <= (b[0] as number) + eps &&
      v.getSouth() <= (b[1] as number) + eps &&
      v.getEast() >= (b[2] as number) - eps &&
      v.getNorth() >= (b[3] as number) - eps
    );
  }, bounds);
}

async function catalogItem(page: Page, id: string) {
  return page.evaluate(async (id) => {
    const entries = performance.getEntriesByType('resource').map((e) => e.name);
    const catalogUrl = entries.find((n) => /\/assets\/catalog-[\w-]+\.json$/.test(n));
    if (!catalogUrl) throw new Error('catalog.json was not loaded');
    const catalog = await (await fetch(catalogUrl)).json();
    return catalog.items.find((i: { id: string }) => i.id === id) as { bounds: number[]; name_en: string };
  }, id);
}

describe('explore: districts, search, list and map, card, language, export', () => {
  const s = sharedSession(() => openIdle('', { width: 1920, height: 1080 }));

  it('starts with every item listed and drawn', async () => {
    expect(CATALOGUE_SIZE).toBeGreaterThan(100);
    await waitForRows(s.page, CATALOGUE_SIZE);
    const listed = await listedItems(s.page);
    expect(new Set(listed).size).toBe(CATALOGUE_SIZE);
    expect(await renderedItems(s.page)).toEqual(expect.arrayContaining(['hsr-jinan-laiwu', 'station-jinan-west']));
    expect(await itemPixelsAt(s.page, 'station-jinan-west')).toBe(true);
  });

  it('says the data is as of the review date, and marks a stale item 待核实 in its row, its card and the count', async () => {
    const review = JSON.parse(fs.readFileSync(path.join(ROOT, 'geo/review.json'), 'utf8')) as { reviewed: string };
    expect(review.reviewed).toBe('2026-12-06');
    expect(await s.page.locator('.header__asof').textContent()).toBe('数据截至 2026-12-06');
    // 珍珠泉: its status was last confirmed on 2021-04-14. 济滨高铁 (2026-03-11) is recent.
    const stale = s.page.locator('button.item-row[data-id="spring-zhenzhu"]');
    expect(await stale.locator('.recheck').textContent()).toBe('待核实');
    expect(await s.page.locator('button.item-row[data-id="hsr-jinan-binzhou"] .recheck').count()).toBe(0);
    const marked = await s.page.locator('#item-list button.item-row .recheck').count();
    expect(marked).toBeGreaterThan(0);
    expect(await s.page.getByTestId('recheck-count').textContent()).toBe(`待核实 ${marked} 项`);
    await stale.scrollIntoViewIfNeeded();
    await stale.click();
    const card = s.page.locator('.card[data-item="spring-zhenzhu"]');
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.locator('.recheck').textContent()).toBe('待核实');
    const text = await card.textContent();
    expect(text).toContain('截至 2021-04-14 · 5 年 7 个月前');
    expect(await card.locator('.card__asof').textContent()).toBe('数据截至 2026-12-06');
    await expect.poll(() => card.locator('.card__sources li').count()).toBeGreaterThan(0);
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await s.page.screenshot({ path: path.join(ARTIFACTS, 'review-card.png') });
    await s.page.getByRole('button', { name: '关闭项目卡片' }).click();
    await settle(s.page);
  });

  it('choosing 章丘区 keeps 济莱高铁 and 城子崖 and hides other districts’ items, on the map and in the list', async () => {
    await s.page.locator(`button[data-district="${ZHANGQIU}"]`).click();
    await settle(s.page);
    const rendered = await renderedItems(s.page);
    expect(rendered).toEqual(expect.arrayContaining(['hsr-jinan-laiwu', 'longshan-culture-chengziya']));
    expect(rendered).not.toContain('station-jinan-west');
    expect(rendered).not.toContain('spring-baotu');
    // And in pixels: around 济南西站 the picture is the same with and without the point layer.
    expect(await itemPixelsAt(s.page, 'station-jinan-west')).toBe(false);
    const listed = await listedItems(s.page);
    expect(listed).toEqual(expect.arrayContaining(['hsr-jinan-laiwu', 'longshan-culture-chengziya']));
    expect(listed).not.toContain('station-jinan-west');
    // The airport lies wholly in 历城区 (遥墙街道): no runway of it is counted in 章丘区.
    expect(listed).not.toContain('airport-runway-existing');
    expect(rendered).not.toContain('airport-runway-existing');
    // Every item drawn is listed, and the count on the button is the list's length.
    for (const id of rendered) expect(listed).toContain(id);
    expect(await s.page.locator(`button[data-district="${ZHANGQIU}"] .count`).textContent()).toBe(
      String(listed.length),
    );
    // The chosen border is drawn, the camera frames the district, and the URL says so.
    const chosen = await s.page.evaluate(() =>
      window.__blueprint?.map
        ?.queryRenderedFeatures({ layers: ['district-chosen-line'] })
        .filter((f) => f.state?.chosen === true)
        .map((f) => String(f.properties.adcode)),
    );
    expect(new Set(chosen)).toEqual(new Set([ZHANGQIU]));
    expect(new URL(s.page.url()).searchParams.get('d')).toBe(ZHANGQIU);
    await expect.poll(() => s.page.locator('.chip').allTextContents()).toEqual(['章丘区 ×']);
  });

  it('restores the same view from the link: filters, list, map items and camera', async () => {
    const url = new URL(s.page.url());
    const before = { listed: await listedItems(s.page), rendered: await renderedItems(s.page) };
    const cam = url.searchParams.get('cam');
    expect(cam).toMatch(/^\d+\.\d+,\d+\.\d+,\d+(\.\d+)?$/);
    const again = await openApp(url.search, { width: 1920, height: 1080 });
    try {
      await waitForIdle(again.page);
      await settle(again.page);
      // The list fills when the catalogue has loaded, which may come after the map's first idle.
      await expect.poll(() => listedItems(again.page)).toEqual(before.listed);
      expect(await renderedItems(again.page)).toEqual(before.rendered);
      expect(await again.page.locator(`button[data-district="${ZHANGQIU}"]`).getAttribute('aria-pressed')).toBe('true');
      const [lng, lat, zoom] = (cam ?? '').split(',').map(Number);
      const camera = await again.page.evaluate(() => {
        const map = window.__blueprint?.map;
        return map ? { ...map.getCenter(), zoom: map.getZoom() } : null;
      });
      expect(camera?.lng).toBeCloseTo(lng as number, 4);
      expect(camera?.lat).toBeCloseTo(lat as number, 4);
      expect(camera?.zoom).toBeCloseTo(zoom as number, 2);
      expect(new URL(again.page.url()).search).toBe(url.search);
    } finally {
      await again.close();
    }
  });

  it('exports the 章丘区 selection as CSV that opens with the right rows', async () => {
    const listed = await listedItems(s.page);
    const [download] = await Promise.all([
      s.page.waitForEvent('download'),
      s.page.getByRole('button', { name: '导出 CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^jinan-blueprint-370114-\d{4}-\d{2}-\d{2}\.csv$/);
    const file = path.join(ARTIFACTS, 'zhangqiu.csv');
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await download.saveAs(file);
    const text = fs.readFileSync(file, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).split('\r\n').filter(Boolean);
    // The header, then one row per listed item (no field in this data spans lines).
    expect(lines.length).toBe(listed.length + 1);
    expect(lines.some((l) => l.startsWith('hsr-jinan-laiwu,济莱高铁,'))).toBe(true);
    expect(lines.some((l) => l.startsWith('longshan-culture-chengziya,'))).toBe(true);
    expect(lines.some((l) => l.startsWith('station-jinan-west,'))).toBe(false);
  });

  it('saves the explore view as an image too: a 1920×1080 PNG named after the selection', async () => {
    const [download] = await Promise.all([
      s.page.waitForEvent('download', { timeout: 60_000 }),
      s.page.getByRole('button', { name: '保存图片', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^jinan-blueprint-370114-\d{4}-\d{2}-\d{2}\.png$/);
    const file = path.join(ARTIFACTS, 'explore-export.png');
    await download.saveAs(file);
    expect(pngSize(new Uint8Array(fs.readFileSync(file)))).toEqual({ width: 1920, height: 1080 });
  });

  it('clears the filter with its chip', async () => {
    await s.page.locator('.chip').click();
    await settle(s.page);
    expect(await s.page.locator('.chip').count()).toBe(0);
    await waitForRows(s.page, CATALOGUE_SIZE);
    expect(new URL(s.page.url()).searchParams.get('d')).toBeNull();
  });

  it('finds 济莱高铁 from the initials jlgt, and opens it with the keyboard', async () => {
    const box = s.page.getByRole('searchbox');
    await box.fill('jlgt');
    await expect.poll(() => listedItems(s.page)).toContain('hsr-jinan-laiwu');
    expect((await listedItems(s.page))[0]).toBe('hsr-jinan-laiwu');
    await box.press('ArrowDown');
    expect(await s.page.evaluate(() => document.activeElement?.getAttribute('data-id'))).toBe('hsr-jinan-laiwu');
    await s.page.keyboard.press('Enter');
    await expect.poll(() => s.page.locator('.card').getAttribute('data-item')).toBe('hsr-jinan-laiwu');
    await settle(s.page);
    const item = await catalogItem(s.page, 'hsr-jinan-laiwu');
    expect(await cameraContains(s.page, item.bounds)).toBe(true);
    expect(new URL(s.page.url()).searchParams.get('item')).toBe('hsr-jinan-laiwu');
    expect(new URL(s.page.url()).searchParams.get('q')).toBe('jlgt');
    // The card holds the facts: districts with kilometres, the report section, sources as links.
    const card = s.page.locator('.card');
    expect(await card.textContent()).toContain('章丘区');
    // The long texts arrive with details.json, fetched when the first card opens.
    await expect.poll(() => card.textContent()).toContain('创建国际性综合交通枢纽城市');
    await expect.poll(() => card.locator('a[href^="http"]').count()).toBeGreaterThan(0);
    await s.page.getByRole('button', { name: '关闭项目卡片' }).click();
    await box.fill('');
  });

  it('syncs hover both ways: a row lights its item on the map, the map lights its row', async () => {
    const row = s.page.locator('button.item-row[data-id="station-jinan-west"]');
    await row.scrollIntoViewIfNeeded();
    await row.hover();
    // The state reaches the map in an effect after React's render: poll, do not read it once.
    const hoverOf = (id: string) =>
      s.page.evaluate((id) => window.__blueprint?.map?.getFeatureState({ source: 'items', id })?.hover === true, id);
    await expect.poll(() => hoverOf('station-jinan-west')).toBe(true);
    // Now the other way: put the pointer on the station's dot on the map.
    const point = await s.page.evaluate(() => {
      const map = window.__blueprint?.map;
      const f = map?.queryRenderedFeatures({ layers: ['item-point'] }).find((x) => x.properties.id === 'airport-t2');
      if (!map || f?.geometry.type !== 'Point') return null;
      const p = map.project(f.geometry.coordinates as [number, number]);
      const canvas = map.getCanvas().getBoundingClientRect();
      return { x: canvas.left + p.x, y: canvas.top + p.y };
    });
    if (!point) throw new Error('airport-t2 is not drawn in the item-point layer');
    await s.page.mouse.move(point.x, point.y);
    await expect.poll(() => s.page.locator('button.item-row[data-hovered]').getAttribute('data-id')).toBe('airport-t2');
    await expect.poll(() => hoverOf('airport-t2')).toBe(true);
    expect(await hoverOf('station-jinan-west')).toBe(false);
    // A click on the map selects: the card opens and the row is marked current.
    await s.page.mouse.click(point.x, point.y);
    await expect.poll(() => s.page.locator('.card').getAttribute('data-item')).toBe('airport-t2');
    expect(await s.page.locator('button.item-row[aria-current="true"]').getAttribute('data-id')).toBe('airport-t2');
    await expect
      .poll(() =>
        s.page.evaluate(
          () => window.__blueprint?.map?.getFeatureState({ source: 'items', id: 'airport-t2' })?.selected === true,
        ),
      )
      .toBe(true);
    await s.page.getByRole('button', { name: '关闭项目卡片' }).click();
  });

  it('writes a screenshot of the panel at 1920×1080', async () => {
    await s.page.locator(`button[data-district="${ZHANGQIU}"]`).click();
    await settle(s.page);
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await s.page.screenshot({ path: path.join(ARTIFACTS, 'explore-1920.png') });
    await s.page.locator('.chip').click();
    await settle(s.page);
  });

  it('switches to English: the interface, the item names and the map labels', async () => {
    await s.page.getByRole('button', { name: '切换为英文界面' }).click();
    await expect.poll(() => s.page.locator('h1').textContent()).toBe('Jinan Blueprint');
    expect(await s.page.locator('html').getAttribute('lang')).toBe('en');
    expect(await s.page.locator('button.item-row[data-id="hsr-jinan-laiwu"] .item-row__name').textContent()).toBe(
      'Jinan–Laiwu high-speed railway',
    );
    expect(await s.page.getByRole('searchbox').getAttribute('placeholder')).toContain('pinyin');
    await settle(s.page);
    const fields = await s.page.evaluate(() => {
      const map = window.__blueprint?.map;
      return ['item-label', 'district-label'].map((id) => JSON.stringify(map?.getLayoutProperty(id, 'text-field')));
    });
    expect(fields).toEqual(['["get","label_en"]', '["get","name_en"]']);
    expect(new URL(s.page.url()).searchParams.get('lang')).toBe('en');
    await s.page.getByRole('button', { name: 'Switch the interface to Chinese' }).click();
    await expect.poll(() => s.page.locator('h1').textContent()).toBe('济南蓝图');
  });

  it('chooses a zone: its items only, its area stands out, the camera frames it', async () => {
    await s.page.locator('button[data-zone="北起"]').click();
    await settle(s.page);
    const listed = await listedItems(s.page);
    expect(listed).toContain('qibuqu-startup-area');
    expect(listed).not.toContain('hsr-jinan-laiwu');
    const zoneBounds = await s.page.evaluate(async () => {
      const entries = performance.getEntriesByType('resource').map((e) => e.name);
      const url = entries.find((n) => /\/assets\/catalog-[\w-]+\.json$/.test(n)) ?? '';
      const catalog = await (await fetch(url)).json();
      return catalog.zones.find((z: { zone: string }) => z.zone === '北起').bounds as number[];
    });
    expect(await cameraContains(s.page, zoneBounds)).toBe(true);
    // The zone tints read feature-state: 北起's drawn areas are chosen, every other zone's fade.
    const states = await zoneStates(s.page);
    const [north, rest] = [states.filter((z) => z.zone === '北起'), states.filter((z) => z.zone !== '北起')];
    expect(north.length, '北起 is drawn').toBeGreaterThan(0);
    expect(rest.length, 'a neighbouring zone is drawn beside 北起').toBeGreaterThan(0);
    expect(north.filter((z) => !z.chosen || z.other)).toEqual([]);
    expect(rest.filter((z) => z.chosen || !z.other)).toEqual([]);
    await s.page.locator('button[data-zone="北起"]').click();
    await settle(s.page);
    // Chosen again, it is let go: no zone stands out or fades.
    expect((await zoneStates(s.page)).filter((z) => z.chosen || z.other)).toEqual([]);
  });

  it('finds an item under each of its directions: choosing 东强 shows the airport (北起, also 东强)', async () => {
    await s.page.locator('button[data-zone="东强"]').click();
    await settle(s.page);
    const listed = await listedItems(s.page);
    expect(listed).toEqual(expect.arrayContaining(['airport-phase2', 'airport-t2', 'station-jinan-east']));
    expect(listed).not.toContain('que-hua-view-corridor');
    const rendered = await renderedItems(s.page);
    expect(rendered).toEqual(expect.arrayContaining(['airport-phase2', 'airport-runway-existing', 'hsr-jinan-laiwu']));
    expect(rendered).not.toContain('spring-baotu');
    for (const id of rendered) expect(listed).toContain(id);
    expect(await itemPixelsAt(s.page, 'airport-phase2')).toBe(true);
    // The zone button's count is the list's length: the airport counts under 东强 too.
    expect(await s.page.locator('button[data-zone="东强"] .count').textContent()).toBe(String(listed.length));
    // The card names the primary direction and the other one.
    await s.page.locator('#item-list button.item-row[data-id="airport-phase2"]').click();
    await expect.poll(() => s.page.locator('.card [data-testid="zones-also"]').textContent()).toContain('亦属');
    expect(await s.page.locator('.card [data-testid="zones-also"]').textContent()).toContain('东强');
    await s.page.locator('.card__close').click();
    await settle(s.page);
    await s.page.locator('button[data-zone="东强"]').click();
    await settle(s.page);
  });

  it('draws 华山 and the 小清河—黄河 strip inside 中优, and the 鹊华 corridor under 中优 and 北起', async () => {
    await s.page.locator('button[data-zone="中优"]').click();
    await settle(s.page);
    const HUASHAN: [number, number] = [117.0639, 36.7286];
    const JINAN_EAST: [number, number] = [117.1524, 36.748];
    const zoneAt = (lngLat: [number, number]) =>
      s.page.evaluate((lngLat) => {
        const map = window.__blueprint?.map;
        if (!map) return null;
        return map
          .queryRenderedFeatures(map.project(lngLat), { layers: ['zone-fill'] })
          .map((f) => ({ zone: String(f.properties.zone), chosen: f.state?.chosen === true }));
      }, lngLat);
    // The highlighted (chosen) zone fill under 华山's pixel is 中优; under 济南东站's it is 东强, not chosen.
    expect(await zoneAt(HUASHAN)).toEqual([{ zone: '中优', chosen: true }]);
    expect(await zoneAt(JINAN_EAST)).toEqual([{ zone: '东强', chosen: false }]);
    expect(await listedItems(s.page)).toContain('que-hua-view-corridor');
    expect(await renderedItems(s.page)).toContain('que-hua-view-corridor');
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await s.page.screenshot({ path: path.join(ARTIFACTS, 'zone-centre-1920.png') });
    await s.page.locator('button[data-zone="北起"]').click();
    await settle(s.page);
    expect(await listedItems(s.page)).toEqual(expect.arrayContaining(['que-hua-view-corridor', 'airport-phase2']));
    await s.page.locator('button[data-zone="北起"]').click();
    await settle(s.page);
  });

  it('toggles a district by clicking it on the map', async () => {
    const PINGYIN = '370124';
    const button = s.page.locator(`button[data-district="${PINGYIN}"]`);
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    // 平阴县 in the middle of the view, close enough that most of it is bare ground between the items.
    await s.page.evaluate(() => window.__blueprint?.map?.jumpTo({ center: [116.45, 36.28], zoom: 10 }));
    await settle(s.page);
    // The spot nearest the view's centre where a click can reach nothing but 平阴县's area: no item
    // drawn under it (the layers the map picks from, and the area fills), and the canvas itself on
    // top there (no control, panel or label box over it).
    const findSpot = () =>
      s.page.evaluate((adcode) => {
        const map = window.__blueprint?.map;
        if (!map) return null;
        const canvas = map.getCanvas();
        const at = canvas.getBoundingClientRect();
        const layers = ['item-point', 'item-line', 'item-area-line', 'item-area-fill', 'district-fill'];
        const step = 8;
        const candidates: { x: number; y: number }[] = [];
        for (let x = step; x < at.width - step; x += step)
          for (let y = step; y < at.height - step; y += step) candidates.push({ x, y });
        const d = (p: { x: number; y: number }) => Math.hypot(p.x - at.width / 2, p.y - at.height / 2);
        candidates.sort((p, q) => d(p) - d(q));
        for (const p of candidates) {
          // An item the filters leave out is drawn transparent and takes no click (as MapView picks).
          const hits = map.queryRenderedFeatures([p.x, p.y], { layers }).filter((f) => f.state?.hidden !== true);
          if (hits.length !== 1 || hits[0]?.layer.id !== 'district-fill') continue;
          if (String(hits[0].properties.adcode) !== adcode) continue;
          const x = at.left + p.x;
          const y = at.top + p.y;
          if (document.elementFromPoint(x, y) === canvas) return { x, y };
        }
        return null;
      }, PINGYIN);
    const spot = await findSpot();
    if (!spot) throw new Error(`no spot in view where a click reaches only 平阴县 (${PINGYIN})`);
    await s.page.mouse.click(spot.x, spot.y);
    await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => new URL(s.page.url()).searchParams.get('d')).toBe(PINGYIN);
    await settle(s.page);
    expect(await listedItems(s.page)).not.toContain('hsr-jinan-laiwu');
    // A second click on it lets it go again (the camera has framed the district: look anew).
    const again = await findSpot();
    if (!again) throw new Error(`no spot in view where a click reaches only 平阴县 (${PINGYIN}), once chosen`);
    await s.page.mouse.click(again.x, again.y);
    await expect.poll(() => button.getAttribute('aria-pressed')).toBe('false');
    await settle(s.page);
  });

  it('makes no request outside its own origin and logs no error', () => {
    expect(s.foreign).toEqual([]);
    expect(s.failed).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
  });
});

describe('explore on a phone', () => {
  it('shows the panel as a bottom sheet under the map', async () => {
    await withSession(
      () => openIdle('?d=370114', { width: 390, height: 844 }),
      async (s) => {
        await settle(s.page);
        const panel = await s.page.locator('.panel').boundingBox();
        const map = await s.page.locator('.map').boundingBox();
        expect(panel && map && panel.y >= map.y + map.height - 1).toBe(true);
        expect(panel?.width).toBe(390);
        // The list is a lazy part of the panel, rendered after the map's first idle (src/useAfterMap.ts).
        await s.page.locator('#item-list button.item-row[data-id="hsr-jinan-laiwu"]').waitFor({ timeout: 30_000 });
        expect(await listedItems(s.page)).toContain('hsr-jinan-laiwu');
        fs.mkdirSync(ARTIFACTS, { recursive: true });
        await s.page.screenshot({ path: path.join(ARTIFACTS, 'explore-phone.png') });
      },
    );
  });
});
