import './MapView.css';
import type { MapLayerMouseEvent, Map as MapLibreMap } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { AttributionControl, Map as MapGL, NavigationControl, ScaleControl } from 'react-map-gl/maplibre';
import { type Lang, mapLocale } from '../i18n';
import { useT } from '../i18n/context';
import { isPhone } from '../layout';
import { HIT_LABEL_SOURCE, LATE_ITEM_SOURCE, showHitLabels, syntheticUrls } from '../scale/hooks';
import type { Camera } from '../state/types';
import { applyStyleChanges } from './applyStyle';
import { startCamera } from './camera';
import { earlyFirstIdle, earlyStyle, explorerEngine } from './early';
import type { MapChoices } from './featureFlags';
import { ITEM_SOURCE, PICKABLE_ITEM_LAYERS } from './layers/items';
import { type MapPhase, type Problem, sourceProblem } from './loadStatus.ts';
import { LoadProblems, MapStatus } from './MapStatus';
import { MAP_OPTIONS } from './mapOptions';
import { attachProbe, markStylePending } from './probe';
import type { SiteChoice } from './SiteChooser';
import { sourceUrls } from './sourceUrls';
import { buildStyle, type StyleState } from './style';
import { reuseTiles } from './tiles';
import { useFeatureFlags } from './useFeatureFlags';
import { useFeatureState } from './useFeatureState';

// The chooser of items at one site loads with its first use.
const SiteChooser = lazy(() => import('./SiteChooser').then((m) => ({ default: m.SiteChooser })));

const INTERACTIVE = [...PICKABLE_ITEM_LAYERS, 'district-fill'];

/** Degrees (about 10 m) within which two sites are one spot; the map's tiles round positions a little. */
const SAME_SPOT = 1e-4;

export interface MapViewProps {
  lang: Lang;
  styleState: StyleState;
  /** What the filters keep, the chosen zone and districts, the spotlight: feature-state on the map. */
  choices: MapChoices;
  /** The camera from a shared link, used once when the map starts; null: frame Jinan. */
  initialCamera: Camera | null;
  hovered: string | null;
  selected: string | null;
  onHover: (id: string | null) => void;
  onSelect: (id: string) => void;
  /** An item's name in the page's language, for the list of sites that share one spot. */
  nameOf: (id: string) => string;
  onToggleDistrict: (adcode: string) => void;
  onCamera: (camera: Camera) => void;
  onMap: (map: MapLibreMap | null) => void;
  /** Called when the map has first been drawn completely (its first `idle`), and when it fails. */
  onSettled?: () => void;
}

const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;

