// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { translate } from '../i18n';
import { LangContext } from '../i18n/context';
import { LEGEND } from '../map/legend';
import { Legend } from './Legend';

let host: HTMLElement;
let root: Root;

beforeEach(() => {
  // A desk-sized window: the legend starts open.
  Object.assign(window, { innerWidth: 1920, innerHeight: 1080 });
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});

afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

function render(lang: 'zh' | 'en') {
  act(() =>
    root.render(
      <LangContext.Provider value={lang}>
        <Legend />
      </LangContext.Provider>,
    ),
  );
}

describe('the panel’s legend', () => {
  it('draws every section and key of the one legend definition, in both languages', () => {
    for (const lang of ['zh', 'en'] as const) {
      render(lang);
      const headings = [...host.querySelectorAll('.legend__body > h3')].map((h) => h.textContent);
      expect(headings).toEqual(LEGEND.map((s) => translate(lang, s.heading)));
      const lists = [...host.querySelectorAll('.legend__body > ul')];
      expect(lists.map((ul) => [...ul.children].map((li) => li.textContent))).toEqual(
        LEGEND.map((s) => s.keys.map((k) => translate(lang, k.label))),
      );
    }
  });

  it('draws zones as swatches and categories as dots in the definition’s colours', () => {
    render('zh');
    const colours = (selector: string) =>
      [...host.querySelectorAll<HTMLElement>(selector)].map((e) => e.style.background);
    const rgb = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
      return `rgb(${r}, ${g}, ${b})`;
    };
    const section = (id: string) => LEGEND.find((s) => s.id === id)?.keys.map((k) => rgb(k.colour));
    expect(colours('.legend__zones .swatch')).toEqual(section('zones'));
    expect(colours('.legend__categories .dot')).toEqual(section('categories'));
    // Lines keep their dash: one solid per mode and the operating line, then dashed, then dotted.
    const dashes = [...host.querySelectorAll('line')].map((l) => l.getAttribute('stroke-dasharray'));
    expect(dashes).toEqual([null, null, null, null, '7 4', '2 4']);
  });
});
