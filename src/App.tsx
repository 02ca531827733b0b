import './App.css';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { type Filters, visible } from './catalog/select';
import { monthOf } from './catalog/timeline';
import type { Catalog } from './catalog/types';
import { useCatalog } from './catalog/useCatalog';
import { ErrorBoundary } from './ErrorBoundary';
import { Legend } from './explore/Legend';
import { Notice } from './explore/Notice';
import { Panel } from './explore/Panel';
import { useViewResults } from './explore/useViewResults.ts';
import catalogUrl from './generated/catalog.json?url';
import itemsUrl from './generated/items.geojson?url';
import { translate } from './i18n';
import { LangContext } from './i18n/context';
import { itemName } from './i18n/names';
import { dropEarly } from './map/early';
import type { MapChoices } from './map/featureFlags';
import { itemFilter } from './map/layers/filters';
import { ITEM_SOURCE } from './map/layers/items';
import { fileOf } from './map/loadStatus.ts';
import { LoadProblems, MapStatus } from './map/MapStatus';
import { MapView } from './map/MapView';
import type { StyleState } from './map/style';
import { timelineFlags } from './map/timelineFlags';
import { useCameraFollow } from './map/useCameraFollow';
import { hasWebGL2 } from './map/webgl';
import { slideAt } from './present/reducer';
import type { Deck } from './present/types';
import { MAX_HIT_LABELS } from './scale/hooks';
import { type EditedItems, setActiveEdits } from './sheet/activeEdits';
import type { LocalEdits } from './sheet/localEdits';
import type { Camera } from './state/types';
import { useView } from './state/useView';
import { useAfterMap } from './useAfterMap';

// Meeting mode, image export and the QR code load only when someone presents.
const Presenter = lazy(() => import('./present/Presenter'));
// Without WebGL2 a static SVG overview takes the map's place; only those browsers download it.
const Overview = lazy(() => import('./overview/Overview'));
// Updating the data from a plan workbook brings the workbook library and the validator: only on demand.
const EmbedBar = lazy(() => import('./embed/EmbedBar').then((m) => ({ default: m.EmbedBar })));
const UpdateView = lazy(() => import('./sheet/UpdateView'));
// The card loads with the first selection (a link naming an item asks for it at once).
const ItemCard = lazy(() => import('./explore/ItemCard').then((m) => ({ default: m.ItemCard })));
const LocalEditsBanner = lazy(() => import('./sheet/LocalEditsBanner'));
// Reads, keeps and applies edits kept on this device: loaded once the app has rendered.
const localEdits = () => import('./sheet/localEdits');

