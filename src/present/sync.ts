import type { Blank } from './types';

// How the audience screen and the presenter console keep in step. Each window sends what a key or a
// click changed there (never the key itself: replaying keys would double-apply "next" when both windows
// see it) over a BroadcastChannel, and adopts what the other sends. Pure: messages in, state out; the
// channel itself is in useDeckChannel.ts.

export type Role = 'audience' | 'console';

/** A point on the map as [lng, lat] in WGS-84. */
export type LngLat = [number, number];

/** What both windows show alike. */
export interface Shared {
  /** 0-based slide index. */
  index: number;
  blank: Blank;
  /** The pointer and spotlight are off until switched on (a key or the console's button). */
  pointerOn: boolean;
  pointer: LngLat | null;
  /** The item spotlit on both screens (everything else dimmed), or null. */
  spotlight: string | null;
  /** The QR code of the link shown (true) or hidden (false) by the button, until the next slide; null: the slide's default. */
  qr: boolean | null;
}

export interface SyncState extends Shared {
  /** The other kind of window is open: for the audience, a console; for the console, the audience screen. */
  peer: boolean;
  /** Just opened and not yet told the current state: the first answer is adopted. */
  awaiting: boolean;
  /** The other window left the presentation (Esc): this one leaves too. */
  exit: boolean;
}

export type SyncMessage =
  | { type: 'hello'; from: Role }
  | { type: 'state'; from: Role; shared: Shared }
  | { type: 'show'; from: Role; index: number; blank: Blank }
  | { type: 'pointer'; from: Role; on: boolean; at: LngLat | null }
  | { type: 'spotlight'; from: Role; id: string | null }
  | { type: 'qr'; from: Role; show: boolean | null }
  | { type: 'bye'; from: Role }
  | { type: 'exit'; from: Role };

export const channelName = (deckId: string) => `jinan-blueprint-deck-${deckId}`;

export function initialSync(index: number): SyncState {
  return {
    index,
    blank: null,
    pointerOn: false,
    pointer: null,
    spotlight: null,
    qr: null,
    peer: false,
    awaiting: true,
    exit: false,
  };
}

const shared = ({ index, blank, pointerOn, pointer, spotlight, qr }: SyncState): Shared => ({
  index,
  blank,
  pointerOn,
  pointer,
  spotlight,
  qr,
});

const ROLES: readonly string[] = ['audience', 'console'];
const isLngLat = (v: unknown): v is LngLat =>
  Array.isArray(v) && v.length === 2 && v.every((x) => typeof x === 'number' && Number.isFinite(x));
const isBlank = (v: unknown): v is Blank => v === null || v === 'black' || v === 'white';
const isIndex = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isId = (v: unknown): v is string | null => v === null || (typeof v === 'string' && /^[a-z0-9-]{1,80}$/.test(v));

/** Another page of the same origin could post anything on the channel: only well-formed messages count. */
export function isSyncMessage(m: unknown): m is SyncMessage {
  if (typeof m !== 'object' || m === null) return false;
  const r = m as Record<string, unknown>;
  if (!ROLES.includes(r.from as string)) return false;
  switch (r.type) {
    case 'hello':
    case 'bye':
    case 'exit':
      return true;
    case 'show':
      return isIndex(r.index) && isBlank(r.blank);
    case 'pointer':
      return typeof r.on === 'boolean' && (r.at === null || isLngLat(r.at));
    case 'spotlight':
      return isId(r.id);
    case 'qr':
      return r.show === null || typeof r.show === 'boolean';
    case 'state': {
      const s = r.shared as Record<string, unknown> | null;
      return (
        typeof s === 'object' &&
        s !== null &&
        isIndex(s.index) &&
        isBlank(s.blank) &&
        typeof s.pointerOn === 'boolean' &&
        (s.pointer === null || isLngLat(s.pointer)) &&
        isId(s.spotlight) &&
        (s.qr === null || typeof s.qr === 'boolean')
      );
    }
    default:
      return false;
  }
}

/** A message from the other window: the new state, and the answer to send back (only to a hello). */
export function receive(state: SyncState, m: SyncMessage, role: Role): { state: SyncState; reply: SyncMessage | null } {
  const other = m.from !== role;
  switch (m.type) {
    case 'hello':
      // A window that opens asks for the current slide; every open window answers with the same state.
      return {
        state: { ...state, peer: state.peer || other },
        reply: { type: 'state', from: role, shared: shared(state) },
      };
    case 'state':
      return {
        state: { ...state, ...(state.awaiting ? m.shared : {}), peer: state.peer || other, awaiting: false },
        reply: null,
      };
    case 'show':
      return {
        state: {
          ...state,
          index: m.index,
          blank: m.blank,
          spotlight: m.index === state.index ? state.spotlight : null,
          qr: m.index === state.index ? state.qr : null,
          awaiting: false,
          peer: state.peer || other,
        },
        reply: null,
      };
    case 'pointer':
      // Switching the pointer off also clears the dot and the spotlight.
      return {
        state: { ...state, pointerOn: m.on, pointer: m.on ? m.at : null, spotlight: m.on ? state.spotlight : null },
        reply: null,
      };
    case 'spotlight':
      return { state: { ...state, spotlight: m.id }, reply: null };
    case 'qr':
      return { state: { ...state, qr: m.show }, reply: null };
    case 'bye':
      return { state: other ? { ...state, peer: false } : state, reply: null };
    case 'exit':
      return { state: { ...state, exit: true }, reply: null };
  }
}

/** A change made in this window (a key, a click): the new state and the message that tells the other. */
export function act(
  state: SyncState,
  change:
    | { index?: number; blank?: Blank }
    | { pointerOn: boolean }
    | { pointer: LngLat | null }
    | { spotlight: string | null }
    | { qr: boolean | null },
  role: Role,
): { state: SyncState; message: SyncMessage | null } {
  if ('qr' in change) {
    return { state: { ...state, qr: change.qr }, message: { type: 'qr', from: role, show: change.qr } };
  }
  if ('pointerOn' in change) {
    const on = change.pointerOn;
    const next = {
      ...state,
      pointerOn: on,
      pointer: on ? state.pointer : null,
      spotlight: on ? state.spotlight : null,
    };
    return { state: next, message: { type: 'pointer', from: role, on, at: next.pointer } };
  }
  if ('pointer' in change) {
    // The dot moves only while the pointer is on.
    if (!state.pointerOn) return { state, message: null };
    return {
      state: { ...state, pointer: change.pointer },
      message: { type: 'pointer', from: role, on: true, at: change.pointer },
    };
  }
  if ('spotlight' in change) {
    if (!state.pointerOn) return { state, message: null };
    // A second click on the item spotlit clears it.
    const id = change.spotlight === state.spotlight ? null : change.spotlight;
    return { state: { ...state, spotlight: id }, message: { type: 'spotlight', from: role, id } };
  }
  const index = change.index ?? state.index;
  const blank = change.blank === undefined ? state.blank : change.blank;
  if (index === state.index && blank === state.blank) return { state, message: null };
  // A new slide clears the spotlight and the QR code's override: they belonged to the slide before.
  const moved = index !== state.index;
  return {
    state: {
      ...state,
      index,
      blank,
      spotlight: moved ? null : state.spotlight,
      qr: moved ? null : state.qr,
      awaiting: false,
    },
    message: { type: 'show', from: role, index, blank },
  };
}
