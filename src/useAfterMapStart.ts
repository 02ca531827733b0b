import { startTransition, useEffect, useState } from 'react';

/**
 * False until `started` turns true (the map has been created) or `limit` ms have passed, whichever
 * comes first. The panel's long sections wait for it: the map is created in an effect after the page
 * is first painted, and a hundred list rows laid out before that push its start back. The limit keeps
 * the panel whole when the map never starts (no WebGL2, an engine that failed to load).
 */
export function useAfterMapStart(started: boolean, limit = 3000): boolean {
  const [late, setLate] = useState(false);
  useEffect(() => {
    if (started) return;
    const id = setTimeout(() => startTransition(() => setLate(true)), limit);
    return () => clearTimeout(id);
  }, [started, limit]);
  return started || late;
}
