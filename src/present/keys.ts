import type { PresentAction } from './reducer';

// Keys to presenter commands. Clickers are keyboards in disguise: most send PageDown/PageUp, some
// arrows, and their "blank" button sends '.' or 'b'. Laptops add the usual presentation keys.

export type PresentCommand =
  | PresentAction
  | { type: 'fullscreen' }
  | { type: 'exit' }
  | { type: 'play' }
  | { type: 'console' }
  | { type: 'pointer' };

export interface KeyLike {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

const NEXT: PresentCommand = { type: 'next' };
const PREV: PresentCommand = { type: 'prev' };

export function keyToCommand(e: KeyLike): PresentCommand | null {
  // Ctrl/Cmd/Alt combinations belong to the browser (zoom, tabs, reload) and the OS.
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  if (/^\d$/.test(e.key)) return { type: 'digit', digit: e.key }; // "12 Enter" goes to slide 12
  switch (e.key) {
    // Forward: clickers send PageDown (most) or ArrowRight/Down; Space and N as in slide software.
    case 'PageDown':
    case 'ArrowRight':
    case 'ArrowDown':
    case 'n':
    case 'N':
      return NEXT;
    case ' ':
      // Shift+Space is "back" as on a web page and in slide software.
      return e.shiftKey ? PREV : NEXT;
    // Back: the mirror keys; Backspace is "back" in slide software.
    case 'PageUp':
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'Backspace':
      return PREV;
    // P opens the presenter console in a second window; L switches the shared pointer on and off.
    case 'p':
    case 'P':
      return { type: 'console' };
    case 'l':
    case 'L':
      return { type: 'pointer' };
    case 'Home':
      return { type: 'first' };
    case 'End':
      return { type: 'last' };
    // Enter jumps to the typed number, or moves on when nothing was typed (some clickers send it).
    case 'Enter':
      return { type: 'commit' };
    // The clickers' blank button sends '.' or 'b'; B / W blank to black / white as in PowerPoint.
    case 'b':
    case 'B':
    case '.':
      return { type: 'blank', colour: 'black' };
    case 'w':
    case 'W':
    case ',':
      return { type: 'blank', colour: 'white' };
    case 'f':
    case 'F':
      return { type: 'fullscreen' };
    // Play/pause of a timeline slide: K as in video players (Space stays the clicker's "next"), and
    // the keyboard's media key.
    case 'k':
    case 'K':
    case 'MediaPlayPause':
      return { type: 'play' };
    // Escape leaves the presentation (the browser has already left full screen by itself).
    case 'Escape':
      return { type: 'exit' };
    // F5 / Shift+F5 is some clickers' "start" button, but in a browser it reloads: let it through
    // untouched rather than pretend to handle it (F5 falls to the default below like any other key).
    default:
      return null;
  }
}
