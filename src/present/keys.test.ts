import { describe, expect, it } from 'vitest';
import { type KeyLike, keyToCommand, type PresentCommand } from './keys';

const TABLE: [KeyLike, PresentCommand | null][] = [
  // forward
  [{ key: 'PageDown' }, { type: 'next' }],
  [{ key: 'ArrowRight' }, { type: 'next' }],
  [{ key: 'ArrowDown' }, { type: 'next' }],
  [{ key: ' ' }, { type: 'next' }],
  [{ key: 'N' }, { type: 'next' }],
  [{ key: 'n' }, { type: 'next' }],
  // back
  [{ key: 'PageUp' }, { type: 'prev' }],
  [{ key: 'ArrowLeft' }, { type: 'prev' }],
  [{ key: 'ArrowUp' }, { type: 'prev' }],
  [{ key: 'Backspace' }, { type: 'prev' }],
  [{ key: ' ', shiftKey: true }, { type: 'prev' }],
  // P opens the presenter console (as in slide software's presenter view), L the pointer.
  [{ key: 'P' }, { type: 'console' }],
  [{ key: 'p' }, { type: 'console' }],
  [{ key: 'l' }, { type: 'pointer' }],
  [{ key: 'L' }, { type: 'pointer' }],
  // ends
  [{ key: 'Home' }, { type: 'first' }],
  [{ key: 'End' }, { type: 'last' }],
  // number then Enter
  [{ key: '0' }, { type: 'digit', digit: '0' }],
  [{ key: '7' }, { type: 'digit', digit: '7' }],
  [{ key: '9' }, { type: 'digit', digit: '9' }],
  [{ key: 'Enter' }, { type: 'commit' }],
  // blank screen
  [{ key: 'b' }, { type: 'blank', colour: 'black' }],
  [
    { key: 'B', shiftKey: true },
    { type: 'blank', colour: 'black' },
  ],
  [{ key: '.' }, { type: 'blank', colour: 'black' }],
  [{ key: 'w' }, { type: 'blank', colour: 'white' }],
  [
    { key: 'W', shiftKey: true },
    { type: 'blank', colour: 'white' },
  ],
  [{ key: ',' }, { type: 'blank', colour: 'white' }],
  // the rest
  [{ key: 'f' }, { type: 'fullscreen' }],
  [{ key: 'F' }, { type: 'fullscreen' }],
  [{ key: 'Escape' }, { type: 'exit' }],
  // a timeline slide's play/pause
  [{ key: 'k' }, { type: 'play' }],
  [{ key: 'K', shiftKey: true }, { type: 'play' }],
  [{ key: 'MediaPlayPause' }, { type: 'play' }],
  // left alone
  [{ key: 'F5' }, null],
  [{ key: 'F5', shiftKey: true }, null],
  [{ key: 'Tab' }, null],
  [{ key: 'x' }, null],
  [{ key: 'Shift', shiftKey: true }, null],
  [{ key: 'Unidentified' }, null],
];

describe('keyToCommand', () => {
  it.each(TABLE)('%o → %o', (key, command) => {
    expect(keyToCommand(key)).toEqual(command);
  });

  it('leaves every key with Ctrl, Cmd or Alt to the browser', () => {
    for (const [key] of TABLE) {
      for (const modifier of ['ctrlKey', 'metaKey', 'altKey'] as const) {
        expect(keyToCommand({ ...key, [modifier]: true }), `${modifier}+${key.key}`).toBeNull();
      }
    }
  });
});
