import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { zhCN } from '../../src/i18n/zh-CN';
import { FURNITURE, layoutFurniture, pngSize, type Rect } from '../../src/image/imageLayout';
import { uiPalette } from '../../src/map/palette';
import type { Deck } from '../../src/present/types';
import {
  ARTIFACTS,
  openDeck,
  openIdle,
  ROOT,
  settle,
  sharedSession,
  shippedCatalog,
  waitForRows,
  withSession,
} from './harness';

const deck = JSON.parse(fs.readFileSync(path.join(ROOT, 'src/present/deck.default.json'), 'utf8')) as Deck;
const N = deck.slides.length;

const progress = (page: Page) => page.getByTestId('progress').textContent();
const slideParam = (page: Page) => new URL(page.url()).searchParams.get('slide') ?? '1';

/** What the image export draws on its canvas, recorded from the test's side (see watchFurniture). */
interface Furniture {
  /** Each fillText: the text and its anchor, in the picture's pixels. */
  texts: { text: string; x: number; y: number }[];
  /** Each fillRect, and each roundRect (the panels and the legend's keys), in the picture's pixels. */
  fills: Rect[];
  panels: Rect[];
}

const near = (a: number, b: number) => Math.abs(a - b) < 0.5;
const sameRect = (a: Rect, b: Rect) =>
  near(a.left, b.left) && near(a.top, b.top) && near(a.right, b.right) && near(a.bottom, b.bottom);
const inside = (p: { x: number; y: number }, r: Rect) =>
  p.x >= r.left && p.x <= r.right && p.y >= r.top && p.y <= r.bottom;

/** The furniture's ink (uiPalette's ink and inkSoft, which src/image/furniture.ts draws in), as RGB. */
const INKS = [uiPalette.ink, uiPalette.inkSoft].map((hex) =>
  [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)),
);

/** Records the text, rectangles and panels drawn on 2D canvases `width` pixels wide (the export's). */
async function watchFurniture(page: Page, width: number): Promise<void> {
  await page.evaluate((width) => {
    const drawn: Furniture = { texts: [], fills: [], panels: [] };
    (window as unknown as { __furniture: Furniture }).__furniture = drawn;
    const box = (c: CanvasRenderingContext2D, x: number, y: number, w: number, h: number): Rect => {
      const m = c.getTransform();
      const [left, right] = [m.a * x + m.e, m.a * (x + w) + m.e].sort((p, q) => p - q) as [number, number];
      const [top, bottom] = [m.d * y + m.f, m.d * (y + h) + m.f].sort((p, q) => p - q) as [number, number];
      return { left, top, right, bottom };
    };
    const ctx = CanvasRenderingContext2D.prototype;
    const { fillText, fillRect, roundRect } = ctx;
    ctx.fillText = function (text, x, y, maxWidth) {
      if (this.canvas.width === width) {
        const m = this.getTransform();
        drawn.texts.push({ text, x: m.a * x + m.c * y + m.e, y: m.b * x + m.d * y + m.f });
      }
      return maxWidth === undefined ? fillText.call(this, text, x, y) : fillText.call(this, text, x, y, maxWidth);
    };
    ctx.fillRect = function (x, y, w, h) {
      if (this.canvas.width === width) drawn.fills.push(box(this, x, y, w, h));
      return fillRect.call(this, x, y, w, h);
    };
    ctx.roundRect = function (x, y, w, h, r) {
      if (this.canvas.width === width) drawn.panels.push(box(this, x, y, w, h));
      return roundRect.call(this, x, y, w, h, r);
    };
  }, width);
}

/** In each piece of the PNG, the pixels in the furniture's ink colours; in `free`, how many colours. */
function readPicture(page: Page, png: string, pieces: Record<string, Rect>, free: Rect) {
  return page.evaluate(
    async ({ png, pieces, free, inks }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${png}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no 2D canvas context');
      ctx.drawImage(img, 0, 0);
      const pixels = (r: Rect) =>
        ctx.getImageData(
          Math.round(r.left),
          Math.round(r.top),
          Math.round(r.right - r.left),
          Math.round(r.bottom - r.top),
        ).data;
      const ink: Record<string, number> = {};
      for (const [name, rect] of Object.entries(pieces)) {
        const d = pixels(rect);
        let n = 0;
        for (let i = 0; i < d.length; i += 4) {
          const [r, g, b] = [d[i] ?? 0, d[i + 1] ?? 0, d[i + 2] ?? 0];
          if (inks.some(([r0 = 0, g0 = 0, b0 = 0]) => Math.hypot(r - r0, g - g0, b - b0) < 60)) n++;
        }
        ink[name] = n;
      }
      const d = pixels(free);
      const colours = new Set<number>();
      for (let i = 0; i < d.length; i += 4) colours.add(((d[i] ?? 0) << 16) | ((d[i + 1] ?? 0) << 8) | (d[i + 2] ?? 0));
      return { ink, freeColours: colours.size };
    },
    { png, pieces, free, inks: INKS },
  );
}

