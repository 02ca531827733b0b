import { startTransition, useEffect, useState } from 'react';

/**
 * False until `settled` turns true (the map has been drawn completely for the first time, or has
 * failed) or `limit` ms have passed, whichever comes first. The panel's long sections wait for it:
 * while the map loads, the page's main thread is busy nearly all the time (decoding tiles, drawing
 * glyphs, drawing frames), so a hundred list rows rendered then push the finished map back by as
 * long as they take. The limit keeps the panel whole on a machine too slow to finish the map soon,
 * or when the map is stuck without saying so.
 */
export function useAfterMap(settled: boolean, limit = 3000): boolean {
  const [late, setLate] = useState(false);
  useEffect(() => {
    if (settled) return;
    const id = setTimeout(() => startTransition(() => setLate(true)), limit);
    return () => clearTimeout(id);
  }, [settled, limit]);
  return settled || late;
}
