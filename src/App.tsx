import type { Map as MapLibreMap } from 'maplibre-gl';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Catalog } from './catalog/types';
import { useCatalog } from './catalog/useCatalog';
import { ItemCard } from './explore/ItemCard';
import { Legend } from './explore/Legend';
import { Notice } from './explore/Notice';
import { Panel } from './explore/Panel';
import { useExplore } from './explore/useExplore';
import itemsUrl from './generated/items.geojson?url';
import { LangContext, translate } from './i18n';
import { itemFilter } from './map/layers/filters';
import { MapErrorBoundary } from './map/MapErrorBoundary';
import { MapStatus } from './map/MapStatus';
import { MapView } from './map/MapView';
import type { StyleState } from './map/style';
import { useCameraFollow } from './map/useCameraFollow';
import type { Camera } from './state/types';
import { useView } from './state/useView';

export function App() {
  const state = useCatalog();
  if (state.status === 'ready') return <Explorer catalog={state.catalog} />;
  return (
    <div className="app app--waiting">
      <MapStatus
        phase={state.status === 'loading' ? 'loading' : 'error'}
        detail={state.status === 'error' ? state.message : null}
      />
    </div>
  );
}

function Explorer({ catalog }: { catalog: Catalog }) {
  const { view, dispatch, dropped, dismissDropped, ready } = useView(catalog);
  const explore = useExplore(catalog, view);
  const [hovered, setHovered] = useState<string | null>(null);
  const [collapsed, setCollapsed] = useState(false);
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const lang = view.lang;

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = `${translate(lang, 'app.title')} · ${translate(lang, 'app.subtitle')}`;
  }, [lang]);

  const styleState = useMemo<StyleState>(
    () => ({ filter: itemFilter(explore.filters), zone: view.zone, districts: view.districts }),
    [explore.filters, view.zone, view.districts],
  );
  const selected = view.item ? (explore.byId.get(view.item) ?? null) : null;
  useCameraFollow(map, catalog, view, selected !== null);

  const onCamera = useCallback((camera: Camera) => dispatch({ type: 'camera', camera }), [dispatch]);
  if (!ready) return <div className="app app--waiting" />;

  return (
    <LangContext.Provider value={lang}>
      <div className="app" data-panel={collapsed ? 'collapsed' : 'open'} data-card={selected ? 'open' : 'closed'}>
        <Panel
          catalog={catalog}
          view={view}
          explore={explore}
          dispatch={dispatch}
          hovered={hovered}
          onHover={setHovered}
          collapsed={collapsed}
          onCollapse={setCollapsed}
          itemsUrl={itemsUrl}
        />
        <main className="stage">
          <MapErrorBoundary>
            <MapView
              lang={lang}
              styleState={styleState}
              initialCamera={view.camera}
              hovered={hovered}
              selected={view.item}
              onHover={setHovered}
              onSelect={(id) => dispatch({ type: 'select', id })}
              onToggleDistrict={(adcode) => dispatch({ type: 'toggleDistrict', adcode })}
              onCamera={onCamera}
              onMap={setMap}
            />
          </MapErrorBoundary>
          <Legend lang={lang} />
          <Notice dropped={dropped} onDismiss={dismissDropped} />
          {selected ? (
            <ItemCard
              key={selected.id}
              item={selected}
              catalog={catalog}
              lang={lang}
              onClose={() => dispatch({ type: 'select', id: null })}
            />
          ) : null}
        </main>
      </div>
    </LangContext.Provider>
  );
}
