import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import {
  act,
  channelName,
  initialSync,
  isSyncMessage,
  type Role,
  receive,
  type SyncMessage,
  type SyncState,
} from './sync';
import type { Blank } from './types';

type Change = Parameters<typeof act>[1];

/**
 * The audience screen and the presenter console in step over a BroadcastChannel named after the deck
 * (same origin, no server, works offline). `index` and `blank` are what this window shows; a change to
 * them made here (a key, a button) is sent, one received is handed to `apply`. Without BroadcastChannel
 * the window simply works alone.
 */
export function useDeckSync(
  deckId: string,
  role: Role,
  index: number,
  blank: Blank,
  apply: (shown: { index: number; blank: Blank }) => void,
  onExit: () => void,
): { sync: SyncState; change: (c: Change) => void; exitAll: () => void } {
  const ref = useRef<SyncState>(initialSync(index));
  const [sync, setSync] = useState<SyncState>(ref.current);
  const channel = useRef<BroadcastChannel | null>(null);
  const handlers = useRef({ apply, onExit });
  handlers.current = { apply, onExit };

  const post = useCallback((m: SyncMessage | null) => {
    if (m) channel.current?.postMessage(m);
  }, []);
  const commit = useCallback((next: SyncState) => {
    ref.current = next;
    setSync(next);
  }, []);

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const ch = new BroadcastChannel(channelName(deckId));
    channel.current = ch;
    ch.onmessage = (e: MessageEvent) => {
      if (!isSyncMessage(e.data)) return;
      const before = ref.current;
      const { state, reply } = receive(before, e.data, role);
      commit(state);
      post(reply);
      if (state.index !== before.index || state.blank !== before.blank)
        handlers.current.apply({ index: state.index, blank: state.blank });
      if (state.exit && !before.exit) handlers.current.onExit();
    };
    const bye = () => ch.postMessage({ type: 'bye', from: role } satisfies SyncMessage);
    ch.postMessage({ type: 'hello', from: role } satisfies SyncMessage);
    // pagehide: the window closes or navigates away; the unmount: the presentation ends in it.
    window.addEventListener('pagehide', bye);
    return () => {
      window.removeEventListener('pagehide', bye);
      bye();
      ch.close();
      channel.current = null;
    };
  }, [deckId, role, post, commit]);

  // What this window shows changed here (a key, a button, a link's number clamped): tell the other. A
  // change received from the other is already in `ref` when it renders, so it is not sent back.
  useLayoutEffect(() => {
    const { state, message } = act(ref.current, { index, blank }, role);
    if (message) {
      commit(state);
      post(message);
    }
  }, [index, blank, role, post, commit]);

  const change = useCallback(
    (c: Change) => {
      const { state, message } = act(ref.current, c, role);
      if (state !== ref.current) commit(state);
      post(message);
    },
    [role, post, commit],
  );
  const exitAll = useCallback(() => post({ type: 'exit', from: role }), [role, post]);
  return { sync, change, exitAll };
}
