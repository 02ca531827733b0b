import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { langOfSearch, loadLang } from './i18n';

/** Renders the app into #root, replacing index.html's "loading" line, once the link's language is there. */
export async function start(): Promise<void> {
  await loadLang(langOfSearch(window.location.search));
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
