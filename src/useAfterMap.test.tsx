// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAfterMap } from './useAfterMap';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let host: HTMLElement;
let root: Root;
const seen: boolean[] = [];

function Probe({ settled }: { settled: boolean }) {
  seen.push(useAfterMap(settled, 1000));
  return null;
}

beforeEach(() => {
  vi.useFakeTimers();
  seen.length = 0;
  host = document.createElement('div');
  root = createRoot(host);
});

afterEach(() => {
  act(() => root.unmount());
  vi.useRealTimers();
});

describe('useAfterMap', () => {
  it('is false until the map has settled, then true', () => {
    act(() => root.render(<Probe settled={false} />));
    expect(seen.at(-1)).toBe(false);
    act(() => root.render(<Probe settled />));
    expect(seen.at(-1)).toBe(true);
  });

  it('gives up waiting after the limit (a map that never settles must not hide the panel)', () => {
    act(() => root.render(<Probe settled={false} />));
    act(() => vi.advanceTimersByTime(999));
    expect(seen.at(-1)).toBe(false);
    act(() => vi.advanceTimersByTime(2));
    expect(seen.at(-1)).toBe(true);
  });
});
