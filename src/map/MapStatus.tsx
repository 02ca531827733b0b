import './MapStatus.css';
import { useT } from '../i18n/context';
import type { MapPhase, Problem } from './loadStatus.ts';

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
