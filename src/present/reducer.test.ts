import { describe, expect, it } from 'vitest';
import { initialPresent, type PresentAction, presentReducer, slideAt, slideIndex } from './reducer';
import { slideOf } from './slideTestData';
import type { Deck, PresentState, Slide } from './types';

const slide = (id: string): Slide => slideOf({ id, kind: 'zone', bounds: [116.9, 36.6, 117.1, 36.7] });
const deckOf = (n: number, id = 'test'): Deck => ({
  schema: 2,
  id,
  title_zh: '',
  title_en: '',
  slides: Array.from({ length: n }, (_, i) => slide(`s${i + 1}`)),
});
const DECK = deckOf(12);

const run = (state: PresentState, ...actions: PresentAction[]) => actions.reduce(presentReducer, state);
const at = (index: number, extra: Partial<PresentState> = {}): PresentState => ({
  ...initialPresent(DECK),
  index,
  ...extra,
});
const typing = (digits: string) => [...digits].map((digit): PresentAction => ({ type: 'digit', digit }));

describe('initialPresent', () => {
  it('opens at a 1-based slide number, clamped to the deck', () => {
    expect(initialPresent(DECK)).toEqual({ deck: DECK, index: 0, blank: null, typed: '' });
    expect(initialPresent(DECK, 5).index).toBe(4);
    expect(initialPresent(DECK, 99).index).toBe(11);
    expect(initialPresent(DECK, 0).index).toBe(0);
    expect(initialPresent(DECK, -3).index).toBe(0);
    expect(initialPresent(DECK, Number.NaN).index).toBe(0);
  });
});

describe('slideIndex and slideAt', () => {
  it('read the slide shown from the URL’s 1-based number, clamped to the deck', () => {
    expect([1, 5, 12, 13, 99, 0, -3, Number.NaN].map((n) => slideIndex(DECK, n))).toEqual([0, 4, 11, 11, 11, 0, 0, 0]);
    expect(slideAt(DECK, 5)?.id).toBe('s5');
    expect(slideAt(DECK, 99)).toBe(DECK.slides[11]);
    expect(slideAt(deckOf(0), 1)).toBeUndefined();
  });
});

describe('presentReducer', () => {
  it('walks the whole deck with next and back with prev, stopping at both ends', () => {
    let state = initialPresent(DECK);
    for (let i = 1; i < DECK.slides.length; i++) {
      state = presentReducer(state, { type: 'next' });
      expect(state.index).toBe(i);
    }
    expect(presentReducer(state, { type: 'next' })).toEqual(state); // no wrap to the title
    for (let i = DECK.slides.length - 2; i >= 0; i--) {
      state = presentReducer(state, { type: 'prev' });
      expect(state.index).toBe(i);
    }
    expect(presentReducer(state, { type: 'prev' }).index).toBe(0);
  });

  it('goes to the first and last slide, and clamps goto', () => {
    expect(run(at(5), { type: 'first' }).index).toBe(0);
    expect(run(at(5), { type: 'last' }).index).toBe(11);
    expect(run(at(0), { type: 'goto', index: 7 }).index).toBe(7);
    expect(run(at(0), { type: 'goto', index: 40 }).index).toBe(11);
    expect(run(at(3), { type: 'goto', index: -2 }).index).toBe(0);
  });

  it('lifts the blank and forgets typed digits on every move', () => {
    const moves: PresentAction[] = [
      { type: 'next' },
      { type: 'prev' },
      { type: 'first' },
      { type: 'last' },
      { type: 'goto', index: 2 },
    ];
    for (const move of moves) {
      expect(run(at(4, { blank: 'black', typed: '1' }), move), move.type).toMatchObject({ blank: null, typed: '' });
    }
  });

  it('toggles the blank: same colour back to the slide, other colour switches', () => {
    const black = run(at(3), { type: 'blank', colour: 'black' });
    expect(black).toMatchObject({ index: 3, blank: 'black' });
    expect(run(black, { type: 'blank', colour: 'black' }).blank).toBeNull();
    const white = run(black, { type: 'blank', colour: 'white' });
    expect(white.blank).toBe('white');
    expect(run(white, { type: 'blank', colour: 'white' }).blank).toBeNull();
    expect(run(white, { type: 'blank', colour: 'black' }).blank).toBe('black');
  });

  it('goes to a slide by number then Enter', () => {
    expect(run(at(0), ...typing('7')).typed).toBe('7');
    expect(run(at(0), ...typing('7'), { type: 'commit' })).toMatchObject({ index: 6, typed: '' });
    expect(run(at(0), ...typing('12'), { type: 'commit' }).index).toBe(11);
    expect(run(at(0), ...typing('012'), { type: 'commit' }).index).toBe(11);
    // Beyond the deck: the last slide; the blank lifts as with any move.
    expect(run(at(0, { blank: 'white' }), ...typing('99'), { type: 'commit' })).toMatchObject({
      index: 11,
      blank: null,
    });
    // "0" is no slide: stay, forget the digits.
    expect(run(at(4), ...typing('0'), { type: 'commit' })).toMatchObject({ index: 4, typed: '' });
    expect(run(at(4), ...typing('00'), { type: 'commit' })).toMatchObject({ index: 4, typed: '' });
  });

  it('keeps at most three digits and ignores anything that is not one', () => {
    expect(run(at(0), ...typing('1234')).typed).toBe('123');
    expect(run(at(0), { type: 'digit', digit: 'x' }, { type: 'digit', digit: '12' }).typed).toBe('');
  });

  it('treats Enter with nothing typed as next (a clicker’s Enter)', () => {
    expect(run(at(2), { type: 'commit' }).index).toBe(3);
    expect(run(at(11), { type: 'commit' }).index).toBe(11);
  });

  it('clears typed digits without moving', () => {
    const state = run(at(5, { blank: 'black' }), ...typing('3'), { type: 'clearTyped' });
    expect(state).toMatchObject({ index: 5, typed: '', blank: 'black' });
    const same = at(5);
    expect(run(same, { type: 'clearTyped' })).toBe(same);
  });

  it('loads another deck at a clamped index, with no blank and nothing typed', () => {
    const other = deckOf(3, 'other');
    const before = at(9, { blank: 'white', typed: '2' });
    expect(run(before, { type: 'load', deck: other })).toEqual({ deck: other, index: 0, blank: null, typed: '' });
    expect(run(before, { type: 'load', deck: other, index: 2 }).index).toBe(2);
    expect(run(before, { type: 'load', deck: other, index: 8 }).index).toBe(2);
    expect(run(before, { type: 'load', deck: other, index: -1 }).index).toBe(0);
  });

  it('never leaves the state it was given changed', () => {
    const state = at(4, { blank: 'black', typed: '1' });
    const copy = structuredClone(state);
    run(state, { type: 'next' }, { type: 'blank', colour: 'white' }, ...typing('2'), { type: 'commit' });
    expect(state).toEqual(copy);
  });
});
