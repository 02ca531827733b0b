import { beforeAll, describe, expect, it } from 'vitest';
import { realCatalog } from '../../scripts/test/realCatalog.ts';
import type { Catalog } from '../catalog/types.ts';
import { slideOf } from './slideTestData';
import { openingsBy, type PlaySpan, type PlayState, playReducer, slideScope, timelineEnd } from './timeline';

let catalog: Catalog;
beforeAll(() => {
  catalog = realCatalog().catalog;
});

const slide = slideOf;

describe('timelineEnd', () => {
  it('stops at the review month, or at the slide’s own month', () => {
    expect(timelineEnd(slide(), '2026-12-06')).toBe('2026-12');
    expect(timelineEnd(slide({ asof: '2024-06' }), '2026-12-06')).toBe('2024-06');
  });
});

describe('playReducer', () => {
  const span: PlaySpan = { end: '2023-02', step: 'month' };
  const run = (s: PlayState, n: number, sp = span) => {
    let out = s;
    for (let i = 0; i < n; i++) out = playReducer(out, { type: 'tick' }, sp);
    return out;
  };

  it('starts at the congress month and steps by month up to the end, where it stops', () => {
    const start = playReducer({ month: '2030-01', playing: false }, { type: 'start', playing: true }, span);
    expect(start).toEqual({ month: '2022-04', playing: true });
    expect(run(start, 1)).toEqual({ month: '2022-05', playing: true });
    expect(run(start, 8)).toEqual({ month: '2022-12', playing: true });
    expect(run(start, 10)).toEqual({ month: '2023-02', playing: false });
    expect(run(start, 30)).toEqual({ month: '2023-02', playing: false });
  });

  it('steps by quarter without passing the end', () => {
    const q: PlaySpan = { end: '2023-02', step: 'quarter' };
    const start = playReducer({ month: '2024-01', playing: false }, { type: 'start', playing: true }, q);
    expect(run(start, 1, q).month).toBe('2022-07');
    expect(run(start, 3, q)).toEqual({ month: '2023-01', playing: true });
    expect(run(start, 4, q)).toEqual({ month: '2023-02', playing: false });
  });

  it('pauses and plays on; play at the end starts over; a paused play does not tick', () => {
    const paused = playReducer({ month: '2022-09', playing: true }, { type: 'toggle' }, span);
    expect(paused).toEqual({ month: '2022-09', playing: false });
    expect(run(paused, 5)).toBe(paused);
    expect(playReducer(paused, { type: 'toggle' }, span)).toEqual({ month: '2022-09', playing: true });
    expect(playReducer({ month: '2023-02', playing: false }, { type: 'toggle' }, span)).toEqual({
      month: '2022-04',
      playing: true,
    });
  });

  it('resumes a link’s month paused, inside the span; reduced motion starts paused', () => {
    const s = { month: '2022-04', playing: true };
    expect(playReducer(s, { type: 'resume', month: '2022-11' }, span)).toEqual({ month: '2022-11', playing: false });
    expect(playReducer(s, { type: 'resume', month: '2030-01' }, span)).toEqual({ month: '2023-02', playing: false });
    expect(playReducer(s, { type: 'start', playing: false }, span)).toEqual({ month: '2022-04', playing: false });
  });
});

describe('openingsBy (the real catalogue)', () => {
  it('names what opened since the congress, in order, up to the month', () => {
    const city = slideScope(catalog, slide());
    expect(city).toHaveLength(catalog.items.length);
    const ids = (month: string) => openingsBy(city, month).map((o) => `${o.month} ${o.item.id}`);
    expect(ids('2022-11')).not.toContain('2022-12 hsr-jinan-laiwu');
    expect(ids('2022-12')).toContain('2022-12 hsr-jinan-laiwu');
    const all = ids('2026-12');
    const months = all.map((t) => t.slice(0, 7));
    expect(months).toEqual([...months].sort());
    // The line after the stations that opened with it, so that a caption listing the latest few names it.
    const december = ids('2022-12').filter((t) => t.startsWith('2022-12'));
    expect(december.at(-1)).toBe('2022-12 hsr-jinan-laiwu');
    expect(december.length).toBeGreaterThan(1);
    // 济郑高铁济南段 opened in December 2023: not yet at the end of 2023-11.
    expect(ids('2023-11')).not.toContain('2023-12 hsr-jinan-zhengzhou-jinan-section');
    expect(all).toContain('2023-12 hsr-jinan-zhengzhou-jinan-section');
    // Nothing from before the congress: the play starts in 2022-04.
    expect(all.every((t) => t >= '2022-04')).toBe(true);
  });

  it('covers only the slide’s direction, whatever the slide’s status filter', () => {
    const east = slideScope(catalog, slide({ zone: '东强', statuses: ['planned'] }));
    expect(east.length).toBeGreaterThan(0);
    expect(east.every((i) => i.zone === '东强' || i.zones_also.includes('东强'))).toBe(true);
    expect(east.some((i) => i.status !== 'planned')).toBe(true);
  });
});
