import zlib from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_MS, LATEST_MS, QUIET_MS, registrationScript } from './register-sw';

// The registration script run against a stand-in browser: `load`, long tasks and the clock are the test's.

interface Page {
  registered: { url: string; scope: string }[];
  load: () => void;
  longTask: () => void;
}

function run(withLongTasks: boolean): Page {
  const registered: Page['registered'] = [];
  let onLoad = () => {};
  let onLongTask = () => {};
  class Observer {
    static supportedEntryTypes = withLongTasks ? ['longtask', 'paint'] : ['paint'];
    constructor(callback: () => void) {
      onLongTask = callback;
    }
    observe() {}
    disconnect() {
      onLongTask = () => {};
    }
  }
  const navigator = {
    serviceWorker: { register: (url: string, o: { scope: string }) => registered.push({ url, scope: o.scope }) },
  };
  const addEventListener = (type: string, f: () => void) => {
    if (type === 'load') onLoad = f;
  };
  new Function('navigator', 'addEventListener', 'PerformanceObserver', registrationScript('/'))(
    navigator,
    addEventListener,
    Observer,
  );
  return { registered, load: () => onLoad(), longTask: () => onLongTask() };
}

describe('registerSW.js', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('registers /sw.js once the page has had no long task for QUIET_MS after load', () => {
    const page = run(true);
    vi.advanceTimersByTime(QUIET_MS * 3);
    expect(page.registered).toEqual([]); // nothing before load
    page.load();
    for (let i = 0; i < 5; i++) {
      vi.advanceTimersByTime(QUIET_MS - 100);
      page.longTask(); // the first view still at work
    }
    expect(page.registered).toEqual([]);
    vi.advanceTimersByTime(QUIET_MS);
    expect(page.registered).toEqual([{ url: '/sw.js', scope: '/' }]);
    vi.advanceTimersByTime(LATEST_MS);
    expect(page.registered).toHaveLength(1);
  });

  it('registers at LATEST_MS after load however busy the page stays', () => {
    const page = run(true);
    page.load();
    for (let t = 0; t < LATEST_MS - 500; t += 500) {
      vi.advanceTimersByTime(500);
      page.longTask();
    }
    expect(page.registered).toEqual([]);
    vi.advanceTimersByTime(500);
    expect(page.registered).toHaveLength(1);
  });

  it('registers DEFAULT_MS after load where long tasks cannot be observed', () => {
    const page = run(false);
    page.load();
    vi.advanceTimersByTime(DEFAULT_MS - 1);
    expect(page.registered).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(page.registered).toEqual([{ url: '/sw.js', scope: '/' }]);
  });

  it('stays small: it loads with every page', () => {
    expect(zlib.gzipSync(registrationScript('/'), { level: 9 }).length).toBeLessThan(300);
  });
});
