import type { Map as MapLibreMap } from 'maplibre-gl';
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { type Filters, visible } from './catalog/select';
import type { Catalog } from './catalog/types';
import { useCatalog } from './catalog/useCatalog';
import { ErrorBoundary } from './ErrorBoundary';
import { ItemCard } from './explore/ItemCard';
import { Legend } from './explore/Legend';
import { Notice } from './explore/Notice';
import { itemName } from './explore/names';
import { Panel } from './explore/Panel';
import { useExplore } from './explore/useExplore';
import catalogUrl from './generated/catalog.json?url';
import itemsUrl from './generated/items.geojson?url';
import { LangContext, translate } from './i18n';
import { itemFilter } from './map/layers/filters';
import { fileOf, LoadProblems, MapStatus } from './map/MapStatus';
import { MapView } from './map/MapView';
import type { PlanView } from './map/planState';
import type { StyleState } from './map/style';
import { useCameraFollow } from './map/useCameraFollow';
import { hasWebGL2 } from './map/webgl';
import type { Slide } from './present/types';
import { MAX_HIT_LABELS } from './scale/hooks';
import type { Camera } from './state/types';
import { useView } from './state/useView';
import { useAfterMap } from './useAfterMap';

// Meeting mode, image export and the QR code load only when someone presents.
const Presenter = lazy(() => import('./present/Presenter'));
// Without WebGL2 a static SVG overview takes the map's place; only those browsers download it.
const Overview = lazy(() => import('./overview/Overview'));

export function App() {
  const state = useCatalog();
  if (state.status === 'ready') return <Explorer catalog={state.catalog} />;
  return (
    <div className="app app--waiting">
      {state.status === 'loading' ? (
        <MapStatus phase="loading" />
      ) : (
        // Nothing can be listed without the catalogue: say which file failed and why (before any view, in Chinese).
        <LoadProblems
          title={translate('zh', 'catalog.error')}
          problems={[{ what: 'catalog', file: fileOf(catalogUrl), detail: state.message }]}
        />
      )}
    </div>
  );
}

function Explorer({ catalog }: { catalog: Catalog }) {
  const { view, dispatch, dropped, dismissDropped } = useView(catalog);
  const explore = useExplore(catalog, view);
  const [hovered, setHovered] = useState<string | null>(null);
  const [collapsed, setCollapsed] = useState(false);
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const lang = view.lang;

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = `${translate(lang, 'app.title')} · ${translate(lang, 'app.subtitle')}`;
  }, [lang]);

  const [slide, setSlide] = useState<Slide | null>(null);
  const presenting = view.present !== null;
  // While presenting, the slide decides what the map shows; the panel's own filters wait underneath.
  const shown: Filters = useMemo(
    () =>
      presenting && slide
        ? {
            zone: slide.zone,
            districts: slide.districts,
            categories: slide.categories,
            statuses: slide.statuses,
            hits: null,
          }
        : explore.filters,
    [presenting, slide, explore.filters],
  );
  const focus = presenting ? (slide?.item ?? null) : null;
  const styleState = useMemo<StyleState>(
    () => ({
      filter: itemFilter(shown),
      projector: presenting,
      searching: shown.hits !== null && shown.hits.size <= MAX_HIT_LABELS,
    }),
    [shown, presenting],
  );
  const ids = useMemo(() => catalog.items.map((i) => i.id), [catalog]);
  // The map shows the filters as feature-state; the list's own result is reused when not presenting.
  const plan = useMemo<PlanView>(() => {
    const kept = shown === explore.filters ? explore.items : visible(catalog.items, shown);
    return {
      ids,
      kept: kept.length === ids.length ? null : new Set(kept.map((i) => i.id)),
      zone: shown.zone,
      districts: shown.districts,
      focus,
    };
  }, [ids, catalog, shown, explore.filters, explore.items, focus]);
  const selected = !presenting && view.item ? (explore.byId.get(view.item) ?? null) : null;
  const [webgl] = useState(hasWebGL2);
  // The panel's long sections (the list, the statistics, export) wait until the map has been drawn.
  const [mapSettled, setMapSettled] = useState(false);
  const onSettled = useCallback(() => setMapSettled(true), []);
  const later = useAfterMap(mapSettled || !webgl);
  useCameraFollow(presenting ? null : map, catalog, view, selected !== null);
  const onSlide = useCallback(
    (s: Slide, n: number) => {
      setSlide(s);
      dispatch({ type: 'slide', slide: n });
    },
    [dispatch],
  );

  const onCamera = useCallback((camera: Camera) => dispatch({ type: 'camera', camera }), [dispatch]);
  const nameOf = useCallback(
    (id: string) => {
      const item = explore.byId.get(id);
      return item ? itemName(item, lang) : id;
    },
    [explore.byId, lang],
  );
  // The map and the overview answer the pointer the same way.
  const pointer = {
    hovered,
    selected: presenting ? (slide?.item ?? null) : view.item,
    onHover: setHovered,
    onSelect: (id: string) => dispatch({ type: 'select', id }),
    onToggleDistrict: (adcode: string) => dispatch({ type: 'toggleDistrict', adcode }),
  };

  return (
    <LangContext.Provider value={lang}>
      <div
        className="app"
        data-mode={presenting ? 'present' : 'explore'}
        data-panel={collapsed ? 'collapsed' : 'open'}
        data-card={selected ? 'open' : 'closed'}
      >
        <ErrorBoundary part="panel.label" className="panel">
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
            map={map}
            later={later}
          />
        </ErrorBoundary>
        <main className="stage">
          <ErrorBoundary part="part.map" className="map" onError={onSettled}>
            {webgl ? (
              <MapView
                lang={lang}
                styleState={styleState}
                plan={plan}
                initialCamera={view.camera}
                {...pointer}
                nameOf={nameOf}
                onCamera={onCamera}
                onMap={setMap}
                onSettled={onSettled}
              />
            ) : (
              <Suspense fallback={<MapStatus phase="loading" />}>
                <Overview catalog={catalog} lang={lang} shown={shown} kept={plan.kept} focus={focus} {...pointer} />
              </Suspense>
            )}
          </ErrorBoundary>
          <ErrorBoundary part="legend.title" className="legend">
            <Legend lang={lang} />
          </ErrorBoundary>
          {presenting && view.present ? (
            <ErrorBoundary
              part="present.title"
              className="presenter-failed"
              extra={
                <button type="button" onClick={() => dispatch({ type: 'present', deck: null })}>
                  {translate(lang, 'present.exit')}
                </button>
              }
            >
              <Suspense fallback={null}>
                <Presenter
                  catalog={catalog}
                  deckId={view.present}
                  slide={view.slide}
                  results={explore.items}
                  filters={explore.filters}
                  map={map}
                  onSlide={onSlide}
                  onExit={() => {
                    setSlide(null);
                    dispatch({ type: 'present', deck: null });
                  }}
                />
              </Suspense>
            </ErrorBoundary>
          ) : null}
          <Notice dropped={dropped} onDismiss={dismissDropped} />
          {selected ? (
            <ErrorBoundary
              key={selected.id}
              part="part.card"
              className="card"
              extra={
                <button type="button" onClick={() => dispatch({ type: 'select', id: null })}>
                  {translate(lang, 'card.close')}
                </button>
              }
            >
              <ItemCard
                item={selected}
                catalog={catalog}
                lang={lang}
                onClose={() => dispatch({ type: 'select', id: null })}
              />
            </ErrorBoundary>
          ) : null}
        </main>
      </div>
    </LangContext.Provider>
  );
}
