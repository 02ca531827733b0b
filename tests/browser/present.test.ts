import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pngSize } from '../../src/present/imageLayout';
import type { Deck } from '../../src/present/types';
import { ARTIFACTS, openApp, ROOT, type Session, settle, waitForIdle } from './harness';

const deck = JSON.parse(fs.readFileSync(path.join(ROOT, 'src/present/deck.default.json'), 'utf8')) as Deck;
const N = deck.slides.length;

const progress = (page: Page) => page.getByTestId('progress').textContent();
const slideParam = (page: Page) => new URL(page.url()).searchParams.get('slide') ?? '1';

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
  let s: Session;

  beforeAll(async () => {
    s = await openApp('?present=default', { width: 1920, height: 1080 });
    await waitForIdle(s.page);
    await s.page.getByTestId('progress').waitFor({ timeout: 30_000 });
    await settle(s.page);
  });
  afterAll(async () => {
    await s?.close();
  });

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
        const state = await s.page.evaluate(
          (id) => window.__blueprint?.map?.getFeatureState({ source: 'items', id: id ?? '' }),
          id,
        );
        expect(state?.selected, `${id} highlighted`).toBe(true);
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

  it('exports the slide as a PNG of 1920×1080 with real content', async () => {
    await s.page.keyboard.press('3');
    await s.page.keyboard.press('Enter');
    await settle(s.page);
    const [download] = await Promise.all([
      s.page.waitForEvent('download', { timeout: 60_000 }),
      s.page.getByRole('button', { name: '保存图片', exact: true }).click(),
    ]);
    const file = path.join(ARTIFACTS, 'present-export.png');
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await download.saveAs(file);
    const bytes = fs.readFileSync(file);
    expect(pngSize(new Uint8Array(bytes))).toEqual({ width: 1920, height: 1080 });
    // Real content: the picture has many colours, not a blank or a single fill.
    const colours = await s.page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = 480;
      c.height = 270;
      const ctx = c.getContext('2d');
      if (!ctx) return 0;
      ctx.drawImage(img, 0, 0, 480, 270);
      const data = ctx.getImageData(0, 0, 480, 270).data;
      const seen = new Set<number>();
      for (let i = 0; i < data.length; i += 4)
        seen.add(((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0));
      return seen.size;
    }, bytes.toString('base64'));
    expect(colours).toBeGreaterThan(200);
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
    const s = await openApp('?present=default&slide=3', { width: 1024, height: 768 });
    try {
      await waitForIdle(s.page);
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
    } finally {
      await s.close();
    }
  });
});

describe('present these results', () => {
  it('builds a deck from the current filters: one slide per mapped item between a title and a summary', async () => {
    const s = await openApp('?d=370117', { width: 1600, height: 900 });
    try {
      await waitForIdle(s.page);
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
    } finally {
      await s.close();
    }
  });
});
