import { afterEach, describe, expect, it, vi } from 'vitest';

// The generated files' URLs: assets the build makes, after the unit tests have run.
vi.mock('../generated/catalog.json?url', () => ({ default: '/catalog.json' }));
vi.mock('../generated/details.json?url', () => ({ default: '/details.json' }));

const shipped = {
  version: 1,
  items: [{ id: 'a', name_zh: '济南东站', name_en: 'Jinan East Station', search: { pinyin: 'jinandongzhan' } }],
};

async function fresh(answer: () => Promise<Response>) {
  vi.resetModules();
  const fetch = vi.fn(answer);
  vi.stubGlobal('fetch', fetch);
  return { fetch, load: await import('./load') };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the catalogue, downloaded early and read when asked', () => {
  it('is downloaded once: loadCatalog reads the download prefetchCatalog started', async () => {
    const { fetch, load } = await fresh(async () => new Response(JSON.stringify(shipped)));
    load.prefetchCatalog();
    load.prefetchCatalog();
    expect(fetch).toHaveBeenCalledTimes(1);
    // Not read yet: nothing parsed until asked.
    expect(load.loadedCatalog()).toBeNull();
    const catalog = await load.loadCatalog();
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(catalog.items[0]?.search).toMatchObject({ zh: '济南东站', pinyin: 'jinandongzhan' });
    expect(load.loadedCatalog()).toBe(catalog);
    expect(await load.loadCatalog()).toBe(catalog);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('is downloaded when asked if nobody prefetched it', async () => {
    const { fetch, load } = await fresh(async () => new Response(JSON.stringify(shipped)));
    await load.loadCatalog();
    expect(fetch).toHaveBeenCalledOnce();
  });

  it('reports a failed early download to whoever asks, and not before', async () => {
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      const { load } = await fresh(() => Promise.reject(new TypeError('Failed to fetch')));
      load.prefetchCatalog();
      await new Promise((r) => setTimeout(r, 10));
      expect(unhandled).not.toHaveBeenCalled();
      await expect(load.loadCatalog()).rejects.toThrow('Failed to fetch');
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });

  it('names the file when the server refuses it', async () => {
    const { load } = await fresh(async () => new Response('gone', { status: 404 }));
    load.prefetchCatalog();
    await expect(load.loadCatalog()).rejects.toThrow('/catalog.json: HTTP 404');
  });
});
