import { describe, expect, it } from 'vitest';
import { act, initialSync, isSyncMessage, type Role, receive, type SyncMessage, type SyncState } from './sync';

// Two windows simulated: each message one sends is delivered to the other, as a BroadcastChannel does
// (a channel never delivers to its sender).

interface Window {
  role: Role;
  state: SyncState;
}

function pair(index = 0): {
  audience: Window;
  console: Window;
  deliver: (from: Window, m: SyncMessage | null) => void;
} {
  const audience: Window = { role: 'audience', state: initialSync(index) };
  const console: Window = { role: 'console', state: initialSync(0) };
  const deliver = (from: Window, m: SyncMessage | null) => {
    if (!m) return;
    const to = from === audience ? console : audience;
    const { state, reply } = receive(to.state, m, to.role);
    to.state = state;
    deliver(to, reply);
  };
  return { audience, console, deliver };
}

const press = (w: Window, change: Parameters<typeof act>[1]) => {
  const { state, message } = act(w.state, change, w.role);
  w.state = state;
  return message;
};

describe('presenter sync', () => {
  it('a console that opens adopts the audience’s slide, and both know the other is there', () => {
    const { audience, console, deliver } = pair(4);
    audience.state = { ...audience.state, awaiting: false, blank: 'black' };
    deliver(console, { type: 'hello', from: 'console' });
    expect(console.state).toMatchObject({ index: 4, blank: 'black', peer: true, awaiting: false });
    expect(audience.state.peer).toBe(true);
  });

  it('a move in either window moves the other, in order, without echo', () => {
    const { audience, console, deliver } = pair();
    deliver(console, { type: 'hello', from: 'console' });
    // Two quick presses in the console: both arrive in order, nothing comes back to undo them.
    const first = press(console, { index: 1 });
    const second = press(console, { index: 2 });
    deliver(console, first);
    deliver(console, second);
    expect(audience.state.index).toBe(2);
    expect(console.state.index).toBe(2);
    deliver(audience, press(audience, { index: 1 }));
    expect(console.state.index).toBe(1);
    deliver(audience, press(audience, { blank: 'white' }));
    expect(console.state).toMatchObject({ index: 1, blank: 'white' });
    // A change to what is already shown sends nothing.
    expect(press(audience, { index: 1 })).toBeNull();
  });

  it('an answer to hello is adopted once, and never over a move made since', () => {
    const { audience, console } = pair(3);
    console.state = act(console.state, { index: 6 }, 'console').state;
    const answer: SyncMessage = { type: 'state', from: 'audience', shared: { ...audience.state } };
    expect(receive(console.state, answer, 'console').state.index).toBe(6);
    const fresh = initialSync(0);
    const adopted = receive(fresh, answer, 'console').state;
    expect(adopted.index).toBe(3);
    expect(receive(adopted, { ...answer, shared: { ...audience.state, index: 9 } }, 'console').state.index).toBe(3);
  });

  it('closing the console tells the audience, which shows its tools again', () => {
    const { audience, console, deliver } = pair();
    deliver(console, { type: 'hello', from: 'console' });
    expect(audience.state.peer).toBe(true);
    deliver(console, { type: 'bye', from: 'console' });
    expect(audience.state.peer).toBe(false);
    // A second audience window leaving does not hide the console's peer… from another audience's view.
    expect(receive(audience.state, { type: 'bye', from: 'audience' }, 'audience').state).toBe(audience.state);
  });

  it('Esc in one window ends the presentation in both', () => {
    const { audience, console, deliver } = pair();
    deliver(console, { type: 'exit', from: 'console' });
    expect(audience.state.exit).toBe(true);
  });

  it('the pointer is off by default; on, it moves on both; off clears the dot and the spotlight', () => {
    const { audience, console, deliver } = pair();
    expect(press(console, { pointer: [117, 36.6] })).toBeNull();
    expect(press(console, { spotlight: 'airport-phase2' })).toBeNull();
    deliver(console, press(console, { pointerOn: true }));
    expect(audience.state.pointerOn).toBe(true);
    deliver(console, press(console, { pointer: [117.1, 36.65] }));
    expect(audience.state.pointer).toEqual([117.1, 36.65]);
    deliver(console, press(console, { spotlight: 'airport-phase2' }));
    expect(audience.state.spotlight).toBe('airport-phase2');
    // A second click on the same item clears it.
    deliver(console, press(console, { spotlight: 'airport-phase2' }));
    expect(audience.state.spotlight).toBeNull();
    deliver(console, press(console, { spotlight: 'airport-phase2' }));
    deliver(console, press(console, { pointerOn: false }));
    expect(audience.state).toMatchObject({ pointerOn: false, pointer: null, spotlight: null });
  });

  it('a new slide clears the spotlight on both', () => {
    const { audience, console, deliver } = pair();
    deliver(console, press(console, { pointerOn: true }));
    deliver(console, press(console, { spotlight: 'airport-phase2' }));
    deliver(audience, press(audience, { index: 2 }));
    expect(audience.state.spotlight).toBeNull();
    expect(console.state.spotlight).toBeNull();
  });

  it('the QR code button in either window shows or hides the code on both, until the next slide', () => {
    const { audience, console, deliver } = pair();
    deliver(console, press(console, { qr: true }));
    expect(audience.state.qr).toBe(true);
    deliver(audience, press(audience, { index: 1 }));
    expect(console.state.qr).toBeNull();
    expect(isSyncMessage({ type: 'qr', from: 'console', show: 'yes' })).toBe(false);
  });

  it('ignores malformed messages from other pages of the origin', () => {
    expect(isSyncMessage({ type: 'show', from: 'console', index: 2, blank: null })).toBe(true);
    expect(isSyncMessage({ type: 'show', from: 'console', index: -1, blank: null })).toBe(false);
    expect(isSyncMessage({ type: 'show', from: 'console', index: 2, blank: 'red' })).toBe(false);
    expect(isSyncMessage({ type: 'show', from: 'projector', index: 2, blank: null })).toBe(false);
    expect(isSyncMessage({ type: 'pointer', from: 'console', on: true, at: [117, Number.NaN] })).toBe(false);
    expect(isSyncMessage({ type: 'spotlight', from: 'console', id: '<img src=x>' })).toBe(false);
    expect(isSyncMessage({ type: 'state', from: 'audience', shared: null })).toBe(false);
    expect(isSyncMessage({ type: 'reload', from: 'console' })).toBe(false);
    expect(isSyncMessage('hello')).toBe(false);
  });
});
