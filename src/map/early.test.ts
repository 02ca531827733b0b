// @vitest-environment jsdom
import type { StyleSpecification } from 'maplibre-gl';
import { afterEach, describe, expect, it, vi } from 'vitest';

// The style's placement step, which every map the explorer uses answers for (placeOnce.ts).
class FakeStyle {
  pauseablePlacement = { isDone: () => true };
  _updatePlacement() {
    return true;
  }
}

// A stand-in for the engine's Map: it records how it was made and keeps its own listeners, which is all
// the early start and the hand-over use of it.
class FakeMap {
  style = new FakeStyle();
  static made: FakeMap[] = [];
  options: Record<string, unknown>;
  removed = false;
  repaints = 0;
  private listeners = new Map<string, ((e: unknown) => void)[]>();
  constructor(options: Record<string, unknown>) {
    this.options = options;
    FakeMap.made.push(this);
  }
  on(type: string, f: (e: unknown) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), f]);
    return { unsubscribe: () => this.off(type, f) };
  }
  once(type: string, f: (e: unknown) => void) {
    const g = (e: unknown) => {
      this.off(type, g);
      f(e);
    };
    this.on(type, g);
    return this;
  }
  off(type: string, f: (e: unknown) => void) {
    this.listeners.set(
      type,
      (this.listeners.get(type) ?? []).filter((x) => x !== f),
    );
    return this;
  }
  fire(event: string | { type: string }) {
    const type = typeof event === 'string' ? event : event.type;
    for (const f of [...(this.listeners.get(type) ?? [])]) f(typeof event === 'string' ? { type } : event);
    return this;
  }
  added: { sources: string[]; layers: [string, string | undefined][] } = { sources: [], layers: [] };
  getSource(id: string) {
    return this.added.sources.includes(id) ? {} : undefined;
  }
  addSource(id: string) {
    this.added.sources.push(id);
  }
  addLayer(layer: { id: string }, before?: string) {
    this.added.layers.push([layer.id, before]);
  }
  remove() {
    this.removed = true;
  }
  loaded() {
    return this.complete;
  }
  complete = true;
  areTilesLoaded() {
    return this.complete;
  }
  triggerRepaint() {
    this.repaints += 1;
  }
}

vi.mock('maplibre-gl', () => ({ Map: FakeMap }));
// The style's sources and font are assets the build makes, and the unit tests run before the build:
// the modules that name them stand in with plain URLs.
vi.mock('./sourceUrls', () => ({ sourceUrls: () => ({ base: '/base.geojson', items: '/items.geojson' }) }));
vi.mock('./fonts', () => ({ FONT_REGULAR: 'Noto Sans SC', fontFaces: { 'Noto Sans SC': '/regular.woff2' } }));

const engine = { Map: FakeMap } as unknown as typeof import('maplibre-gl');

async function fresh(search: string) {
  vi.resetModules();
  FakeMap.made = [];
  window.history.replaceState(null, '', `/${search}`);
  return import('./early');
}

/** Starts the early map and waits until it is made (the link's language table comes first). */
async function made(early: typeof import('./early')) {
  const started = early.startEarly(engine);
  await vi.waitFor(() => expect(FakeMap.made).toHaveLength(1));
  return { started, map: FakeMap.made[0] as FakeMap };
}

afterEach(() => {
  document.body.replaceChildren();
});

/** The map react-map-gl would get from the explorer's engine when there is no early map to take over. */
async function explorerMap(early: typeof import('./early')) {
  const before = FakeMap.made.length;
  const lib = await early.explorerEngine();
  const map = new (lib as typeof engine).Map({
    container: document.createElement('div'),
  } as never) as unknown as FakeMap;
  // A new map, which draws only whole frames while it starts (wholeFrames.ts), and each change in one
  // frame after that (placeOnce.ts).
  expect(FakeMap.made.length).toBe(before + 1);
  expect(Object.hasOwn(map, 'triggerRepaint')).toBe(true);
  expect(Object.hasOwn(map.style, '_updatePlacement')).toBe(true);
  return map;
}

describe('which links start the map early', () => {
  it('those that show the whole plan: nothing, a language, a camera', async () => {
    const { startsEarly } = await fresh('');
    expect(startsEarly('')).toBe(true);
    expect(startsEarly('?lang=en')).toBe(true);
    expect(startsEarly('?lang=en&cam=117.1,36.6,9')).toBe(true);
  });

  it('not those with a filter, an item, a date or a deck: their first frame would be another map', async () => {
    const { startsEarly } = await fresh('');
    for (const search of [
      '?zone=北起',
      '?d=370112',
      '?item=hsr-jinan-laiwu',
      '?asof=2023-01',
      '?present=default',
      '?q=jlgt',
      '?embed=1',
      '?x=1',
    ])
      expect(startsEarly(search), search).toBe(false);
  });
});

