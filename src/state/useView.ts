import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { Catalog } from '../catalog/types';
import { hasLang, loadLang } from '../i18n';
import { SYNTHETIC, SYNTHETIC_KEY } from '../scale/hooks';
import { type Action, reducer } from './store';
import type { ViewState } from './types';
import { type Dropped, parseView, serialiseView } from './url';

/** What the URL says, checked against the catalogue; what it could not use goes to `dropped`. */
function fromLocation(catalog: Catalog): { view: ViewState; dropped: Dropped[] } {
  // The scale tests' own parameter is not part of a view.
  const search = new URLSearchParams(window.location.search);
  if (SYNTHETIC > 0) search.delete(SYNTHETIC_KEY);
  return parseView(search.toString(), {
    items: new Set(catalog.items.map((i) => i.id)),
    districts: new Set(catalog.districts.map((d) => d.adcode)),
  });
}

/**
 * The view state, kept in the URL: read once the catalogue is known (ids are checked against it),
 * written back with replaceState after every change, and re-read on back/forward.
 */
export function useView(catalog: Catalog) {
  // Read in the first render, not in an effect: the map and the panel start one render sooner.
  const [initial] = useState(() => fromLocation(catalog));
  const [view, dispatch] = useReducer(reducer, initial.view);
  const [dropped, setDropped] = useState<Dropped[]>(initial.dropped);
  const lastWritten = useRef<string | null>(null);

  useEffect(() => {
    // Back/forward (or a script's pushState) can bring a link the app did not write: it is checked
    // like a new link, with the notice, and written back in its canonical form.
    const onPop = () => {
      const parsed = fromLocation(catalog);
      const apply = () => {
        lastWritten.current = null;
        dispatch({ type: 'replace', view: parsed.view });
        setDropped(parsed.dropped);
      };
      // A view in a language whose table has not arrived yet waits for it.
      if (hasLang(parsed.view.lang)) apply();
      else void loadLang(parsed.view.lang).then(apply);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [catalog]);

  useEffect(() => {
    const search = serialiseView(view);
    if (search === lastWritten.current) return;
    lastWritten.current = search;
    // The address says so already (most first loads): a history update would cost the loading map a few ms.
    if (search === window.location.search) return;
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    window.history.replaceState(null, '', url);
  }, [view]);

  const act = useCallback((action: Action) => dispatch(action), []);
  return { view, dispatch: act, dropped, dismissDropped: () => setDropped([]) };
}
