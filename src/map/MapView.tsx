import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import { useMemo, useState } from 'react';
import { AttributionControl, Map as MapGL, NavigationControl, ScaleControl } from 'react-map-gl/maplibre';
import { type Lang, mapLocale, useT } from '../i18n';
import { JINAN_BOUNDS, REGION_BOUNDS } from './extent';
import { MapStatus } from './MapStatus';
import { attachProbe } from './probe';
import { sourceUrls } from './sourceUrls';
import { buildStyle } from './style';

export type MapPhase = 'loading' | 'ready' | 'error';

const FIT_PADDING = { top: 72, bottom: 48, left: 48, right: 48 };

export function MapView({ lang }: { lang: Lang }) {
  const t = useT();
  const [phase, setPhase] = useState<MapPhase>('loading');
  const [error, setError] = useState<string | null>(null);
  const style = useMemo(() => buildStyle(lang, sourceUrls), [lang]);
  // The locale is read when the map is created; keep the first one so a language switch does not rebuild the map.
  const [locale] = useState(() => mapLocale(lang));

  return (
    <section className="map" data-map-phase={phase} aria-label={t('map.label')}>
      <MapGL
        workerUrl={workerUrl}
        mapStyle={style}
        locale={locale}
        initialViewState={{ bounds: JINAN_BOUNDS, fitBoundsOptions: { padding: FIT_PADDING } }}
        maxBounds={REGION_BOUNDS}
        minZoom={6}
        maxZoom={15}
        dragRotate={false}
        pitchWithRotate={false}
        attributionControl={false}
        onLoad={(event) => {
          attachProbe(event.target);
          setPhase('ready');
        }}
        onError={(event) => {
          // Errors before the first load leave no map to show; later ones are logged only.
          setError(event.error?.message ?? String(event.error));
          setPhase((current) => (current === 'loading' ? 'error' : current));
          console.error(event.error);
        }}
      >
        <NavigationControl position="top-right" visualizePitch={false} />
        <ScaleControl position="bottom-left" unit="metric" maxWidth={140} />
        <AttributionControl position="bottom-right" compact={false} customAttribution={t('map.attribution')} />
      </MapGL>
      <MapStatus phase={phase} detail={error} />
    </section>
  );
}
