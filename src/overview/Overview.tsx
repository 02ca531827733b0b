import './Overview.css';
import { type MouseEvent, useEffect, useMemo, useRef, useState } from 'react';
import { JINAN_BOUNDS } from '../catalog/region.ts';
import type { Filters } from '../catalog/select';
import type { Catalog } from '../catalog/types';
import type { Zone } from '../catalog/vocab.ts';
import type { Lang } from '../i18n';
import { useT } from '../i18n/context';
import type { Problem } from '../map/loadStatus.ts';
import { LoadProblems, MapStatus } from '../map/MapStatus';
import { palette } from '../map/palette';
import { type SiteChoice, SiteChooser } from '../map/SiteChooser';
import { sourceUrls } from '../map/sourceUrls';
import { ZONE_COLOURS, ZONE_INK } from '../map/themes';
import { loadOverview } from './data';
import { ItemMark } from './ItemMark';
import { fitProjection } from './project';
import { buildShapes, shapeAt } from './shapes';

export interface OverviewProps {
  catalog: Catalog;
  lang: Lang;
  /** The same filters the list and the map follow. */
  shown: Filters;
  /** The ids the filters keep (the map's own set, see MapChoices); null keeps all. */
  kept: ReadonlySet<string> | null;
  /** An item to spotlight (a presentation's item slide); the others are dimmed. */
  focus: string | null;
  hovered: string | null;
  selected: string | null;
  onHover: (id: string | null) => void;
  onSelect: (id: string) => void;
  onToggleDistrict: (adcode: string) => void;
}

/** The map's zone tints: soft, the chosen zone stronger and the others faint; yellow needs more body. */
const zoneOpacity = (zone: Zone, chosen: Zone | null) =>
  (zone === '北起' ? 0.22 : 0.13) * (chosen === null ? 1 : chosen === zone ? 2.4 : 0.3);

// SVG user units: 1000 wide, the height follows Jinan's proportions.
const WIDTH = 1000;
const PAD = 16;

/**
 * The map for a browser without WebGL2: a static SVG of the 12 districts, the zones and the plan's
 * items, drawn from the files the map itself uses, following the same filters, hover and selection.
 * Loaded only when needed: the usual first load does not carry it.
 */
