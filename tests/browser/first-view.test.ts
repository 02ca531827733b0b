import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { JINAN_BOUNDS } from '../../src/catalog/region.ts';
import { HOLD_MS } from '../../src/map/wholeFrames.ts';
import { ARTIFACTS, openIdle, type Session, sharedSession, withSession } from './harness';

describe('first view of the production build', () => {
  const s = sharedSession(() => openIdle());

  it('loads the map: load and idle fire, the loading state goes away', async () => {
    await expect.poll(() => s.page.locator('.map').getAttribute('data-map-phase')).toBe('ready');
    expect(await s.page.locator('.map-status').count()).toBe(0);
  });

  it('renders all 12 districts', async () => {
    const rendered = await s.page.evaluate(() => {
      const map = window.__blueprint?.map;
      if (!map) return [];
      return [...new Set(map.queryRenderedFeatures({ layers: ['district-fill'] }).map((f) => f.properties.name_zh))];
    });
    expect(rendered.sort()).toEqual(
      [
        '历下区',
        '市中区',
        '槐荫区',
        '天桥区',
        '历城区',
        '长清区',
        '章丘区',
        '济阳区',
        '莱芜区',
        '钢城区',
        '平阴县',
        '商河县',
      ].sort(),
    );
  });

  it('frames Jinan: the whole outline is on screen', async () => {
    const inView = await s.page.evaluate(([w, s, e, n]) => {
      const map = window.__blueprint?.map;
      if (!map) return false;
      const b = map.getBounds();
      return b.getWest() <= w && b.getEast() >= e && b.getSouth() <= s && b.getNorth() >= n;
    }, JINAN_BOUNDS);
    expect(inView).toBe(true);
  });

  it('draws Chinese district labels with the shipped font', async () => {
    const placed = await s.page.evaluate(() => {
      const map = window.__blueprint?.map;
      return map ? map.queryRenderedFeatures({ layers: ['district-label'] }).map((f) => f.properties.name_zh) : [];
    });
    expect(placed.length).toBeGreaterThanOrEqual(10);
    expect(placed).toContain('章丘区');
    // The font file came from our origin and the browser holds it as a loaded face.
    const fontRequests = s.requests.filter((u) => /noto-sans-sc-(regular|bold)-[\w-]+\.woff2$/.test(u));
    expect(fontRequests.length).toBeGreaterThan(0);
    const families = await s.page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family.replaceAll('"', ''));
    });
    expect(families).toContain('Noto Sans SC');
  });

  it('paints label pixels: hiding the label layer changes the picture around 章丘区', async () => {
    const box = await s.page.evaluate(() => {
      const map = window.__blueprint?.map;
      const f = map
        ?.queryRenderedFeatures({ layers: ['district-label'] })
        .find((x) => x.properties.name_zh === '章丘区');
      if (!map || !f || f.geometry.type !== 'Point') return null;
      const p = map.project(f.geometry.coordinates as [number, number]);
      // Canvas pixels to page pixels: the map sits beside the panel.
      const at = map.getCanvas().getBoundingClientRect();
      return { x: Math.round(at.left + p.x - 40), y: Math.round(at.top + p.y - 16), width: 80, height: 32 };
    });
    expect(box).not.toBeNull();
    if (!box) return;
    const withLabels = await s.page.screenshot({ clip: box });
    await s.page.evaluate(async () => {
      const map = window.__blueprint?.map;
      map?.setLayoutProperty('district-label', 'visibility', 'none');
      await new Promise((r) => map?.once('idle', r));
    });
    const withoutLabels = await s.page.screenshot({ clip: box });
    await s.page.evaluate(async () => {
      const map = window.__blueprint?.map;
      map?.setLayoutProperty('district-label', 'visibility', 'visible');
      await new Promise((r) => map?.once('idle', r));
    });
    expect(withLabels.equals(withoutLabels)).toBe(false);
  });

  it("draws the plan's items over the basemap: points, lines and areas, and the five zones", async () => {
    const rendered = await s.page.evaluate(() => {
      const map = window.__blueprint?.map;
      if (!map) return null;
      const ids = (layers: string[]) => [
        ...new Set(map.queryRenderedFeatures({ layers }).map((f) => String(f.properties.id))),
      ];
      return {
        points: ids(['item-point']),
        lines: ids(['item-line']),
        areas: ids(['item-area-fill']),
        zones: [...new Set(map.queryRenderedFeatures({ layers: ['zone-fill'] }).map((f) => f.properties.zone))],
      };
    });
    expect(rendered).not.toBeNull();
    if (!rendered) return;
    expect(rendered.points).toEqual(expect.arrayContaining(['airport-phase2', 'station-jinan-west', 'spring-baotu']));
    expect(rendered.lines).toEqual(expect.arrayContaining(['xiaoqing-river-navigation', 'hsr-jinan-laiwu']));
    expect(rendered.areas).toEqual(
      expect.arrayContaining(['qibuqu-startup-area', 'southern-mountains-eco-protection']),
    );
    expect(rendered.points.length + rendered.lines.length + rendered.areas.length).toBeGreaterThan(50);
    expect(rendered.zones.sort()).toEqual(['东强', '西兴', '南美', '北起', '中优'].sort());
  });

  it('paints the items: hiding their layers changes the picture along the Jinan–Laiwu line', async () => {
    const layers = ['item-area-fill', 'item-area-line', 'item-line-casing', 'item-line', 'item-point', 'item-label'];
    const shot = async (visibility: 'visible' | 'none') => {
      await s.page.evaluate(
        async ({ layers, visibility }) => {
          const map = window.__blueprint?.map;
          for (const id of layers) map?.setLayoutProperty(id, 'visibility', visibility);
          await new Promise((r) => map?.once('idle', r));
        },
        { layers, visibility },
      );
      return s.page.screenshot({ clip });
    };
    // A box around the middle vertex of the line, wherever the camera has put it.
    const clip = await s.page.evaluate(() => {
      const map = window.__blueprint?.map;
      const line = map
        ?.queryRenderedFeatures({ layers: ['item-line'] })
        .find((f) => f.properties.id === 'hsr-jinan-laiwu');
      if (!map || line?.geometry.type !== 'LineString') throw new Error('hsr-jinan-laiwu is not rendered');
      const coords = line.geometry.coordinates;
      const p = map.project(coords[Math.floor(coords.length / 2)] as [number, number]);
      const at = map.getCanvas().getBoundingClientRect();
      return { x: Math.round(at.left + p.x - 30), y: Math.round(at.top + p.y - 30), width: 60, height: 60 };
    });
    const hidden = await shot('none');
    const shown = await shot('visible');
    expect(shown.equals(hidden)).toBe(false);
  });

  it('makes no request outside its own origin, and none fails', () => {
    expect(s.requests.length).toBeGreaterThan(5);
    expect(s.foreign).toEqual([]);
    expect(s.failed).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
  });

  it('shows a scale bar, zoom and compass controls and the data attribution', async () => {
    await expect.poll(() => s.page.locator('.maplibregl-ctrl-scale').textContent()).toMatch(/\d+\s*公里/);
    expect(await s.page.getByRole('button', { name: '放大' }).count()).toBe(1);
    expect(await s.page.getByRole('button', { name: '指北' }).count()).toBe(1);
    expect(await s.page.locator('.maplibregl-ctrl-attrib').textContent()).toContain('OpenStreetMap');
    expect(await s.page.locator('h1').textContent()).toBe('济南蓝图');
    // The controls' Chinese text is set in the shipped font, not in a system font that may lack CJK.
    for (const selector of ['.maplibregl-ctrl-scale', '.maplibregl-ctrl-attrib', 'h1']) {
      const family = await s.page.locator(selector).evaluate((el) => getComputedStyle(el).fontFamily);
      expect(family, selector).toMatch(/^"?Noto Sans SC"?,/);
    }
  });

  it('writes a screenshot artifact', async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const file = path.join(ARTIFACTS, 'first-view.png');
    await s.page.screenshot({ path: file });
    expect(fs.statSync(file).size).toBeGreaterThan(50_000);
  });
});