/** True when the visible map contains the bounds (a small tolerance for rounding). */
function cameraContains(page: Page, b: number[]): Promise<boolean> {
  return page.evaluate((b) => {
    const v = window.__blueprint?.map?.getBounds();
    if (!v) return false;
    const eps = 0.005;
    return (
      v.getWest() <= (b[0] as number) + eps &&
      v.getSouth() <= (b[1] as number) + eps &&
      v.getEast() >= (b[2] as number) - eps &&
      v.getNorth() >= (b[3] as number) - eps
    );
  }, b);
}

describe('meeting mode, driven by the keys a clicker sends', () => {
  const s = sharedSession(openDeck);

  it('opens the deck from the link, hides the chrome, and takes the arrow keys from the map', async () => {
    expect(N).toBeGreaterThan(10);
    expect(await s.page.locator('.panel').isVisible()).toBe(false);
    expect(await s.page.locator('.caption').isVisible()).toBe(true);
    expect(await s.page.evaluate(() => window.__blueprint?.map?.keyboard.isEnabled())).toBe(false);
  });

  it('walks the whole deck with PageDown: each slide frames its bounds and the URL follows', async () => {
    for (let i = 0; i < N; i++) {
      const slide = deck.slides[i];
      if (!slide) throw new Error(`no slide ${i}`);
      await expect.poll(() => progress(s.page)).toBe(`${i + 1} / ${N}`);
      await settle(s.page);
      expect(await cameraContains(s.page, slide.bounds), `slide ${i + 1} (${slide.id}) framed`).toBe(true);
      await expect.poll(() => slideParam(s.page)).toBe(String(i + 1));
      expect(await s.page.locator('.presenter').getAttribute('data-kind')).toBe(slide.kind);
      if (slide.kind === 'item' && i < 6) {
        const id = slide.item;
        await expect
          .poll(
            () =>
              s.page.evaluate(
                (id) => window.__blueprint?.map?.getFeatureState({ source: 'items', id: id ?? '' })?.selected === true,
                id,
              ),
            { message: `${id} highlighted` },
          )
          .toBe(true);
      }
      if (i === 1) await s.page.screenshot({ path: path.join(ARTIFACTS, 'present-zone-1920.png') });
      if (i === 2) await s.page.screenshot({ path: path.join(ARTIFACTS, 'present-item-1920.png') });
      await s.page.keyboard.press('PageDown');
    }
    // At the end PageDown stays on the last slide.
    await expect.poll(() => progress(s.page)).toBe(`${N} / ${N}`);
  });

  it('goes back with PageUp and jumps with a number and Enter', async () => {
    await s.page.keyboard.press('PageUp');
    await expect.poll(() => progress(s.page)).toBe(`${N - 1} / ${N}`);
    await s.page.keyboard.press('3');
    await s.page.keyboard.press('Enter');
    await expect.poll(() => progress(s.page)).toBe(`3 / ${N}`);
    await expect.poll(() => slideParam(s.page)).toBe('3');
    await s.page.keyboard.press('Home');
    await expect.poll(() => progress(s.page)).toBe(`1 / ${N}`);
    await s.page.keyboard.press('End');
    await expect.poll(() => progress(s.page)).toBe(`${N} / ${N}`);
  });

  it('blanks to black with B and to white with W, and back', async () => {
    await s.page.keyboard.press('b');
    await expect.poll(() => s.page.locator('.presenter__blank').getAttribute('data-blank')).toBe('black');
    const dark = await s.page.screenshot({ clip: { x: 900, y: 500, width: 50, height: 50 } });
    await s.page.keyboard.press('b');
    await expect.poll(() => s.page.locator('.presenter__blank').count()).toBe(0);
    await s.page.keyboard.press('w');
    await expect.poll(() => s.page.locator('.presenter__blank').getAttribute('data-blank')).toBe('white');
    const light = await s.page.screenshot({ clip: { x: 900, y: 500, width: 50, height: 50 } });
    expect(dark.equals(light)).toBe(false);
    await s.page.keyboard.press('PageUp');
    await expect.poll(() => s.page.locator('.presenter__blank').count()).toBe(0);
  });

  it('exports the slide as a PNG of 1920×1080: the map, and over it title, legend, scale bar, north arrow, date and sources', async () => {
    await s.page.keyboard.press('3');
    await s.page.keyboard.press('Enter');
    await settle(s.page);
    await watchFurniture(s.page, 1920);
    const [download] = await Promise.all([
      s.page.waitForEvent('download', { timeout: 60_000 }),
      s.page.getByRole('button', { name: '保存图片', exact: true }).click(),
    ]);
    const file = path.join(ARTIFACTS, 'present-export.png');
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await download.saveAs(file);
    const bytes = fs.readFileSync(file);
    expect(pngSize(new Uint8Array(bytes))).toEqual({ width: 1920, height: 1080 });
    const drawn = await s.page.evaluate(() => (window as unknown as { __furniture: Furniture }).__furniture);

    // Where the layout puts each piece, from the band's height and the legend's size as drawn.
    const frame = { width: 1920, height: 1080 };
    const band = drawn.fills.find((r) => r.left === 0 && r.top === 0 && r.right === frame.width);
    if (!band) throw new Error('no title band was filled');
    const legendBottom = frame.height - FURNITURE.footerHeight - FURNITURE.margin;
    const legendPanel = drawn.panels.find((r) => r.left === FURNITURE.margin && near(r.bottom, legendBottom));
    if (!legendPanel) throw new Error('no legend panel was drawn');
    const layout = layoutFurniture(frame, band.bottom, {
      width: legendPanel.right - legendPanel.left,
      height: legendPanel.bottom - legendPanel.top,
    });
    // The north arrow's panel is where the layout says, the scale bar's inside its room.
    expect(
      drawn.panels.some((r) => sameRect(r, layout.north)),
      'north arrow panel',
    ).toBe(true);
    expect(
      drawn.panels.some(
        (r) => r.left >= layout.scale.left && sameRect({ ...r, left: layout.scale.left }, layout.scale),
      ),
      'scale bar panel',
    ).toBe(true);

    // Each text is drawn, and drawn inside its piece of furniture.
    const t = zhCN;
    const review = shippedCatalog().reviewed;
    const expected: [string, string | RegExp, Rect][] = [
      ['title', `${t['app.title']} · ${t['app.subtitle']}`, layout.band],
      ['date and sources', `${t['present.asOf']} ${review}  ·  ${t['map.attribution']}`, layout.footer],
      ['north arrow', t['present.north'], layout.north],
      ['scale bar', new RegExp(`^\\d+(\\.\\d+)? (${t['unit.km']}|${t['unit.m']})$`), layout.scale],
      ...(['legend.zones', 'legend.lines', 'categories.title', 'legend.points'] as const).map(
        (k): [string, string, Rect] => [`legend heading ${k}`, t[k], layout.legend],
      ),
    ];
    for (const [what, text, rect] of expected) {
      const hits = drawn.texts.filter((d) => (typeof text === 'string' ? d.text === text : text.test(d.text)));
      expect(hits.length, `${what}: ${text} drawn`).toBeGreaterThan(0);
      expect(
        hits.some((d) => inside(d, rect)),
        `${what} inside ${JSON.stringify(rect)}: ${JSON.stringify(hits)}`,
      ).toBe(true);
    }

    // And the picture holds them: in each piece, pixels in the furniture's ink colours. The band and the
    // footer are opaque, the panels 95 % paper, so no map colour beneath can pass for ink there.
    const pieces = {
      band: layout.band,
      footer: layout.footer,
      legend: layout.legend,
      north: layout.north,
      scale: layout.scale,
    };
    const picture = await readPicture(s.page, bytes.toString('base64'), pieces, layout.free);
    for (const [piece, count] of Object.entries(picture.ink))
      expect(count, `ink pixels in the ${piece}`).toBeGreaterThan(40);
    // Between them, the map: many colours, not a blank or a single fill.
    expect(picture.freeColours, 'colours in the map area').toBeGreaterThan(200);
  });

  it('prepares an A4 landscape handout: the composed sheet is all that prints', async () => {
    // window.print() does nothing in headless Chromium; the sheet and the print stylesheet are what matter.
    await s.page.getByRole('button', { name: '打印 A4' }).click();
    const sheet = s.page.locator('img.print-sheet');
    await expect.poll(() => sheet.count(), { timeout: 60_000 }).toBe(1);
    await expect
      .poll(() => sheet.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight]), { timeout: 30_000 })
      .toEqual([1754, 1240]);
    await s.page.emulateMedia({ media: 'print' });
    expect(await s.page.locator('#root').isVisible()).toBe(false);
    expect(await sheet.isVisible()).toBe(true);
    await s.page.emulateMedia({ media: 'screen' });
    expect(await sheet.isVisible()).toBe(false);
  });

  it('shows a QR code of the link', async () => {
    const qr = s.page.getByTestId('qr');
    if ((await qr.count()) === 0) await s.page.getByRole('button', { name: '二维码' }).click();
    await expect.poll(() => qr.count()).toBe(1);
    expect(await qr.locator('svg path').getAttribute('d')).toMatch(/^M\d/);
  });

  it('leaves with Esc: the panel returns, the map takes its keys back, the URL drops the deck', async () => {
    await s.page.keyboard.press('Escape');
    await expect.poll(() => s.page.locator('.presenter').count()).toBe(0);
    expect(await s.page.locator('.panel').isVisible()).toBe(true);
    expect(new URL(s.page.url()).searchParams.get('present')).toBeNull();
    expect(await s.page.evaluate(() => window.__blueprint?.map?.keyboard.isEnabled())).toBe(true);
    expect(s.foreign).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
  });
});

