import './MapStatus.css';
import { useT } from '../i18n';
import type { MapPhase } from './MapView';

/** The quiet overlay while the map starts, and the message when it cannot. */
export function MapStatus({ phase, detail }: { phase: MapPhase; detail?: string | null }) {
  const t = useT();
  if (phase === 'ready') return null;
  if (phase === 'loading') {
    return (
      <div className="map-status map-status--loading" role="status">
        <span className="spinner" aria-hidden="true" />
        {t('map.loading')}
      </div>
    );
  }
  return (
    <div className="map-status map-status--error" role="alert">
      <strong>{t('map.error')}</strong>
      <p>{t('map.errorHint')}</p>
      {detail ? <code>{detail}</code> : null}
    </div>
  );
}

/** A file that did not load: what it holds (a source id, "catalog"), the file's name, and why. */
export interface Problem {
  what: string;
  file: string;
  detail: string;
}

/** The file name at the end of a URL: what a reader can quote when reporting the problem. */
export const fileOf = (url: string) => url.split(/[?#]/)[0]?.split('/').pop() || url;

/**
 * A source's load error as a problem to show; null for the engine's other errors. MapLibre passes the
 * failing source's id and its style entry along with the error.
 */
export function sourceProblem(event: {
  error?: Error;
  sourceId?: string;
  source?: { data?: unknown };
}): Problem | null {
  if (!event.sourceId) return null;
  const data = event.source?.data;
  return {
    what: event.sourceId,
    file: typeof data === 'string' ? fileOf(data) : '',
    detail: event.error?.message ?? String(event.error),
  };
}

/** Files that failed to load, each named; a banner where the rest of the view still works. */
export function LoadProblems({ title, problems, banner }: { title: string; problems: Problem[]; banner?: boolean }) {
  if (problems.length === 0) return null;
  return (
    <div className={`map-status map-status--error${banner ? ' map-status--banner' : ''}`} role="alert">
      <strong>{title}</strong>
      <ul>
        {problems.map((p) => (
          <li key={p.what} data-problem={p.what}>
            {p.file ? `${p.what} · ${p.file}` : p.what}
            <code>{p.detail}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}
