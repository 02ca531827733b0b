import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { directionsOf } from '../../src/catalog/directions';
import { countProgress } from '../../src/catalog/timeline';
import { DIRECTIONS } from '../../src/catalog/vocab';
import { openIdle, settle, sharedSession, shippedCatalog, withSession } from './harness';

// The plan across time: a link's `asof` month reaches the card and the map; the slider steps by the
// keys and the URL follows; the progress bars count what countProgress counts in Node.

const HSR = 'hsr-jinan-laiwu';
const catalog = shippedCatalog();

/** The feature-state the map carries for an item: the status at the month shown reaches the map as this. */
function stateOf(page: Page, id: string): Promise<Record<string, unknown>> {
  return page.evaluate((id) => window.__blueprint?.map?.getFeatureState({ source: 'items', id }) ?? {}, id) as Promise<
    Record<string, unknown>
  >;
}

const asof = (page: Page) => new URL(page.url()).searchParams.get('asof');

/** The progress bars per direction (panel) or district (statistics), as drawn: each row carries its counts. */
function drawnProgress(page: Page, which: 'directions' | 'districts' = 'directions') {
  return page.$$eval(`[data-testid="progress-${which}"] li[data-key]`, (rows) =>
    rows.map((r) => ({
      key: r.getAttribute('data-key'),
      done: Number(r.getAttribute('data-done')),
      under_way: Number(r.getAttribute('data-under-way')),
      not_started: Number(r.getAttribute('data-not-started')),
      unknown: Number(r.getAttribute('data-unknown')),
      behind: Number(r.getAttribute('data-behind')),
      total: Number(r.getAttribute('data-total')),
    })),
  );
}

/** What the bars should say at a month: countProgress over each direction's items of the shipped catalogue. */
function expectedProgress(month: string) {
  return DIRECTIONS.map((z) => ({
    key: z,
    ...countProgress(
      catalog.items.filter((i) => directionsOf(i).includes(z)),
      month,
      catalog.reviewed,
    ),
  })).filter((r) => r.total > 0);
}

/** The same per district, in the catalogue's order of districts: an item under each district it touches. */
function expectedDistrictProgress(month: string) {
  return catalog.districts
    .map((d) => ({
      key: d.adcode,
      ...countProgress(
        catalog.items.filter((i) => i.districts?.inside.some((x) => x.key === d.adcode)),
        month,
        catalog.reviewed,
      ),
    }))
    .filter((r) => r.total > 0);
}

