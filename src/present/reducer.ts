import type { Blank, Deck, PresentState, Slide } from './types';

// The presenter's transitions: to which slide a key moves, whether the screen is blanked, and the
// digits typed for "number then Enter". Pure, so that every rule is tested without a browser. The
// slide shown is not held here: it is the URL's slide number (ViewState.slide), read with slideIndex.

export type PresentAction =
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'goto'; index: number }
  | { type: 'blank'; colour: 'black' | 'white' }
  | { type: 'digit'; digit: string }
  | { type: 'commit' }
  | { type: 'clearTyped' }
  | { type: 'load'; deck: Deck; index?: number };

/** Slide numbers in a meeting stay small; a fourth digit is a stuck key, not a wish. */
const MAX_TYPED = 3;

const clampIndex = (deck: Deck, index: number) =>
  Number.isFinite(index) ? Math.min(Math.max(0, Math.trunc(index)), Math.max(0, deck.slides.length - 1)) : 0;

/** Any move shows the slide: it lifts a blank screen and forgets half-typed digits. */
const show = (state: PresentState, index: number): PresentState => ({
  ...state,
  index: clampIndex(state.deck, index),
  blank: null,
  typed: '',
});

/** The 0-based index of the slide a 1-based slide number (as links carry it) shows, clamped to the deck. */
export const slideIndex = (deck: Deck, slideNumber: number): number => clampIndex(deck, slideNumber - 1);

/** The slide a 1-based slide number shows (undefined only for an empty deck). */
export const slideAt = (deck: Deck, slideNumber: number): Slide | undefined =>
  deck.slides[slideIndex(deck, slideNumber)];

/** The state for a deck opened at a 1-based slide number; clamped to the deck. */
export function initialPresent(deck: Deck, slideNumber = 1): PresentState {
  return { deck, index: slideIndex(deck, slideNumber), blank: null, typed: '' };
}

export function presentReducer(state: PresentState, action: PresentAction): PresentState {
  switch (action.type) {
    // No wrapping: a clicker pressed once too often must not jump back to the title.
    case 'next':
      return show(state, state.index + 1);
    case 'prev':
      return show(state, state.index - 1);
    case 'first':
      return show(state, 0);
    case 'last':
      return show(state, state.deck.slides.length - 1);
    case 'goto':
      return show(state, action.index);
    case 'blank': {
      // The same button brings the slide back; the other colour switches straight to it.
      const blank: Blank = state.blank === action.colour ? null : action.colour;
      return { ...state, blank };
    }
    case 'digit':
      if (!/^\d$/.test(action.digit) || state.typed.length >= MAX_TYPED) return state;
      return { ...state, typed: state.typed + action.digit };
    case 'commit': {
      // Enter alone is a clicker's "next"; after digits it jumps to that slide number.
      if (state.typed === '') return show(state, state.index + 1);
      const n = Number(state.typed);
      return n === 0 ? { ...state, typed: '' } : show(state, n - 1);
    }
    case 'clearTyped':
      return state.typed === '' ? state : { ...state, typed: '' };
    case 'load':
      return initialPresent(action.deck, (action.index ?? 0) + 1);
  }
}
