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