describe('the early map', () => {
  it('is made in a frame laid out like the app, in the link’s language and camera', async () => {
    const early = await fresh('?lang=en&cam=117.1,36.6,9');
    const { started, map } = await made(early);
    const frame = document.querySelector('.app.early-frame');
    expect(frame?.getAttribute('data-mode')).toBe('explore');
    expect(frame?.querySelector('.stage > .early-map')).toBe(map.options.container);
    expect(map.options).toMatchObject({ center: [117.1, 36.6], zoom: 9, maxZoom: 15, fadeDuration: 0 });
    // Without a fade, each change is drawn in one frame, labels included (placeOnce.ts).
    expect(Object.hasOwn(map.style, '_updatePlacement')).toBe(true);
    expect((map.options.locale as Record<string, string>)['NavigationControl.ZoomIn']).toBe('Zoom in');
    // It settles at the first frame, saying that a map was made.
    map?.fire('render');
    expect(await started).toBe(true);
  });

  it('draws its first frame from the land’s colour alone, and adds the data and its layers once that is drawn', async () => {
    const early = await fresh('');
    const { map } = await made(early);
    const whole = early.earlyStyle();
    const first = map.options.style as StyleSpecification;
    expect(Object.keys(whole?.sources ?? {})).toEqual(['base', 'items']);
    expect(first.sources).toEqual({});
    expect(first.layers.map((l) => l.type)).toEqual(['background']);
    // Not before the style has loaded: the engine refuses sources and layers until then.
    map.fire('render');
    expect(map.added.sources).toEqual([]);
    map.fire('style.load');
    map.fire('render');
    expect(map.added.sources).toEqual(['base', 'items']);
    // Every other layer, in the whole style's order, on top of the background.
    expect(map.added.layers).toEqual(whole?.layers.slice(1).map((l) => [l.id, undefined]));
    map.fire('render');
    expect(map.added.sources).toEqual(['base', 'items']);
  });

  it('is given up without a trace when the browser has no WebGL2 (the engine throws)', async () => {
    const early = await fresh('');
    const failing = {
      Map: class {
        constructor() {
          throw new Error('Failed to initialize WebGL');
        }
      },
    } as unknown as typeof import('maplibre-gl');
    expect(await early.startEarly(failing)).toBe(false);
    expect(document.querySelector('.early-frame')).toBeNull();
    await explorerMap(early);
  });

  it('is not made for a link with filters', async () => {
    const early = await fresh('?zone=北起');
    expect(await early.startEarly(engine)).toBe(false);
    expect(FakeMap.made).toHaveLength(0);
    expect(document.querySelector('.early-frame')).toBeNull();
    await explorerMap(early);
  });

  it('is handed over once, into react-map-gl’s container, with the load and the errors it missed', async () => {
    const early = await fresh('');
    const { map } = await made(early);
    map.fire('load');
    map.fire({ type: 'error', error: new Error('items.geojson: 404') } as unknown as string);
    const lib = await early.explorerEngine();
    const host = document.createElement('div');
    document.body.append(host);
    const heard: string[] = [];
    const taken = new (lib as typeof engine).Map({ container: host } as never) as unknown as FakeMap;
    expect(taken).toBe(map);
    taken.on('load', () => heard.push('load'));
    taken.on('error', (e) => heard.push(String((e as { error: Error }).error.message)));
    expect(host.querySelector('.early-map')).toBe(map.options.container);
    expect(document.querySelector('.early-frame')).toBeNull();
    await Promise.resolve();
    expect(heard).toEqual(['load', 'items.geojson: 404']);
    // The repaint is the engine's own after the microtasks (wholeFrames.ts decides one later).
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(map.repaints).toBe(1);
    // A second map (React's development mode mounts twice) is a new one.
    const again = new (lib as typeof engine).Map({ container: host } as never) as unknown as FakeMap;
    expect(again).not.toBe(map);
    expect(early.earlyStyle()).toBeNull();
  });

  it('is not redrawn at the hand-over while it is still loading: it goes idle by itself', async () => {
    const early = await fresh('');
    const { map } = await made(early);
    map.complete = false;
    const lib = await early.explorerEngine();
    const host = document.createElement('div');
    new (lib as typeof engine).Map({ container: host } as never);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(map.repaints).toBe(0);
  });

  it('is removed when nobody takes it', async () => {
    const early = await fresh('');
    const { map } = await made(early);
    early.dropEarly();
    expect(map.removed).toBe(true);
    expect(document.querySelector('.early-frame')).toBeNull();
    expect(await explorerMap(early)).not.toBe(map);
  });
});
