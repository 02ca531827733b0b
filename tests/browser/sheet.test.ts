import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cell } from 'write-excel-file/universal';
import { editWorkbook, rowIndex } from '../../scripts/sheet/editWorkbook.ts';
import { readItemFiles } from '../../scripts/sheet/plan.ts';
import { COLUMNS, ITEMS_SHEET } from '../../src/sheet/columns.ts';
import { indexItems } from '../../src/sheet/files.ts';
import { writeWorkbook } from '../../src/sheet/writeWorkbook.ts';
import { ROOT, settle, sharedSession, waitForIdle, waitForRows } from './harness';

// "更新数据 · Update data" in the page: a workbook made here in Node (the export, with one status
// edited as a planner would in Excel) goes in through the file input. The page shows the change,
// marks the item in the list and on the map, keeps it across a reload, and drops it on return to
// the published data. A file that is no workbook is refused with its message first. One page session.

const ID = 'airport-phase2';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sheet-page-'));
const edited = path.join(dir, 'plan-edited.xlsx');
const notXlsx = path.join(dir, 'notes.xlsx');
const col = (key: string) => COLUMNS.findIndex((c) => c.key === key) + 1;

beforeAll(async () => {
  const items = [...indexItems(readItemFiles(ROOT)).values()].map((i) => i.properties);
  const data = await editWorkbook(await writeWorkbook(items, '2026-12-06'), (sheets) => {
    const rows = sheets.get(ITEMS_SHEET) as Cell[][];
    const row = rows[rowIndex(rows, ID)] as Cell[];
    row[col('status') - 1] = 'in_operation';
    row[col('status_as_of') - 1] = new Date(Date.UTC(2026, 11, 1));
  });
  fs.writeFileSync(edited, data);
  fs.writeFileSync(notXlsx, 'id,status\n');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('update data in the page', () => {
  const s = sharedSession();
  const row = () => s.page.locator(`#item-list button.item-row[data-id="${ID}"]`);
  /** The status the map's own data gives the item (what the line style and the filter expression read). */
  const drawnStatus = (id: string) =>
    s.page.evaluate(
      (id) =>
        window.__blueprint?.map?.querySourceFeatures('items', { filter: ['==', ['get', 'id'], id] })[0]?.properties
          .status as string | undefined,
      id,
    );
  const dim = (id: string) =>
    s.page.evaluate((id) => window.__blueprint?.map?.getFeatureState({ source: 'items', id })?.dim === true, id);

  it('loads the workbook reader only when the view opens', async () => {
    await waitForRows(s.page, 106);
    expect(s.requests.filter((u) => /\/UpdateView-[\w-]+\.js$/.test(u))).toEqual([]);
    await s.page.getByTestId('update-open').click();
    await s.page.getByTestId('update-view').waitFor();
    expect(s.requests.filter((u) => /\/UpdateView-[\w-]+\.js$/.test(u))).toHaveLength(1);
  });

  it('refuses a file that is not a workbook, with its message', async () => {
    await s.page.getByTestId('update-file').setInputFiles(notXlsx);
    await expect
      .poll(() => s.page.getByTestId('update-problems').textContent())
      .toContain('notes.xlsx · file · found a file that is not an .xlsx workbook');
    expect(await row().getAttribute('data-edited')).toBeNull();
    expect(await drawnStatus(ID)).toBe('under_construction');
  });

  it('shows the change, marks the item in the list and on the map', async () => {
    await s.page.getByTestId('update-file').setInputFiles(edited);
    const changes = s.page.getByTestId('update-changes');
    await expect.poll(() => changes.textContent()).toContain(`${ID} · status: "under_construction" → "in_operation"`);
    expect(await changes.textContent()).toContain(`${ID} · history + {"date":"2026-01-20","field":"status"`);
    await expect.poll(() => row().getAttribute('data-edited')).toBe('true');
    expect(await row().textContent()).toContain('运营中');
    await settle(s.page);
    expect(await dim(ID)).toBe(false);
    expect(await dim('airport-t2')).toBe(true);
    await expect.poll(() => drawnStatus(ID)).toBe('in_operation');
  });

  it('keeps the edits on this device across a reload, with the banner', async () => {
    await s.page.getByRole('button', { name: '在本设备使用' }).click();
    const banner = s.page.getByTestId('local-edits');
    await expect.poll(() => banner.textContent()).toContain('地图显示本地修改（plan-edited.xlsx，');
    expect(await banner.textContent()).toContain('分享的链接显示发布数据');
    // The link to share carries nothing of the edits.
    expect(s.page.url()).not.toMatch(/plan|edit|xlsx/i);
    await s.page.reload();
    await waitForIdle(s.page);
    await waitForRows(s.page, 106);
    await expect.poll(() => banner.isVisible()).toBe(true);
    await expect.poll(() => row().getAttribute('data-edited')).toBe('true');
    expect(await row().textContent()).toContain('运营中');
    // Outside the update view nothing is dimmed.
    expect(await dim('airport-t2')).toBe(false);
    await expect.poll(() => drawnStatus(ID)).toBe('in_operation');
  });

  it('returns to the published data in one click', async () => {
    await s.page.getByRole('button', { name: '恢复发布数据' }).click();
    await expect.poll(() => s.page.getByTestId('local-edits').count()).toBe(0);
    expect(await row().getAttribute('data-edited')).toBeNull();
    expect(await row().textContent()).toContain('在建');
    await expect.poll(() => drawnStatus(ID)).toBe('under_construction');
    await s.page.reload();
    await waitForIdle(s.page);
    await waitForRows(s.page, 106);
    expect(await s.page.getByTestId('local-edits').count()).toBe(0);
  });
});
