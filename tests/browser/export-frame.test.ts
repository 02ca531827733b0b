import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pngSize } from '../../src/image/imageLayout';
import type { Deck } from '../../src/present/types';
import { ARTIFACTS, openDeck, ROOT, settle, sharedSession } from './harness';

// A saved or printed slide shows its subject whole: the slide's bounds, projected with the camera the
// off-screen map ended on, lie clear of everything drawn over the map (title band, legend, north
// arrow, scale bar, footer). Both are watched from the test's side only: MapLibre's Map.remove (the
// export removes its map after drawing) and the 2D canvas calls that draw the furniture.

const deck = JSON.parse(fs.readFileSync(path.join(ROOT, 'src/present/deck.default.json'), 'utf8')) as Deck;
const slideNumber = (id: string) => deck.slides.findIndex((s) => s.id === id) + 1;
/** The 济莱高铁 slide's bounds: the subject of three of the pictures below. */
const laiwuBounds = () => deck.slides[slideNumber('item-hsr-jinan-laiwu') - 1]?.bounds ?? [];

type Box = { left: number; top: number; right: number; bottom: number };
interface Watched {
  /** The subject as the off-screen map's final camera places it, in device pixels of the picture. */
  subject: Box[];
  /** Everything filled or rounded on the composed picture, in its device pixels, by canvas width. */
  furniture: { canvasWidth: number; box: Box }[];
}

declare global {
  interface Window {
    __watched?: Watched & { bounds: number[] | null };
  }
}

/** Starts watching the next exports of the given bounds. */
async function watch(page: Page, bounds: number[]): Promise<void> {
  await page.evaluate((bounds) => {
    if (window.__watched) {
      Object.assign(window.__watched, { bounds, subject: [], furniture: [] });
      return;
    }
    const live = window.__blueprint?.map;
    if (!live) throw new Error('no map');
    const watched = { bounds, subject: [] as Box[], furniture: [] as Watched['furniture'] };
    window.__watched = watched;
    const proto = Object.getPrototypeOf(live);
    const remove = proto.remove;
    proto.remove = function (this: typeof live, ...args: unknown[]) {
      const b = watched.bounds;
      if (this !== live && b) {
        const pr = this.getPixelRatio();
        const nw = this.project([b[0] as number, b[3] as number]);
        const se = this.project([b[2] as number, b[1] as number]);
        watched.subject.push({ left: nw.x * pr, top: nw.y * pr, right: se.x * pr, bottom: se.y * pr });
      }
      return remove.apply(this, args);
    };
    const ctx = CanvasRenderingContext2D.prototype;
    const record = (c: CanvasRenderingContext2D, x: number, y: number, w: number, h: number) => {
      const m = c.getTransform();
      const [x1, x2] = [m.a * x + m.e, m.a * (x + w) + m.e].sort((p, q) => p - q) as [number, number];
      const [y1, y2] = [m.d * y + m.f, m.d * (y + h) + m.f].sort((p, q) => p - q) as [number, number];
      watched.furniture.push({ canvasWidth: c.canvas.width, box: { left: x1, top: y1, right: x2, bottom: y2 } });
    };
    const fillRect = ctx.fillRect;
    ctx.fillRect = function (x, y, w, h) {
      record(this, x, y, w, h);
      return fillRect.call(this, x, y, w, h);
    };
    const roundRect = ctx.roundRect;
    ctx.roundRect = function (x, y, w, h, r) {
      record(this, x, y, w, h);
      return roundRect.call(this, x, y, w, h, r);
    };
  }, bounds);
}

const watched = (page: Page) =>
  page.evaluate(() => ({ subject: window.__watched?.subject ?? [], furniture: window.__watched?.furniture ?? [] }));

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The subject inside the picture and clear of every piece of furniture drawn on it. */
function expectClear(w: Awaited<ReturnType<typeof watched>>, size: { width: number; height: number }, what: string) {
  expect(w.subject, `${what}: the export's map was seen`).toHaveLength(1);
  const subject = w.subject[0] as Box;
  expect(subject.left, what).toBeGreaterThanOrEqual(0);
  expect(subject.top, what).toBeGreaterThanOrEqual(0);
  expect(subject.right, what).toBeLessThanOrEqual(size.width);
  expect(subject.bottom, what).toBeLessThanOrEqual(size.height);
  const furniture = w.furniture.filter((f) => f.canvasWidth === size.width).map((f) => f.box);
  // The band, its accent bar and rule, the footer and its rule, three panels at least.
  expect(furniture.length, what).toBeGreaterThan(7);
  const hit = furniture.filter((f) => overlaps(f, subject));
  expect(hit, `${what}: furniture over the subject ${JSON.stringify(subject)}`).toEqual([]);
}

async function goTo(page: Page, n: number) {
  for (const key of String(n)) await page.keyboard.press(key);
  await page.keyboard.press('Enter');
  await expect.poll(() => page.getByTestId('progress').textContent()).toBe(`${n} / ${deck.slides.length}`);
  await settle(page);
}

async function savePng(page: Page, name: string, button: string): Promise<Buffer> {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
  const file = path.join(ARTIFACTS, name);
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await download.saveAs(file);
  return fs.readFileSync(file);
}

describe('an exported slide shows its subject clear of the furniture', () => {
  const s = sharedSession(openDeck);

  it('济莱高铁 (an item slide): the whole line, 济南东站 included, in the 1920×1080 PNG', async () => {
    const n = slideNumber('item-hsr-jinan-laiwu');
    const slide = deck.slides[n - 1];
    if (!slide) throw new Error('no 济莱高铁 slide');
    await goTo(s.page, n);
    await watch(s.page, slide.bounds);
    const png = await savePng(s.page, 'export-hsr-jinan-laiwu.png', '保存图片');
    expect(pngSize(new Uint8Array(png))).toEqual({ width: 1920, height: 1080 });
    expectClear(await watched(s.page), { width: 1920, height: 1080 }, '济莱高铁 1×');
  });

  it('济莱高铁 at 3840×2160', async () => {
    await watch(s.page, laiwuBounds());
    const png = await savePng(s.page, 'export-hsr-jinan-laiwu@2x.png', '保存图片（2倍）');
    expect(pngSize(new Uint8Array(png))).toEqual({ width: 3840, height: 2160 });
    expectClear(await watched(s.page), { width: 3840, height: 2160 }, '济莱高铁 2×');
  });

  it('济莱高铁 on the A4 print sheet', async () => {
    await watch(s.page, laiwuBounds());
    await s.page.getByRole('button', { name: '打印 A4' }).click();
    await expect.poll(() => s.page.locator('img.print-sheet').count(), { timeout: 120_000 }).toBe(1);
    await expect.poll(async () => (await watched(s.page)).subject.length, { timeout: 60_000 }).toBe(1);
    expectClear(await watched(s.page), { width: 1754, height: 1240 }, '济莱高铁 A4');
  });

  it('东强 (a zone slide) in the 1920×1080 PNG', async () => {
    const n = slideNumber('zone-east');
    const slide = deck.slides[n - 1];
    if (!slide) throw new Error('no 东强 slide');
    await goTo(s.page, n);
    await watch(s.page, slide.bounds);
    await savePng(s.page, 'export-zone-east.png', '保存图片');
    expectClear(await watched(s.page), { width: 1920, height: 1080 }, '东强 1×');
    expect(s.consoleErrors).toEqual([]);
  });
});
