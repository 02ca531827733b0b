import { describe, expect, it } from 'vitest';
import { openIdle, settle, sharedSession, waitForIdle } from './harness';

// The map's sources are tiled once, at zoom 8, and closer views reuse those tiles (src/map/tiles.ts).
// Framing a zone, a district or an item after the first view must not cut a single new tile.

describe('closer views reuse the first view’s tiles', () => {
  const s = sharedSession(async () => {
    const opened = await openIdle();
    await settle(opened.page);
    // Every tile the map asks for from here on, by source and id.
    await opened.page.evaluate(() => {
      type TileEvent = {
        sourceId?: string;
        tile?: { tileID: { key: string; canonical: { z: number }; overscaledZ: number } };
      };
      // The tiles already loaded, from MapLibre's tile managers (internal, read-only here).
      const internal = window.__blueprint?.map as unknown as {
        style: { tileManagers: Record<string, { getIds(): string[] } | undefined> };
        on(type: 'dataloading', listener: (e: TileEvent) => void): void;
      };
      const seen: { source: string; key: string; z: number; overscaledZ: number }[] = [];
      (window as unknown as { __tiles: typeof seen }).__tiles = seen;
      for (const id of ['base', 'items'])
        for (const key of internal.style.tileManagers[id]?.getIds() ?? [])
          seen.push({ source: id, key, z: -1, overscaledZ: -1 });
      internal.on('dataloading', (e) => {
        if (e.tile && e.sourceId)
          seen.push({
            source: e.sourceId,
            key: e.tile.tileID.key,
            z: e.tile.tileID.canonical.z,
            overscaledZ: e.tile.tileID.overscaledZ,
          });
      });
    });
    return opened;
  });

  const tiles = () =>
    s.page.evaluate(
      () =>
        (window as unknown as { __tiles: { source: string; key: string; z: number; overscaledZ: number }[] }).__tiles,
    );

  it('frames a zone, a district and an item (zoom 9 to 13) without a new tile', async () => {
    const before = await tiles();
    expect(before.length).toBeGreaterThan(0);
    const zooms: number[] = [];
    for (const click of ['button[data-zone="北起"]', 'button[data-zone="北起"]', 'button[data-district="370114"]']) {
      await s.page.click(click);
      await settle(s.page);
      zooms.push(await s.page.evaluate(() => window.__blueprint?.map?.getZoom() ?? 0));
    }
    await s.page.getByRole('searchbox').fill('jlgt');
    await s.page.keyboard.press('Enter');
    await s.page.locator('.card').waitFor();
    await settle(s.page);
    zooms.push(await s.page.evaluate(() => window.__blueprint?.map?.getZoom() ?? 0));
    // The camera did go closer than the tiles' own zoom.
    expect(Math.max(...zooms)).toBeGreaterThan(9);
    const known = new Set(before.map((t) => `${t.source}/${t.key}`));
    const fresh = (await tiles()).filter((t) => !known.has(`${t.source}/${t.key}`));
    // Reloads of tiles already there (the item labels take each new filter) are fine; new tiles are not.
    expect(fresh).toEqual([]);
    // Every tile loaded since is a zoom-8 tile, never re-cut for a closer zoom.
    for (const t of await tiles()) if (t.z >= 0) expect(t.overscaledZ, `${t.source}/${t.key}`).toBe(t.z);
  }, 90_000);

  it('records new tiles when a closer view does cut them (the control: tile reuse undone)', async () => {
    // The recorder above must see tiles when they are made, or the test before proves nothing. With
    // the sources back on MapLibre's default (reparseOverscaled, which src/map/tiles.ts turns off),
    // a closer view cuts its own tiles: the recorder must list them, re-cut for that zoom.
    const before = await tiles();
    await s.page.evaluate(() => {
      const map = window.__blueprint?.map as unknown as {
        getSource(id: string): { reparseOverscaled?: boolean } | undefined;
      };
      for (const id of ['base', 'items']) {
        const source = map.getSource(id);
        if (!source) throw new Error(`no source ${id}`);
        source.reparseOverscaled = true;
      }
    });
    await s.page.evaluate(() => window.__blueprint?.map?.jumpTo({ center: [117.02, 36.67], zoom: 11.5 }));
    await settle(s.page);
    const known = new Set(before.map((t) => `${t.source}/${t.key}`));
    const fresh = (await tiles()).filter((t) => !known.has(`${t.source}/${t.key}`));
    const recut = fresh.filter((t) => t.source === 'base' || t.source === 'items');
    expect([...new Set(recut.map((t) => t.source))].sort()).toEqual(['base', 'items']);
    // Zoom-8 data cut again for zoom 11: exactly what the test before forbids.
    for (const t of recut) expect([t.z, t.overscaledZ], `${t.source}/${t.key}`).toEqual([8, 11]);
  }, 90_000);

  it('still draws the basemap and the items when close (the zoom-8 tiles, scaled)', async () => {
    // A fresh page, no choices, opened close to the springs in the old town.
    await s.page.goto(`${s.origin}/?cam=117.02,36.67,14.5`);
    await waitForIdle(s.page);
    await settle(s.page);
    const drawn = await s.page.evaluate(() => {
      const map = window.__blueprint?.map;
      const count = (layers: string[]) => map?.queryRenderedFeatures({ layers }).length ?? 0;
      return { districts: count(['district-fill']), items: count(['item-point']), labels: count(['item-label']) };
    });
    expect(drawn.districts).toBeGreaterThan(0);
    expect(drawn.items).toBeGreaterThan(0);
    expect(drawn.labels).toBeGreaterThan(0);
  }, 60_000);
});
