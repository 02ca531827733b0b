import { describe, expect, it } from 'vitest';
import { openIdle, type Session, settle, sharedSession } from './harness';

// Framing a zone or a district moves the camera and places every label again. Without a fade the engine
// places them in full in the frame it draws, so that frame is the finished map: the map goes idle after it,
// not after a second frame with the same labels (src/map/placeOnce.ts). The engine asks for that second
// frame when the jump changes the tiles in view of a source with labels: with a large catalogue (the
// synthetic one) a district's framing does, where the clusters give way to the items' own source
// (src/scale/clusters.ts).

interface Jump {
  /** Frames drawn from the click to the map's first `idle` after it. */
  frames: number;
  /** The labels placed at that `idle`, as layer and name. */
  labels: string[];
}

/** Clicks, counts the frames until the map's next `idle`, and reads the labels placed then. */
function jump(s: Session, selector: string): Promise<Jump> {
  return s.page.evaluate(
    (sel) =>
      new Promise<Jump>((resolve, reject) => {
        const map = window.__blueprint?.map;
        const button = document.querySelector<HTMLElement>(sel);
        if (!map || !button) return reject(new Error(`no map or no ${sel}`));
        let frames = 0;
        const count = () => {
          frames += 1;
        };
        map.on('render', count);
        button.click();
        map.once('idle', () => {
          map.off('render', count);
          const layers = ['zone-label', 'district-label', 'item-label'].filter((id) => map.getLayer(id));
          const labels = map
            .queryRenderedFeatures({ layers })
            .map((f) => `${f.layer.id}:${f.properties.name_zh ?? f.properties.label ?? f.id}`);
          resolve({ frames, labels: [...new Set(labels)].sort() });
        });
      }),
    selector,
  );
}

/** The choice undone (the same button again), and the map still. */
async function undo(s: Session, selector: string): Promise<void> {
  await s.page.click(selector);
  await settle(s.page);
}

const opened = (query: string) => async () => {
  const session = await openIdle(query);
  await settle(session.page);
  return session;
};

const DISTRICT = 'button[data-district="370114"]';

describe('a zone or a district is drawn in one frame (the plan’s own items)', () => {
  const s = sharedSession(opened(''));

  it('goes idle after one frame, with labels placed', async () => {
    for (const choice of ['button[data-zone="北起"]', DISTRICT]) {
      const result = await jump(s, choice);
      expect(result.frames, choice).toBe(1);
      expect(result.labels.length, choice).toBeGreaterThan(0);
      await undo(s, choice);
    }
  });
});

describe('a district that changes the tiles in view is drawn in one frame (2,000 synthetic items)', () => {
  const s = sharedSession(async () => {
    const session = await opened('?synthetic=2000')();
    // The first time, the items' own source cuts its tiles, which arrive over several frames; from then
    // on the district's view needs no new tile.
    await jump(session, DISTRICT);
    await undo(session, DISTRICT);
    return session;
  });
  let single: Jump | undefined;

  it('goes idle after one frame, with the district names placed', async () => {
    single = await jump(s, DISTRICT);
    expect(single.frames).toBe(1);
    expect(single.labels.some((l) => l.startsWith('district-label:'))).toBe(true);
    await undo(s, DISTRICT);
  });

  it('places the same labels as the engine’s own step does in two frames (the control)', async () => {
    // The engine's own placement step again, from its prototype: the jump takes a second frame (or more),
    // which shows that the frame counter sees it and that the engine still asks for it. Its labels are the
    // ones the single frame placed.
    await s.page.evaluate(() => {
      const style = window.__blueprint?.map?.style as unknown as Record<string, unknown>;
      delete style._updatePlacement;
    });
    const control = await jump(s, DISTRICT);
    expect(control.frames).toBeGreaterThanOrEqual(2);
    expect(control.labels).toEqual(single?.labels);
  });
});