export default function Overview(props: OverviewProps) {
  const { catalog, lang, shown, kept, focus, hovered, selected, onHover, onSelect, onToggleDistrict } = props;
  const t = useT();
  const [loaded, setLoaded] = useState<Awaited<ReturnType<typeof loadOverview>> | null>(null);
  useEffect(() => {
    let live = true;
    void loadOverview(sourceUrls()).then((r) => live && setLoaded(r));
    return () => {
      live = false;
    };
  }, []);
  const proj = useMemo(() => fitProjection(JINAN_BOUNDS, WIDTH, PAD), []);
  const shapes = useMemo(() => (loaded ? buildShapes(loaded.data, proj) : null), [loaded, proj]);
  const names = useMemo(
    () => new Map(catalog.items.map((i) => [i.id, lang === 'zh' ? i.name_zh : i.name_en])),
    [catalog, lang],
  );
  const districtNames = useMemo(
    () => new Map(catalog.districts.map((d) => [d.adcode, lang === 'zh' ? d.name_zh : d.name_en])),
    [catalog, lang],
  );
  // One set of handlers on the SVG: what is under the pointer says which item or district it is.
  const pointed = useRef<string | null>(null);
  const [choice, setChoice] = useState<SiteChoice | null>(null);
  /**
   * The sites drawn on the very spot of the top one under the pointer: those cover each other. A site
   * merely near another can still be pointed at beside it.
   */
  const sitesAt = (e: MouseEvent) => {
    const circles = document
      .elementsFromPoint(e.clientX, e.clientY)
      .filter((el) => el instanceof SVGCircleElement && el.closest('[data-item-id][data-kind="point"]'));
    const spot = (el: Element) => [Number(el.getAttribute('cx')), Number(el.getAttribute('cy'))] as const;
    const top = circles[0] ? spot(circles[0]) : null;
    const ids = circles
      .filter((el) => top && Math.hypot(spot(el)[0] - top[0], spot(el)[1] - top[1]) < 0.5)
      .map((el) => el.closest('[data-item-id]')?.getAttribute('data-item-id'))
      .filter((id): id is string => typeof id === 'string');
    return [...new Set(ids)];
  };
  const under = (e: MouseEvent) => {
    const el = (e.target as Element).closest('[data-item-id],[data-adcode]');
    return { item: el?.getAttribute('data-item-id') ?? null, district: el?.getAttribute('data-adcode') ?? null };
  };
  const hover = (id: string | null) => {
    if (id === pointed.current) return;
    pointed.current = id;
    onHover(id);
  };
  const problems: Problem[] = loaded?.problems ?? [];
  const chosen = new Set(shown.districts);
  // Drawn as at the month shown, as the map draws them (src/map/timelineFlags.ts).
  const items = (shapes?.items.filter((s) => kept === null || kept.has(s.id)) ?? []).map((s) =>
    shapeAt(s, shown.at?.get(s.id)),
  );
  const emphasised = items.filter((s) => s.id === hovered || s.id === selected);

  return (
    <section className="map overview" data-map-phase="static" aria-label={t('map.label')}>
      <div className="overview__notice" role="status">
        <strong>{t('map.noWebgl')}</strong>
        <p>{t('map.errorHint')}</p>
      </div>
      <LoadProblems title={t('map.sourceError')} problems={problems} banner />
      {shapes ? (
        // biome-ignore lint/a11y/useKeyWithClickEvents: the panel's district buttons and item list do the same by keyboard
        <svg
          className="overview__map"
          viewBox={`0 0 ${proj.width} ${proj.height}`}
          data-shown={items.length}
          // The list beside it is the text alternative; here the map is one picture for assistive technology.
          role="img"
          aria-label={t('map.label')}
          onMouseMove={(e) => hover(under(e).item)}
          onMouseLeave={() => hover(null)}
          onClick={(e) => {
            const { item, district } = under(e);
            const sites = sitesAt(e);
            const box = e.currentTarget.parentElement?.getBoundingClientRect();
            setChoice(
              sites.length > 1 ? { x: e.clientX - (box?.left ?? 0), y: e.clientY - (box?.top ?? 0), ids: sites } : null,
            );
            if (sites.length > 1) return;
            if (item) onSelect(item);
            else if (district) onToggleDistrict(district);
          }}
        >
          <g className="overview__ground">
            {shapes.ground.map((g) => (
              <path key={g.key} d={g.d} fill={g.fill} stroke={g.stroke} />
            ))}
          </g>
          <g className="overview__districts">
            {shapes.districts.map((s) => (
              <path
                key={s.adcode}
                d={s.d}
                data-adcode={s.adcode}
                data-chosen={chosen.has(s.adcode) || undefined}
                fill={chosen.has(s.adcode) ? palette.districtChosen : palette.district[Number(s.adcode) % 4]}
                stroke={palette.districtLine}
              >
                <title>{districtNames.get(s.adcode) ?? s.adcode}</title>
              </path>
            ))}
          </g>
          <g className="overview__zones">
            {shapes.zones.map((z) => (
              <path
                key={z.zone}
                d={z.d}
                data-zone={z.zone}
                fill={ZONE_COLOURS[z.zone]}
                fillOpacity={zoneOpacity(z.zone, shown.zone)}
                stroke={ZONE_COLOURS[z.zone]}
                strokeOpacity={shown.zone === null ? 0.55 : shown.zone === z.zone ? 1 : 0.25}
                strokeWidth={shown.zone === z.zone ? 2.6 : 1.2}
              />
            ))}
          </g>
          <g className="overview__lines">
            {shapes.rivers.map((d) => (
              <path key={d} d={d} fill="none" stroke={palette.river} strokeWidth={2} />
            ))}
            <path d={shapes.outline} fill="none" stroke={palette.outline} strokeWidth={1.8} />
            {shapes.districts
              .filter((s) => chosen.has(s.adcode))
              .map((s) => (
                <path key={s.adcode} d={s.d} fill="none" stroke={palette.districtChosenLine} strokeWidth={2.6} />
              ))}
          </g>
          <g className="overview__items">
            {(['area', 'line', 'point'] as const).map((kind) =>
              items
                .filter((s) => s.kind === kind)
                .map((s) => (
                  <ItemMark
                    key={s.key}
                    shape={s}
                    name={names.get(s.id) ?? s.id}
                    dim={focus !== null && s.id !== focus}
                  />
                )),
            )}
          </g>
          <g className="overview__emphasis">
            {emphasised.map((s) => (
              <ItemMark key={s.key} shape={s} emphasis={s.id === selected ? 'selected' : 'hover'} />
            ))}
          </g>
          <g className="overview__labels">
            {shapes.labels.map((l) => (
              <text
                key={l.key}
                x={l.x}
                y={l.y}
                className={`overview__label overview__label--${l.kind}`}
                fill={l.zone ? ZONE_INK[l.zone] : l.kind === 'neighbour' ? palette.neighbourLabel : palette.label}
                opacity={l.zone && shown.zone !== null && shown.zone !== l.zone ? 0.35 : 1}
              >
                {lang === 'zh' ? l.zh : l.en}
              </text>
            ))}
          </g>
        </svg>
      ) : problems.length === 0 ? (
        <MapStatus phase="loading" />
      ) : null}
      {choice ? (
        <SiteChooser
          {...choice}
          nameOf={(id) => names.get(id) ?? id}
          onHover={hover}
          onSelect={(id) => {
            setChoice(null);
            hover(null);
            onSelect(id);
          }}
          onClose={() => {
            setChoice(null);
            hover(null);
          }}
        />
      ) : null}
    </section>
  );
}