describe('the plan at a month', () => {
  const s = sharedSession(() => openIdle(`?asof=2022-06&item=${HSR}`));

  it('shows 济莱高铁 under construction in June 2022, in the card and on the map', async () => {
    const card = s.page.locator(`article.card[data-item="${HSR}"]`);
    await expect.poll(() => card.getByTestId('status-at').textContent()).toContain('在建');
    expect(await card.textContent()).toContain('2022-06');
    // Promised against actual: opening planned for 2022, opened on 30 December 2022.
    const opening = card.locator('[data-testid="milestones"] li[data-stage="opening"]');
    expect(await opening.textContent()).toMatch(/计划 2020 · 实际 2022-12-30/);
    // Open since December 2022, so drawn as building: the map carries that as feature-state.
    expect(await stateOf(s.page, HSR)).toMatchObject({ dashed: true, solid: false, unknown: false });
    expect(await s.page.getByTestId('timeline-month').textContent()).toBe('2022 年 6 月');
  });

  it('counts progress per direction and per district as countProgress does over the catalogue', async () => {
    await expect.poll(() => drawnProgress(s.page)).toEqual(expectedProgress('2022-06'));
    // The statistics are a lazy part of their own, which may arrive after the direction bars.
    await expect.poll(() => drawnProgress(s.page, 'districts')).toEqual(expectedDistrictProgress('2022-06'));
    // The month matters: by the review most of these were known to be under way or done.
    expect(expectedProgress('2022-06')).not.toEqual(expectedProgress(catalog.reviewed.slice(0, 7)));
  });

  it('steps by month and year with the keys, the URL following, and the card and map with it', async () => {
    const slider = s.page.locator('#timeline-slider');
    await slider.focus();
    await s.page.keyboard.press('ArrowRight');
    await expect.poll(() => asof(s.page)).toBe('2022-07');
    await s.page.keyboard.press('PageUp');
    await expect.poll(() => asof(s.page)).toBe('2023-07');
    // July 2023: open for half a year.
    const card = s.page.locator(`article.card[data-item="${HSR}"]`);
    await expect.poll(() => card.getByTestId('status-at').textContent()).toContain('运营中');
    await settle(s.page);
    expect(await stateOf(s.page, HSR)).toMatchObject({ dashed: false, solid: false });
    await expect.poll(() => drawnProgress(s.page)).toEqual(expectedProgress('2023-07'));
    await s.page.keyboard.press('ArrowLeft');
    await expect.poll(() => asof(s.page)).toBe('2023-06');
    await s.page.keyboard.press('PageDown');
    await expect.poll(() => asof(s.page)).toBe('2022-06');
    await s.page.keyboard.press('End');
    await expect.poll(() => asof(s.page)).toBe('2035-12');
    await s.page.keyboard.press('Home');
    await expect.poll(() => asof(s.page)).toBe('2022-04');
    // Playing moves on by itself from the congress report; pausing stops it.
    const play = s.page.getByTestId('timeline-play');
    await play.click();
    await expect.poll(() => asof(s.page)).not.toBe('2022-04');
    await play.click();
    expect(await play.getAttribute('aria-pressed')).toBe('false');
    const paused = asof(s.page);
    await s.page.waitForTimeout(1500);
    expect(asof(s.page)).toBe(paused);
    // Back to today: the link carries no month.
    await s.page.getByRole('button', { name: '回到今天' }).click();
    await expect.poll(() => asof(s.page)).toBeNull();
    expect(new URL(s.page.url()).searchParams.get('item')).toBe(HSR);
    expect(s.consoleErrors).toEqual([]);
  });

  it('keeps only the items behind schedule today with the 延期 filter, and the link says so', async () => {
    const behind = countProgress(catalog.items, catalog.reviewed.slice(0, 7), catalog.reviewed).behind;
    const more = s.page.locator('details.more-filters');
    if (!(await more.evaluate((d) => (d as HTMLDetailsElement).open))) await more.locator('summary').click();
    const toggle = s.page.locator('button[data-late]');
    expect(await toggle.locator('.count').textContent()).toBe(String(behind));
    await toggle.click();
    await expect.poll(() => new URL(s.page.url()).searchParams.get('late')).toBe('1');
    await expect.poll(() => s.page.locator('#item-list button.item-row').count()).toBe(behind);
    await toggle.click();
    await expect.poll(() => new URL(s.page.url()).searchParams.get('late')).toBeNull();
    await expect.poll(() => s.page.locator('#item-list button.item-row').count()).toBe(catalog.items.length);
  });
});

describe('the same link without a month', () => {
  it('shows 济莱高铁 operating, today', async () => {
    await withSession(
      () => openIdle(`?item=${HSR}`),
      async ({ page }) => {
        const card = page.locator(`article.card[data-item="${HSR}"]`);
        await expect.poll(() => card.locator('.card__facts').textContent()).toContain('运营中');
        expect(await card.getByTestId('status-at').count()).toBe(0);
        expect(await stateOf(page, HSR)).not.toMatchObject({ dashed: true });
        expect(await page.getByTestId('timeline-month').textContent()).toContain(catalog.reviewed.slice(0, 4));
        await expect.poll(() => drawnProgress(page)).toEqual(expectedProgress(catalog.reviewed.slice(0, 7)));
      },
    );
  });
});
