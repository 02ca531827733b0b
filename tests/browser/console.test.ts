import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Deck } from '../../src/present/types';
import { openDeck, ROOT, settle, sharedSession, shippedCatalog } from './harness';

// The audience screen and the presenter console: two pages of one browser context, in step over their
// BroadcastChannel. One session for the whole file: each page load costs seconds.

const deck = JSON.parse(fs.readFileSync(path.join(ROOT, 'src/present/deck.default.json'), 'utf8')) as Deck;
const N = deck.slides.length;

const progress = (page: Page) => page.getByTestId('progress').textContent();
const slideParam = (page: Page) => new URL(page.url()).searchParams.get('slide') ?? '1';
/** Waits (100 ms steps, 5 s at most) until the page shows `slide` of the deck, in its progress and its URL. */
async function shows(page: Page, slide: number) {
  await expect.poll(() => progress(page), { interval: 50, timeout: 5000 }).toBe(`${slide} / ${N}`);
  await expect.poll(() => slideParam(page), { interval: 50, timeout: 5000 }).toBe(String(slide));
}

describe('presenter console', () => {
  const s = sharedSession(openDeck);
  let consolePage: Page;

  it('P opens the console in a second window; it adopts the slide shown and takes the tools', async () => {
    await s.page.keyboard.press('PageDown');
    await shows(s.page, 2);
    // The audience screen's tools are there but out of sight until reached for.
    expect(await s.page.locator('.presenter__tools').evaluate((e) => getComputedStyle(e).opacity)).toBe('0');
    const [popup] = await Promise.all([s.context.waitForEvent('page'), s.page.keyboard.press('p')]);
    consolePage = popup;
    await consolePage.getByTestId('console').waitFor({ timeout: 30_000 });
    expect(new URL(consolePage.url()).searchParams.get('view')).toBe('console');
    expect(new URL(consolePage.url()).searchParams.get('present')).toBe('default');
    await shows(consolePage, 2);
    // The notes of slide 2 (the first zone) on the console; never on the audience screen.
    const notes = deck.slides[1]?.notes.zh ?? '';
    expect(notes).not.toBe('');
    await expect.poll(() => consolePage.getByTestId('notes').textContent()).toBe(notes);
    expect(await s.page.getByTestId('notes').count()).toBe(0);
    // The next slide's title and the slide list.
    const nextItem = shippedCatalog().items.find((i) => i.id === deck.slides[2]?.item);
    expect(nextItem).toBeDefined();
    expect(await consolePage.getByTestId('console-next').textContent()).toContain(nextItem?.name_zh);
    expect(await consolePage.locator('.console__slides button').count()).toBe(N);
    // The tool buttons are on the console now, and gone from the audience screen.
    await expect.poll(() => s.page.locator('.presenter__tools').count()).toBe(0);
    expect(await consolePage.locator('.console__tools .presenter__exit').count()).toBe(1);
    await consolePage.waitForFunction(() => (window.__blueprint?.idleCount ?? 0) > 0, undefined, { timeout: 60_000 });
  });

  it('PageDown in the console moves the audience screen, PageUp there moves the console', async () => {
    await consolePage.keyboard.press('PageDown');
    await shows(s.page, 3);
    await shows(consolePage, 3);
    await s.page.keyboard.press('PageUp');
    await s.page.keyboard.press('PageUp');
    await shows(consolePage, 1);
    await shows(s.page, 1);
    // The slide list jumps both; B blanks both, and B again brings both back.
    await consolePage.locator('.console__slides button[data-slide="4"]').click();
    await shows(s.page, 4);
    await consolePage.keyboard.press('b');
    await s.page.locator('.presenter__blank[data-blank="black"]').waitFor({ timeout: 5000 });
    await s.page.keyboard.press('b');
    await s.page.locator('.presenter__blank').waitFor({ state: 'detached', timeout: 5000 });
    await consolePage.locator('.presenter__blank').waitFor({ state: 'detached', timeout: 5000 });
  });

  it('with the pointer on (L), the console’s mouse puts the laser dot at the same place on the audience map, and a click spotlights an item on both', async () => {
    await settle(consolePage);
    await settle(s.page);
    // Off by default: moving over the map shows nothing.
    const box = await consolePage.locator('.map canvas').boundingBox();
    if (!box) throw new Error('no map canvas on the console');
    const x = box.x + box.width * 0.4;
    const y = box.y + box.height * 0.45;
    await consolePage.mouse.move(x, y);
    await consolePage.waitForTimeout(200);
    expect(await s.page.getByTestId('laser').count()).toBe(0);

    await consolePage.keyboard.press('l');
    await consolePage.mouse.move(x + 5, y + 5);
    await consolePage.mouse.move(x, y);
    await s.page.getByTestId('laser').waitFor({ timeout: 5000 });
    // The point sent is the one under the console's mouse, in the console's own map.
    const at = (await s.page.getByTestId('laser').getAttribute('data-lnglat'))?.split(',').map(Number) ?? [];
    const offset = await consolePage.evaluate(
      ([px, py, lng, lat]) => {
        const map = window.__blueprint?.map;
        if (!map) throw new Error('no map');
        const r = map.getContainer().getBoundingClientRect();
        const p = map.project([lng, lat]);
        return Math.hypot(p.x + r.left - px, p.y + r.top - py);
      },
      [x, y, at[0] ?? 0, at[1] ?? 0] as const,
    );
    expect(offset).toBeLessThan(1.5);
    // The dot's centre on the audience screen is where the audience map projects that point (drawn 1.5×).
    const placed = await s.page.evaluate(([lng, lat]) => {
      const map = window.__blueprint?.map;
      const dot = document.querySelector('[data-testid="laser"]');
      if (!map || !dot) throw new Error('no map or dot');
      const c = map.getContainer();
      const r = c.getBoundingClientRect();
      const k = r.width / c.offsetWidth;
      const p = map.project([lng as number, lat as number]);
      const d = dot.getBoundingClientRect();
      return { expected: [r.left + p.x * k, r.top + p.y * k], dot: [d.left + d.width / 2, d.top + d.height / 2] };
    }, at);
    expect(Math.abs((placed.dot[0] ?? 0) - (placed.expected[0] ?? 0))).toBeLessThan(2);
    expect(Math.abs((placed.dot[1] ?? 0) - (placed.expected[1] ?? 0))).toBeLessThan(2);
    // The dot is on the map's visible part: the point is one the audience sees.
    const vp = s.page.viewportSize();
    expect(placed.dot[0]).toBeGreaterThan(0);
    expect(placed.dot[0]).toBeLessThan(vp?.width ?? 0);

    // With the pointer on, a click on an item in the console spotlights it on both screens (every
    // other item dimmed, as feature-state); a second click clears it. On a direction's slide nothing
    // is dimmed to begin with.
    await consolePage.locator('.console__slides button[data-slide="2"]').click();
    await shows(s.page, 2);
    await settle(consolePage);
    await settle(s.page);
    const target = await consolePage.evaluate(() => {
      const map = window.__blueprint?.map;
      if (!map) throw new Error('no map');
      const r = map.getContainer().getBoundingClientRect();
      const w = map.getContainer().clientWidth;
      const h = map.getContainer().clientHeight;
      const points = map
        .queryRenderedFeatures({ layers: ['item-point'] })
        .filter((f) => f.state?.hidden !== true && f.geometry.type === 'Point')
        .map((f) => ({
          id: String(f.properties.id),
          p: map.project((f.geometry as GeoJSON.Point).coordinates as [number, number]),
        }))
        .filter(({ p }) => p.x > 20 && p.y > 20 && p.x < w - 20 && p.y < h - 20);
      // A dot with no other within 24 px: the click reaches it alone.
      const alone = points.find((a) => points.every((b) => b === a || Math.hypot(a.p.x - b.p.x, a.p.y - b.p.y) > 24));
      if (!alone) throw new Error('no lone item dot on the console map');
      return { id: alone.id, x: r.left + alone.p.x, y: r.top + alone.p.y, other: points.find((b) => b !== alone)?.id };
    });
    expect(target.other).toBeDefined();
    const dims = (page: Page) =>
      page.evaluate(
        (ids) => ids.map((id) => window.__blueprint?.map?.getFeatureState({ source: 'items', id })?.dim === true),
        [target.id, target.other ?? ''],
      );
    expect(await dims(s.page)).toEqual([false, false]);
    await consolePage.mouse.click(target.x, target.y);
    await expect.poll(() => dims(s.page), { timeout: 5000 }).toEqual([false, true]);
    await expect.poll(() => dims(consolePage), { timeout: 5000 }).toEqual([false, true]);
    await consolePage.mouse.click(target.x, target.y);
    await expect.poll(() => dims(s.page), { timeout: 5000 }).toEqual([false, false]);
    await expect.poll(() => dims(consolePage), { timeout: 5000 }).toEqual([false, false]);

    // L again: the dot goes.
    await consolePage.keyboard.press('l');
    await s.page.getByTestId('laser').waitFor({ state: 'detached', timeout: 5000 });
  });

  it('closing the console leaves the audience screen working, with its tools back', async () => {
    await consolePage.close();
    await expect.poll(() => s.page.locator('.presenter__tools').count(), { timeout: 5000 }).toBe(1);
    const before = Number(slideParam(s.page));
    await s.page.keyboard.press('PageDown');
    await shows(s.page, before + 1);
  });

  it('exports a deck as PowerPoint (a slide per deck slide, each with its picture, title and notes) and as a handout', {
    timeout: 240_000,
  }, async () => {
    // A short deck (the results of one direction and category) keeps the software-WebGL renders few.
    const catalog = shippedCatalog();
    const mappedIn = (zone: string, cat: string) =>
      catalog.items.filter(
        (i) => i.geometry_kind && i.category === cat && (i.zone === zone || i.zones_also.includes(zone as never)),
      );
    const [zone, cat] =
      ['南美', '西兴', '东强', '北起', '中优']
        .flatMap((z) => ['culture', 'ecology', 'health', 'science', 'transport'].map((c) => [z, c] as const))
        .find(([z, c]) => mappedIn(z, c).length >= 2 && mappedIn(z, c).length <= 3) ?? [];
    if (!zone || !cat) throw new Error('no direction and category with 2–3 mapped items');
    const items = mappedIn(zone, cat);
    const page = await s.context.newPage();
    await page.goto(`${s.origin}/?zone=${encodeURIComponent(zone)}&cat=${cat}&present=results`);
    await page.getByTestId('progress').waitFor({ timeout: 60_000 });
    const n = items.length + 2;
    expect(await progress(page)).toBe(`1 / ${n}`);
    await page.waitForFunction(() => (window.__blueprint?.idleCount ?? 0) > 0, undefined, { timeout: 60_000 });

    const button = page.getByRole('button', { name: '导出 PPTX' });
    const progressBar = page.getByTestId('pptx-progress');
    // Cancelled on its way: the progress goes and no file comes.
    await button.click();
    await expect.poll(() => progressBar.textContent(), { timeout: 30_000 }).toContain(`共 ${n} 页`);
    await progressBar.getByRole('button', { name: '中断' }).click();
    await progressBar.waitFor({ state: 'detached', timeout: 60_000 });

    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 200_000 }), button.click()]);
    expect(download.suggestedFilename()).toMatch(/^jinan-blueprint-results-\d{4}-\d{2}-\d{2}\.pptx$/);
    const saved = path.join(os.tmpdir(), `console-test-${process.pid}.pptx`);
    await download.saveAs(saved);
    const zip = await JSZip.loadAsync(fs.readFileSync(saved));
    fs.rmSync(saved);
    const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
    expect(slides).toHaveLength(n);
    const xmlText = (t: string) => t.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
    // Slide 1 and n: the title and summary; between them, one per item.
    const seen = new Set<string>();
    for (let k = 1; k <= n; k++) {
      const xml = (await zip.file(`ppt/slides/slide${k}.xml`)?.async('string')) ?? '';
      expect(xml, `slide ${k} has a picture`).toContain('<p:pic>');
      const itemHere = k > 1 && k < n ? items.find((i) => xml.includes(`>${xmlText(i.name_zh)}<`)) : undefined;
      if (k > 1 && k < n) expect(itemHere, `slide ${k} is about one of the items`).toBeDefined();
      // The title and summary are titled as their PNG is: after the direction the results are of.
      else expect(xml, `slide ${k} has its title`).toContain(`>${zone}<`);
      if (itemHere) seen.add(itemHere.id);
      const rels = (await zip.file(`ppt/slides/_rels/slide${k}.xml.rels`)?.async('string')) ?? '';
      const notesTarget = rels.match(/Target="\.\.\/notesSlides\/(notesSlide\d+\.xml)"/)?.[1];
      expect(notesTarget, `slide ${k} has a notes page`).toBeDefined();
      const notes = (await zip.file(`ppt/notesSlides/${notesTarget}`)?.async('string')) ?? '';
      // The speaker notes: an item's start with its name; the title and summary count the results.
      expect(notes, `slide ${k}`).toContain(itemHere ? xmlText(itemHere.name_zh) : `共 ${items.length} 个项目`);
    }
    expect(seen.size).toBe(items.length);

    // The handout: every slide as an A4 landscape picture, one per printed page.
    await page.getByRole('button', { name: '打印全部页面' }).click();
    await expect.poll(() => page.locator('img.print-sheet--deck').count(), { timeout: 200_000 }).toBe(n);
    const sizes = await page
      .locator('img.print-sheet--deck')
      .evaluateAll((imgs) =>
        Promise.all(
          (imgs as HTMLImageElement[]).map((img) => img.decode().then(() => [img.naturalWidth, img.naturalHeight])),
        ),
      );
    expect(sizes).toEqual(Array.from({ length: n }, () => [1754, 1240]));
    await page.emulateMedia({ media: 'print' });
    const breaks = await page
      .locator('img.print-sheet--deck')
      .evaluateAll((imgs) => imgs.map((img) => getComputedStyle(img).breakAfter));
    expect(breaks).toEqual([...Array.from({ length: n - 1 }, () => 'page'), 'auto']);
    expect(await page.locator('#root').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    await page.close();
    expect(s.consoleErrors).toEqual([]);
    expect(s.foreign).toEqual([]);
  });

  it('embedded (embed=1): the map and legend without the panel, a link out to the same view, nothing foreign', async () => {
    const page = await s.context.newPage();
    const before = s.foreign.length;
    await page.goto(`${s.origin}/?zone=${encodeURIComponent('南美')}&embed=1`);
    await page.waitForFunction(() => (window.__blueprint?.idleCount ?? 0) > 0, undefined, { timeout: 60_000 });
    await page.getByTestId('embed-bar').waitFor();
    expect(await page.locator('.panel').isVisible()).toBe(false);
    expect(await page.locator('.legend').isVisible()).toBe(true);
    // The map has the whole width of the frame.
    const map = await page.locator('.map').boundingBox();
    expect(map?.x).toBe(0);
    expect(map?.width).toBe(page.viewportSize()?.width);
    const link = page.getByTestId('embed-open');
    expect(await link.textContent()).toBe('在济南蓝图中打开');
    expect(await link.getAttribute('target')).toBe('_blank');
    const href = new URL((await link.getAttribute('href')) ?? '', s.origin);
    expect(href.origin).toBe(s.origin);
    expect(href.searchParams.get('embed')).toBeNull();
    expect(href.searchParams.get('zone')).toBe('南美');
    expect(s.foreign.slice(before)).toEqual([]);
    await page.close();
  });
});