export function MapView(props: MapViewProps) {
  const { lang, styleState, initialCamera, hovered, selected } = props;
  const t = useT();
  const [phase, setPhase] = useState<MapPhase>('loading');
  const [error, setError] = useState<string | null>(null);
  const [failedSources, setFailedSources] = useState<Problem[]>([]);
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const [cursor, setCursor] = useState<string>('');
  const [choice, setChoice] = useState<SiteChoice | null>(null);
  // Under the pointer, a spot where several sites are drawn: a count beside the dot says so.
  const [stack, setStack] = useState<{ key: string; x: number; y: number; count: number } | null>(null);
  // A new style only when its content changes: each slide brings a new filters object, often with
  // the same filter in it.
  const styleKey = JSON.stringify(styleState);
  // biome-ignore lint/correctness/useExhaustiveDependencies: styleKey stands for styleState's content
  const style = useMemo(
    () => buildStyle(lang, sourceUrls(), styleState, undefined, syntheticUrls.clusters),
    [lang, styleKey],
  );
  // The map gets its style once; later changes go through applyStyleChanges, never through a new
  // style object (MapLibre would re-send every GeoJSON source's data on each change). What is left
  // in the style after feature-state took the rest (the item labels' filter, the language, the
  // projector look) makes MapLibre lay tiles out again; it waits until the redraw that feature-state
  // asked for is out, so a click is answered on screen before the worker starts on the labels.
  // A map started by the page's first script (early.ts) is taken over with the style it was made with;
  // what the app's state changes in it follows below like any other change.
  const [initialStyle] = useState(() => {
    const started = earlyStyle();
    // The same style in another object needs no change: comparing the two once costs less than a redraw.
    return started && JSON.stringify(started) !== JSON.stringify(style) ? started : style;
  });
  const [engine] = useState(explorerEngine);
  const applied = useRef(initialStyle);
  const pending = useRef<typeof style | null>(null);
  useEffect(() => {
    if (!map) return;
    if (applied.current === style) {
      pending.current = null;
      return;
    }
    const waiting = pending.current !== null;
    pending.current = style;
    if (waiting) return;
    markStylePending(true);
    map.once('idle', () => {
      const next = pending.current;
      pending.current = null;
      if (next && next !== applied.current) {
        applyStyleChanges(map, applied.current, next);
        applied.current = next;
      }
      markStylePending(false);
      // One more frame, so that `idle` follows this change even when it changed nothing on the map.
      map.triggerRepaint();
    });
    map.triggerRepaint();
  }, [map, style]);
  // The locale is read when the map is created; keep the first one so a language switch does not rebuild the map.
  const [locale] = useState(() => mapLocale(lang));
  const [compact] = useState(isPhone);
  const [initialViewState] = useState(() => startCamera(initialCamera));
  const handlers = useRef(props);
  handlers.current = props;

  useFeatureFlags(map, props.choices);
  useFeatureState(map, ITEM_SOURCE, 'hover', hovered);
  useFeatureState(map, ITEM_SOURCE, 'selected', selected);
  useFeatureState(map, LATE_ITEM_SOURCE, 'hover', hovered);
  useFeatureState(map, LATE_ITEM_SOURCE, 'selected', selected);
  useFeatureState(map, HIT_LABEL_SOURCE, 'hover', hovered);
  useFeatureState(map, HIT_LABEL_SOURCE, 'selected', selected);
  const searching = styleState.searching === true;
  useEffect(() => showHitLabels(map, props.choices.kept, searching), [map, props.choices.kept, searching]);

  const pick = (e: MapLayerMouseEvent) => {
    const features = e.features ?? [];
    // An item the filters leave out is still in the layer, transparent: it must not catch the pointer.
    const item = features.find(
      (f) => (PICKABLE_ITEM_LAYERS as readonly string[]).includes(f.layer.id) && f.state?.hidden !== true,
    );
    const district = features.find((f) => f.layer.id === 'district-fill');
    // Sites on one spot cover each other at every zoom; a line or an area crossing another, or a site
    // merely near another, can be reached elsewhere or closer in, so only those are offered as a choice.
    const points = features.filter((f) => f.layer.id === 'item-point' && f.state?.hidden !== true);
    const spots = (f: (typeof points)[number]): [number, number][] =>
      f.geometry.type === 'Point'
        ? [f.geometry.coordinates as [number, number]]
        : f.geometry.type === 'MultiPoint'
          ? (f.geometry.coordinates as [number, number][])
          : [];
    // The top site's dot under the pointer (of a site with several dots, the one nearest to it).
    const near = (c: [number, number]) => Math.hypot(c[0] - e.lngLat.lng, c[1] - e.lngLat.lat);
    const at = points[0] ? (spots(points[0]).sort((a, b) => near(a) - near(b))[0] ?? null) : null;
    const same = (c: [number, number]) =>
      at !== null && Math.abs(c[0] - at[0]) < SAME_SPOT && Math.abs(c[1] - at[1]) < SAME_SPOT;
    const sites = new Set(points.filter((f) => spots(f).some(same)).map((f) => String(f.properties.id)));
    return {
      item: item ? String(item.properties.id) : null,
      sites: [...sites],
      at,
      district: district ? String(district.properties.adcode) : null,
    };
  };
  // The list closes on a choice, Esc, its close button, a new click or a camera move; the keyboard
  // focus goes back to the map it came from.
  const closeChoice = (refocus: boolean) => {
    setChoice(null);
    handlers.current.onHover(null);
    if (refocus) map?.getCanvas().focus();
  };

  return (
    <section className="map" data-map-phase={phase} aria-label={t('map.label')}>
      <MapGL
        workerUrl={workerUrl}
        mapLib={engine}
        mapStyle={initialStyle}
        locale={locale}
        initialViewState={initialViewState}
        {...MAP_OPTIONS}
        interactiveLayerIds={INTERACTIVE}
        cursor={cursor}
        onStyleData={(event) => reuseTiles(event.target)}
        onLoad={(event) => {
          attachProbe(event.target, earlyFirstIdle(event.target));
          event.target.once('idle', () => handlers.current.onSettled?.());
          setMap(event.target);
          handlers.current.onMap(event.target);
          setPhase('ready');
        }}
        onMouseMove={(e) => {
          const { item, district, sites, at } = pick(e);
          const key = sites.length > 1 && at ? sites.join(' ') : '';
          setStack((old) => {
            if ((old?.key ?? '') === key) return old;
            const p = at ? e.target.project(at) : null;
            return key && p ? { key, x: p.x, y: p.y, count: sites.length } : null;
          });
          setCursor(item || district ? 'pointer' : '');
          handlers.current.onHover(item);
        }}
        onMouseLeave={() => {
          setCursor('');
          setStack(null);
          handlers.current.onHover(null);
        }}
        onClick={(e) => {
          const { item, sites, district } = pick(e);
          setChoice(sites.length > 1 ? { x: e.point.x, y: e.point.y, ids: sites } : null);
          if (sites.length > 1) return;
          if (item) handlers.current.onSelect(item);
          else if (district) handlers.current.onToggleDistrict(district);
        }}
        onMoveStart={() => {
          setChoice(null);
          setStack(null);
        }}
        onMoveEnd={(e) => {
          const c = e.target.getCenter();
          handlers.current.onCamera({ lng: round(c.lng, 5), lat: round(c.lat, 5), zoom: round(e.target.getZoom(), 2) });
        }}
        onError={(event) => {
          console.error(event.error);
          // A source that fails to load is named in the map area; the rest of the map goes on working.
          const failed = sourceProblem(event as Parameters<typeof sourceProblem>[0]);
          if (failed) {
            setFailedSources((list) => (list.some((p) => p.what === failed.what) ? list : [...list, failed]));
            return;
          }
          // Other errors before the first load leave no map to show; later ones are logged only.
          setError(event.error?.message ?? String(event.error));
          setPhase((current) => (current === 'loading' ? 'error' : current));
          handlers.current.onSettled?.();
        }}
      >
        <NavigationControl position="top-right" visualizePitch={false} />
        <ScaleControl position="bottom-right" unit="metric" maxWidth={140} />
        {/* On a phone the sources fold behind an (i) button instead of covering a third of the map. */}
        <AttributionControl position="bottom-right" compact={compact} customAttribution={t('map.attribution')} />
      </MapGL>
      {stack && !choice ? (
        <span className="site-count" style={{ left: stack.x, top: stack.y }} aria-hidden="true">
          {stack.count}
        </span>
      ) : null}
      {choice ? (
        <Suspense fallback={null}>
          <SiteChooser
            {...choice}
            nameOf={props.nameOf}
            onHover={(id) => handlers.current.onHover(id)}
            onSelect={(id) => {
              closeChoice(true);
              handlers.current.onSelect(id);
            }}
            onClose={closeChoice}
          />
        </Suspense>
      ) : null}
      <MapStatus phase={phase} detail={error} />
      <LoadProblems title={t('map.sourceError')} problems={failedSources} banner />
    </section>
  );
}
