// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from './ErrorBoundary';
import { LangContext } from './i18n/context';

// React reports caught errors on the console; these tests throw on purpose.
const quiet = () => vi.spyOn(console, 'error').mockImplementation(() => {});

let host: HTMLElement;
let root: Root;
let broken = true;

function Fragile() {
  if (broken) throw new Error('bad geometry in items.geojson');
  return <p className="fragile">drawn</p>;
}

function Page({ lang = 'zh' as const, onError }: { lang?: 'zh' | 'en'; onError?: () => void }) {
  return (
    <LangContext.Provider value={lang}>
      <ErrorBoundary part="part.map" className="map" onError={onError}>
        <Fragile />
      </ErrorBoundary>
      <nav className="sibling">panel</nav>
    </LangContext.Provider>
  );
}

beforeEach(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  broken = true;
});

afterEach(() => {
  act(() => root.unmount());
  host.remove();
  vi.restoreAllMocks();
});

describe('ErrorBoundary', () => {
  it('shows a message naming the part where it failed, and the sibling outside still renders', () => {
    quiet();
    act(() => root.render(<Page />));
    const alert = host.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('地图出错');
    expect(alert?.querySelector('code')?.textContent).toBe('bad geometry in items.geojson');
    expect(host.querySelector('.map')?.getAttribute('data-failed')).toBe('part.map');
    expect(host.querySelector('.sibling')?.textContent).toBe('panel');
    expect(host.querySelector('.fragile')).toBeNull();
  });

  it('tells its owner once when the part fails, and not while it works', () => {
    quiet();
    const onError = vi.fn();
    broken = false;
    act(() => root.render(<Page onError={onError} />));
    expect(onError).not.toHaveBeenCalled();
    broken = true;
    act(() => root.render(<Page onError={() => onError('again')} />));
    expect(onError).toHaveBeenCalledTimes(1);
    expect(host.querySelector('[role="alert"]')).not.toBeNull();
  });

  it('speaks the page’s language', () => {
    quiet();
    act(() => root.render(<Page lang="en" />));
    expect(host.querySelector('[role="alert"] strong')?.textContent).toBe('The map failed; the rest still works');
    expect(host.querySelector('[role="alert"] button')?.textContent).toBe('Try again');
  });

  it('tries again when asked: a part that works now comes back', () => {
    quiet();
    act(() => root.render(<Page />));
    const retry = host.querySelector<HTMLButtonElement>('[role="alert"] button');
    expect(retry?.textContent).toBe('重试');
    broken = false;
    act(() => retry?.click());
    expect(host.querySelector('[role="alert"]')).toBeNull();
    expect(host.querySelector('.fragile')?.textContent).toBe('drawn');
    expect(host.querySelector('.sibling')?.textContent).toBe('panel');
  });

  it('shows the message again when the part still fails', () => {
    quiet();
    act(() => root.render(<Page />));
    act(() => host.querySelector<HTMLButtonElement>('[role="alert"] button')?.click());
    expect(host.querySelector('[role="alert"]')?.textContent).toContain('bad geometry');
  });
});