describe('meeting mode on a 1024×768 projector', () => {
  it('opens a link at a given slide, legible, with the caption and the progress', async () => {
    await withSession(
      () => openIdle('?present=default&slide=3', { width: 1024, height: 768 }),
      async (s) => {
        await expect.poll(() => progress(s.page), { timeout: 30_000 }).toBe(`3 / ${N}`);
        await settle(s.page);
        const slide = deck.slides[2];
        expect(slide && (await cameraContains(s.page, slide.bounds))).toBe(true);
        const size = await s.page
          .locator('.caption__title')
          .evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
        expect(size).toBeGreaterThanOrEqual(24);
        fs.mkdirSync(ARTIFACTS, { recursive: true });
        await s.page.screenshot({ path: path.join(ARTIFACTS, 'present-item-1024.png') });
        await s.page.keyboard.press('Home');
        await s.page.keyboard.press('PageDown');
        await expect.poll(() => progress(s.page)).toBe(`2 / ${N}`);
        await settle(s.page);
        await s.page.screenshot({ path: path.join(ARTIFACTS, 'present-zone-1024.png') });
      },
    );
  });
});

describe('present these results', () => {
  it('builds a deck from the current filters: one slide per mapped item between a title and a summary', async () => {
    await withSession(
      () => openIdle('?d=370117', { width: 1600, height: 900 }),
      async (s) => {
        // The list may fill after the map's first idle: wait for every item touching 历城区.
        const touching = shippedCatalog().items.filter((i) => i.districts?.inside.some((d) => d.key === '370117'));
        expect(touching.length).toBeGreaterThan(3);
        await waitForRows(s.page, touching.length);
        const mapped = await s.page
          .locator('#item-list button.item-row')
          .evaluateAll((rows) => rows.filter((r) => !r.textContent?.includes('全市性')).length);
        await s.page.getByRole('button', { name: '演示当前结果' }).click();
        await expect.poll(() => progress(s.page), { timeout: 30_000 }).toBe(`1 / ${mapped + 2}`);
        expect(new URL(s.page.url()).searchParams.get('present')).toBe('results');
        expect(new URL(s.page.url()).searchParams.get('d')).toBe('370117');
        await s.page.keyboard.press('PageDown');
        await expect.poll(() => progress(s.page)).toBe(`2 / ${mapped + 2}`);
        expect(await s.page.locator('.presenter').getAttribute('data-kind')).toBe('item');
      },
    );
  });
});
