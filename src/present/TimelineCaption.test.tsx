// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Catalog, CatalogItem, Milestone } from '../catalog/types';
import { fixture } from '../explore/exportTestData';
import { LangContext } from '../i18n/context';
import { slideOf } from './slideTestData';
import { TimelineCaption } from './TimelineCaption';

let host: HTMLElement;
let root: Root;
beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

const opened = (actual: string): Milestone => ({
  stage: 'opening',
  name_zh: null,
  name_en: null,
  planned: null,
  actual,
  source: `Report ${actual}`,
});
const item = (id: string, name_zh: string, actual: string | null, category: CatalogItem['category'] = 'transport') =>
  fixture({
    id,
    name_zh,
    name_en: id,
    category,
    status: 'in_operation',
    status_as_of: '2026-01-01',
    milestones: actual ? [opened(actual)] : [],
  });

const ITEMS: CatalogItem[] = [
  item('a', '甲线', '2022-12-30'),
  item('b', '乙园', '2023-05', 'ecology'),
  item('c', '丙线', '2023-07-01'),
  item('d', '丁线', '2024-02'),
  item('e', '戊线', '2024-03-15'),
  item('f', '己线', '2024-06'),
  item('old', '旧线', '2018-12-26'),
  item('none', '未定', null),
];
const SLIDE = slideOf();

function render(month: string, lang: 'zh' | 'en' = 'zh', onToggle = () => {}) {
  const catalog = { reviewed: '2026-12-06', items: ITEMS } as unknown as Catalog;
  act(() =>
    root.render(
      <LangContext.Provider value={lang}>
        <TimelineCaption
          catalog={catalog}
          scope={ITEMS}
          slide={SLIDE}
          title=""
          note=""
          play={{ state: { month, playing: true }, end: '2026-12', onToggle }}
        />
      </LangContext.Provider>,
    ),
  );
  return [...host.querySelectorAll('[data-testid="timeline-openings"] li')].map((li) => li.textContent);
}

describe('TimelineCaption', () => {
  it('names what opened since the congress up to the month, in order, with 开通 for transport and 建成 otherwise', () => {
    expect(render('2022-11')).toEqual(['尚无项目开通或建成']);
    expect(render('2022-12')).toEqual(['2022-12 甲线 开通']);
    expect(render('2023-07')).toEqual(['2022-12 甲线 开通', '2023-05 乙园 建成', '2023-07 丙线 开通']);
    expect(host.querySelector('[data-testid="caption-month"]')?.textContent).toBe('2023-07');
  });

  it('lists the latest five and counts the earlier ones, in the reader’s language', () => {
    expect(render('2026-12', 'en')).toEqual([
      'and 1 earlier',
      '2023-05 b completed',
      '2023-07 c opened',
      '2024-02 d opened',
      '2024-03 e opened',
      '2024-06 f opened',
    ]);
  });

  it('plays and pauses from its button', () => {
    const onToggle = vi.fn();
    render('2023-01', 'zh', onToggle);
    const button = host.querySelector('button');
    expect(button?.textContent).toBe('暂停');
    expect(button?.getAttribute('aria-pressed')).toBe('true');
    act(() => button?.click());
    expect(onToggle).toHaveBeenCalledTimes(1);
  });
});