// The page's first script starts the map for a link that shows the whole plan, before React has
// rendered, and the explorer takes that map over (src/map/early.ts). Read from the page itself: which
// element holds the map, and what is left of the frame it was started in.
const mapHome = (s: Session) =>
  s.page.evaluate(() => {
    const map = window.__blueprint?.map;
    const container = map?.getContainer();
    return {
      early: container?.classList.contains('early-map') ?? false,
      inMapArea: container?.closest('section.map') !== null,
      frames: document.querySelectorAll('.early-frame').length,
      canvases: document.querySelectorAll('canvas.maplibregl-canvas').length,
      width: container?.clientWidth ?? 0,
      areaWidth: document.querySelector('section.map')?.clientWidth ?? -1,
    };
  });

describe('the map started by the first script', () => {
  it('is the map of the explorer: moved into the map area, at its size, with nothing left behind', async () => {
    await withSession(
      () => openIdle('?lang=en', { width: 1280, height: 720 }),
      async (s) => {
        const home = await mapHome(s);
        expect(home).toMatchObject({ early: true, inMapArea: true, frames: 0, canvases: 1 });
        expect(home.width).toBe(home.areaWidth);
        // Made in the link's language: the engine's own controls too.
        expect(await s.page.getByRole('button', { name: 'Zoom in' }).count()).toBe(1);
        expect(await s.page.locator('h1').textContent()).toBe('Jinan Blueprint');
        // It answers the explorer: a zone chosen reaches its drawn zone areas as feature-state.
        await s.page.locator('button[data-zone="北起"]').click();
        await expect
          .poll(() =>
            s.page.evaluate(() =>
              (window.__blueprint?.map?.queryRenderedFeatures({ layers: ['zone-fill'] }) ?? [])
                .filter((f) => f.state?.chosen === true)
                .map((f) => String(f.properties.zone)),
            ),
          )
          .toContain('北起');
        expect(s.consoleErrors).toEqual([]);
      },
    );
  });

  it('draws no frame of a half-cut source while it starts, unless nothing was drawn for HOLD_MS', async () => {
    // src/map/wholeFrames.ts; the frames as the test build records them from the engine's own events.
    await withSession(
      () => openIdle(),
      async (s) => {
        const frames = await s.page.evaluate(() => window.__blueprintStart ?? []);
        expect(frames.length).toBeGreaterThan(2);
        // Frames with tiles still arriving did happen (so the check below has something to check)...
        const partial = frames.filter((f) => f.tilesInFlight);
        expect(partial.length).toBeGreaterThan(0);
        // ...and each of them either asked for tiles, showed a source made whole, or came after a wait.
        // The timer that ends a wait starts at the frame before, so a waited frame is never sooner.
        for (const f of partial) {
          if (f.asksForTiles || f.wholeSeen) continue;
          expect(f.sinceFrame, JSON.stringify(frames)).toBeGreaterThanOrEqual(HOLD_MS);
        }
        // Once the map has settled, the engine asks for its own frames again.
        expect(await s.page.evaluate(() => Object.hasOwn(window.__blueprint?.map ?? {}, 'triggerRepaint'))).toBe(false);
      },
    );
  });

  it('is not started for a link with filters: the explorer makes its own, filtered from the first frame', async () => {
    await withSession(
      () => openIdle('?zone=北起', { width: 1280, height: 720 }),
      async (s) => {
        expect(await mapHome(s)).toMatchObject({ early: false, inMapArea: true, frames: 0, canvases: 1 });
      },
    );
  });
});