export function App() {
  const state = useCatalog();
  // Without the catalogue there is no map area to hand a map started early to.
  useEffect(() => {
    if (state.status === 'error') dropEarly();
  }, [state.status]);
  if (state.status === 'ready') return <LoadedApp catalog={state.catalog} />;
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

/** The app once the catalogue has loaded: the view, the panel, the map or overview, the card, the presenter. */
function LoadedApp({ catalog: published }: { catalog: Catalog }) {
  // Edits from a plan workbook: kept on this device (IndexedDB, applied on every load) or previewed in
  // the update view. Everything below sees the catalogue with them; the URL never carries them.
  const [kept, setKept] = useState<LocalEdits | null>(null);
  const [preview, setPreview] = useState<EditedItems | null>(null);
  const [updating, setUpdating] = useState(false);
  const [applyEdits, setApplyEdits] = useState<{ withEdits: typeof import('./sheet/localEdits')['withEdits'] } | null>(
    null,
  );
  useEffect(() => {
    let live = true;
    localEdits().then(async ({ readLocalEdits, withEdits }) => {
      const e = await readLocalEdits();
      if (!live) return;
      setApplyEdits({ withEdits });
      setKept(e);
    });
    return () => {
      live = false;
    };
  }, []);
  const edits = preview ?? kept?.items ?? null;
  const catalog = useMemo(() => {
    setActiveEdits(edits);
    return edits && applyEdits ? applyEdits.withEdits(published, edits) : published;
  }, [published, edits, applyEdits]);
  const edited = useMemo(() => new Set(Object.keys(edits ?? {})), [edits]);
  const { view, dispatch, dropped, dismissDropped } = useView(catalog);
  const results = useViewResults(catalog, view);
  const [hovered, setHovered] = useState<string | null>(null);
  const [collapsed, setCollapsed] = useState(false);
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const lang = view.lang;

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = `${translate(lang, 'app.title')} · ${translate(lang, 'app.subtitle')}`;
  }, [lang]);

  // The deck being presented comes from the presenter once built; which of its slides is shown is the
  // URL's slide number alone.
  const [deck, setDeck] = useState<Deck | null>(null);
  const presenting = view.present !== null;
  const slide = useMemo(
    () => (presenting && deck ? (slideAt(deck, view.slide) ?? null) : null),
    [presenting, deck, view.slide],
  );
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
            at: results.at,
          }
        : results.filters,
    [presenting, slide, results.filters, results.at],
  );
  // The presenter's spotlight (pointer on, an item clicked) outshines the slide's own item.
  const [spotlight, setSpotlight] = useState<string | null>(null);
  const presenterSelect = useRef<((id: string) => void) | null>(null);
  const focus = presenting ? (spotlight ?? slide?.item ?? null) : null;
  const styleState = useMemo<StyleState>(
    () => ({
      filter: itemFilter(shown),
      projector: presenting,
      searching: shown.hits !== null && shown.hits.size <= MAX_HIT_LABELS,
    }),
    [shown, presenting],
  );
  useEditedMapData(map, edits);
  const ids = useMemo(() => catalog.items.map((i) => i.id), [catalog]);
  // The status at the month shown reaches the map as feature-state too: a step of the slider is a redraw.
  const timeline = useMemo(() => timelineFlags(catalog.items, results.at), [catalog, results.at]);
  // The map shows the filters as feature-state; the list's own result is reused when not presenting.
  const mapChoices = useMemo<MapChoices>(() => {
    const kept = shown === results.filters ? results.items : visible(catalog.items, shown);
    return {
      ids,
      kept: kept.length === ids.length ? null : new Set(kept.map((i) => i.id)),
      zone: shown.zone,
      districts: shown.districts,
      focus,
      timeline,
      // While a workbook is previewed, the items it changes stand out: the others are dimmed.
      marked: updating && preview ? edited : null,
    };
  }, [ids, catalog, shown, results.filters, results.items, focus, timeline, updating, preview, edited]);
  const selected = !presenting && view.item ? (results.byId.get(view.item) ?? null) : null;
  const [webgl] = useState(hasWebGL2);
  // The panel's long sections (the list, the statistics, export) wait until the map has first been drawn
  // (or failed, or the wait ran out: useAfterMap).
  const [mapSettled, setMapSettled] = useState(false);
  const onSettled = useCallback(() => setMapSettled(true), []);
  // A map area that failed leaves a map started early with no place to go.
  const onMapFailed = useCallback(() => {
    dropEarly();
    setMapSettled(true);
  }, []);
  const afterMapSettled = useAfterMap(mapSettled || !webgl);
  useCameraFollow(presenting ? null : map, catalog, view, selected !== null);
  const onSlide = useCallback((n: number) => dispatch({ type: 'slide', slide: n }), [dispatch]);
  const onAsof = useCallback((asof: string | null) => dispatch({ type: 'asof', asof }), [dispatch]);

  const onCamera = useCallback((camera: Camera) => dispatch({ type: 'camera', camera }), [dispatch]);
  const nameOf = useCallback(
    (id: string) => {
      const item = results.byId.get(id);
      return item ? itemName(item, lang) : id;
    },
    [results.byId, lang],
  );
  // The map and the overview answer the pointer the same way.
  const pointer = {
    hovered,
    selected: presenting ? focus : view.item,
    onHover: setHovered,
    onSelect: (id: string) => (presenting ? presenterSelect.current?.(id) : dispatch({ type: 'select', id })),
    onToggleDistrict: (adcode: string) => dispatch({ type: 'toggleDistrict', adcode }),
  };

  return (
    <LangContext.Provider value={lang}>
      <div
        className="app"
        data-mode={presenting ? 'present' : 'explore'}
        data-role={presenting && view.console ? 'console' : undefined}
        data-embed={view.embed}
        data-panel={collapsed ? 'collapsed' : 'open'}
        data-card={selected ? 'open' : 'closed'}
      >
        <ErrorBoundary part="panel.label" className="panel">
          <Panel
            catalog={catalog}
            view={view}
            results={results}
            dispatch={dispatch}
            hovered={hovered}
            onHover={setHovered}
            collapsed={collapsed}
            onCollapse={setCollapsed}
            itemsUrl={itemsUrl}
            map={map}
            afterMapSettled={afterMapSettled}
            edited={edited}
            onUpdate={() => setUpdating(true)}
          />
        </ErrorBoundary>
        <main className="stage">
          <ErrorBoundary part="part.map" className="map" onError={onMapFailed}>
            {webgl ? (
              <MapView
                lang={lang}
                styleState={styleState}
                choices={mapChoices}
                initialCamera={view.camera}
                {...pointer}
                nameOf={nameOf}
                onCamera={onCamera}
                onMap={setMap}
                onSettled={onSettled}
              />
            ) : (
              <Suspense fallback={<MapStatus phase="loading" />}>
                <Overview
                  catalog={catalog}
                  lang={lang}
                  shown={shown}
                  kept={mapChoices.kept}
                  focus={focus}
                  {...pointer}
                />
              </Suspense>
            )}
          </ErrorBoundary>
          <ErrorBoundary part="legend.title" className="legend">
            <Legend
              month={results.month === monthOf(catalog.reviewed) ? null : results.month}
              lang={lang}
              expected={results.month > monthOf(catalog.reviewed)}
            />
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
                  results={results.items}
                  filters={results.filters}
                  map={map}
                  asof={view.asof}
                  onAsof={onAsof}
                  onDeck={setDeck}
                  onSlide={onSlide}
                  onExit={() => dispatch({ type: 'present', deck: null })}
                  console={view.console}
                  onSpotlight={setSpotlight}
                  selectRef={presenterSelect}
                />
              </Suspense>
            </ErrorBoundary>
          ) : null}
          {view.embed ? (
            <Suspense fallback={null}>
              <EmbedBar view={view} reviewed={catalog.reviewed} />
            </Suspense>
          ) : null}
          <Notice dropped={dropped} onDismiss={dismissDropped} />
          {kept ? (
            <Suspense fallback={null}>
              <LocalEditsBanner
                edits={kept}
                onReturn={() => {
                  setPreview(null);
                  localEdits()
                    .then((m) => m.clearLocalEdits())
                    .then(() => setKept(null));
                }}
              />
            </Suspense>
          ) : null}
          {updating ? (
            <ErrorBoundary
              part="update.title"
              className="update-failed"
              extra={
                <button type="button" onClick={() => setUpdating(false)}>
                  {translate(lang, 'update.close')}
                </button>
              }
            >
              <Suspense fallback={<MapStatus phase="loading" />}>
                <UpdateView
                  kept={kept}
                  onPreview={setPreview}
                  onKeep={(e) => {
                    localEdits()
                      .then((m) => m.saveLocalEdits(e))
                      .then(() => setKept(e));
                  }}
                  onSelect={(id) => dispatch({ type: 'select', id })}
                  onClose={() => setUpdating(false)}
                />
              </Suspense>
            </ErrorBoundary>
          ) : null}
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
              <Suspense fallback={null}>
                <ItemCard
                  item={selected}
                  catalog={catalog}
                  lang={lang}
                  month={results.month}
                  at={results.at.get(selected.id) ?? null}
                  onClose={() => dispatch({ type: 'select', id: null })}
                />
              </Suspense>
            </ErrorBoundary>
          ) : null}
        </main>
      </div>
    </LangContext.Provider>
  );
}

/**
 * The map draws edited items as edited (status, category, directions, labels): their drawn properties
 * are replaced in the item source's data; without edits the source gets its published file back. The
 * code that does it loads only when there are edits.
 */
function useEditedMapData(map: MapLibreMap | null, edits: EditedItems | null) {
  const patched = useRef(false);
  useEffect(() => {
    // Nothing edited and nothing to undo: the published file is on the map, and nothing is loaded.
    if (!map || (!edits && !patched.current)) return;
    let live = true;
    import('./sheet/mapEdits').then(async ({ editedMapData, setItemData }) => {
      if (!edits) {
        if (patched.current && live) setItemData(map, ITEM_SOURCE, itemsUrl);
        patched.current = false;
        return;
      }
      const data = await editedMapData(itemsUrl, edits);
      if (!live) return;
      setItemData(map, ITEM_SOURCE, data);
      patched.current = true;
    });
    return () => {
      live = false;
    };
  }, [map, edits]);
}
