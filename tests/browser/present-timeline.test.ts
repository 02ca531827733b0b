import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { countProgress } from '../../src/catalog/timeline';
import { parseCsv } from '../../src/explore/exportTestData';
import type { Deck } from '../../src/present/types';
import { ARTIFACTS, openIdle, ROOT, sharedSession, shippedCatalog } from './harness';

// Meeting mode across time: the default deck's timeline slide plays the city month by month, the
// URL's asof follows it, the caption names what opened when and counts progress at the month.

const deck = JSON.parse(fs.readFileSync(path.join(ROOT, 'src/present/deck.default.json'), 'utf8')) as Deck;
const N = deck.slides.length;
const TIMELINE = deck.slides.findIndex((s) => s.kind === 'timeline') + 1;

const month = (page: Page) => page.getByTestId('caption-month').textContent();
const openings = (page: Page) => page.getByTestId('timeline-openings').locator('li').allTextContents();
const urlParam = (page: Page, key: string) => new URL(page.url()).searchParams.get(key);
const playing = (page: Page) => page.locator('.caption--timeline').getAttribute('data-playing');
const LAIWU = '2022-12 济莱高铁 开通';

describe('the timeline slide', () => {
  // A link to the slide at a month opens it there, paused: a known start for the play.
  const s = sharedSession(() =>
    openIdle(`?present=default&slide=${TIMELINE}&asof=2022-06`, { width: 1600, height: 900 }),
  );

  it('opens a link at its month, paused, with the progress of the whole catalogue at that month', async () => {
    expect(TIMELINE).toBeGreaterThan(1);
    await expect.poll(() => month(s.page), { timeout: 30_000 }).toBe('2022-06');
    expect(await s.page.locator('.presenter').getAttribute('data-kind')).toBe('timeline');
    expect(await playing(s.page)).toBe('false');
    expect(urlParam(s.page, 'asof')).toBe('2022-06');
    // 济莱高铁 opened on 2022-12-30: not yet named in June.
    expect(await openings(s.page)).not.toContain(LAIWU);
    const catalog = shippedCatalog();
    const counts = countProgress(catalog.items, '2022-06', catalog.reviewed);
    const bar = s.page.getByTestId('caption-progress');
    expect(await bar.getAttribute('data-month')).toBe('2022-06');
    expect(
      await Promise.all(
        ['data-done', 'data-under-way', 'data-not-started', 'data-behind'].map((a) => bar.getAttribute(a)),
      ),
    ).toEqual([counts.done, counts.under_way, counts.not_started, counts.behind].map(String));
  });

  it('plays month by month with K, the URL following, and names 济莱高铁 once December 2022 is reached', async () => {
    await s.page.keyboard.press('k');
    await expect.poll(() => playing(s.page)).toBe('true');
    // The month advances over time, one step after another.
    await expect.poll(() => month(s.page)).not.toBe('2022-06');
    await expect.poll(async () => (await month(s.page)) ?? '', { timeout: 20_000 }).toMatch(/^(2022-12|2023-\d\d)$/);
    await expect.poll(() => openings(s.page)).toContain(LAIWU);
    // Paused, the month stays and the URL says the month shown.
    await s.page.keyboard.press('k');
    await expect.poll(() => playing(s.page)).toBe('false');
    const paused = await month(s.page);
    expect(paused && paused >= '2022-12').toBe(true);
    await expect.poll(() => urlParam(s.page, 'asof')).toBe(paused);
    await new Promise((r) => setTimeout(r, 1000));
    expect(await month(s.page)).toBe(paused);
    expect(await s.page.getByTestId('caption-progress').getAttribute('data-month')).toBe(paused);
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await s.page.screenshot({ path: path.join(ARTIFACTS, 'present-timeline-1600.png') });
  });

  it('keeps Space for the next slide, and leaves the explorer at today', async () => {
    await s.page.keyboard.press(' ');
    await expect.poll(() => s.page.getByTestId('progress').textContent()).toBe(`${TIMELINE + 1} / ${N}`);
    // The summary has no month of its own: the explorer's (today, for this link) comes back.
    await expect.poll(() => urlParam(s.page, 'asof')).toBeNull();
    await s.page.keyboard.press('Escape');
    await expect.poll(() => s.page.locator('.presenter').count()).toBe(0);
    expect(urlParam(s.page, 'asof')).toBeNull();
  });

  it('presents from an explorer at another month: captions at that month, and the month kept on leaving', async () => {
    // A link followed in the same tab (back/forward is read like a new link): 济莱高铁's slide, June 2022.
    const item = deck.slides.findIndex((x) => x.item === 'hsr-jinan-laiwu') + 1;
    await s.page.evaluate((n) => {
      history.pushState(null, '', `?present=default&slide=${n}&asof=2022-06`);
      dispatchEvent(new PopStateEvent('popstate'));
    }, item);
    await expect.poll(() => s.page.getByTestId('progress').textContent()).toBe(`${item} / ${N}`);
    // Works started in 2019-09, the line opened on 2022-12-30 (promised for 2020): under construction and behind then.
    await expect.poll(() => s.page.getByTestId('caption-then').textContent()).toBe('2022-06：在建 · 延期');
    expect(await s.page.getByTestId('caption-progress').getAttribute('data-month')).toBe('2022-06');
    // The timeline takes the month over while it plays; the slide after it gives it back, and so does
    // leaving the presentation from the timeline itself.
    await s.page.keyboard.press('End');
    await expect.poll(() => urlParam(s.page, 'asof')).toBe('2022-06');
    await s.page.keyboard.press('PageUp');
    await expect.poll(() => s.page.locator('.presenter').getAttribute('data-kind')).toBe('timeline');
    await expect.poll(() => urlParam(s.page, 'asof')).not.toBe('2022-06');
    await s.page.keyboard.press('Escape');
    await expect.poll(() => s.page.locator('.presenter').count()).toBe(0);
    expect(urlParam(s.page, 'asof')).toBe('2022-06');
  });

  it('exports the explorer’s month: GeoJSON with asof and each item then, CSV with the month column', async () => {
    const read = async (button: string) => {
      const [download] = await Promise.all([
        s.page.waitForEvent('download', { timeout: 60_000 }),
        s.page.getByRole('button', { name: button }).click(),
      ]);
      const file = path.join(ARTIFACTS, `asof-2022-06-${download.suggestedFilename()}`);
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      await download.saveAs(file);
      return fs.readFileSync(file, 'utf8');
    };
    const geojson = JSON.parse(await read('导出 GeoJSON'));
    expect(geojson.asof).toBe('2022-06');
    const laiwu = geojson.features.find((f: { id: string }) => f.id === 'hsr-jinan-laiwu');
    expect(laiwu.properties).toMatchObject({ status: 'in_operation', status_at_asof: 'under_construction' });
    const [header = [], ...rows] = parseCsv((await read('导出 CSV')).slice(1));
    const row = rows.find((r) => r[0] === 'hsr-jinan-laiwu') ?? [];
    expect(row[header.indexOf('状态所示月份')]).toBe('2022-06');
    expect(row[header.indexOf('当月状态代码')]).toBe('under_construction');
    expect(row[header.indexOf('开通或建成（实际）')]).toBe('2022-12-30');
    expect(s.consoleErrors).toEqual([]);
  });
});
