import './Filters.css';
import type { Catalog } from '../catalog/types';
import type { Category, Status, Zone } from '../catalog/vocab.ts';
import { CATEGORIES, STATUSES, ZONES } from '../catalog/vocab.ts';
import { type Lang, useT } from '../i18n';
import { labelOf } from '../i18n/labels';
import { CATEGORY_COLOURS, ZONE_COLOURS } from '../map/themes';
import type { Action } from '../state/store';
import type { ViewState } from '../state/types';
import type { ViewResults } from './useViewResults.ts';

interface Props {
  catalog: Catalog;
  view: ViewState;
  results: ViewResults;
  dispatch: (a: Action) => void;
}

/** The five directions (and the city-wide group): colour, one-line role, count; choosing one filters and fits. */
export function ZoneGroups({ catalog, view, results, dispatch }: Props) {
  const t = useT();
  const role = (zone: Zone, lang: Lang) => {
    const info = catalog.zones.find((z) => z.zone === zone);
    if (!info) return t('zoneRole.全市');
    return lang === 'zh' ? info.role_zh : info.role_en;
  };
  return (
    <section className="panel-section" aria-labelledby="zones-title">
      <h2 id="zones-title" className="panel-section__title">
        {t('zones.title')}
      </h2>
      <ul className="zone-list">
        {ZONES.map((zone) => {
          const chosen = view.zone === zone;
          return (
            <li key={zone}>
              <button
                type="button"
                className="zone-button"
                aria-pressed={chosen}
                data-zone={zone}
                onClick={() => dispatch({ type: 'zone', zone })}
              >
                <span className="swatch" style={{ background: ZONE_COLOURS[zone] }} aria-hidden="true" />
                <span className="zone-button__name">
                  {labelOf('zone', zone, view.lang)}
                  {view.lang === 'zh' ? null : <span className="zone-button__zh"> {zone}</span>}
                </span>
                <span className="count">{results.counts.zones.get(zone) ?? 0}</span>
                <span className="zone-button__role">{role(zone, view.lang)}</span>
              </button>
            </li>
          );
        })}
      </ul>
      <p className="panel-note">{t('zones.note')}</p>
    </section>
  );
}

export function DistrictFilter({ catalog, view, results, dispatch }: Props) {
  const t = useT();
  return (
    <section className="panel-section" aria-labelledby="districts-title">
      <h2 id="districts-title" className="panel-section__title">
        {t('districts.title')}
      </h2>
      <p className="panel-note">{t('districts.hint')}</p>
      <ul className="toggle-grid">
        {catalog.districts.map((d) => (
          <li key={d.adcode}>
            <button
              type="button"
              className="toggle"
              aria-pressed={view.districts.includes(d.adcode)}
              data-district={d.adcode}
              onClick={() => dispatch({ type: 'toggleDistrict', adcode: d.adcode })}
            >
              <span>{view.lang === 'zh' ? d.name_zh : d.name_en.replace(/ (District|County)$/, '')}</span>
              <span className="count">{results.counts.districts.get(d.adcode) ?? 0}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A titled group of toggle buttons with counts: the shape shared by the category and status filters. */
function ToggleGroup<K extends string>({
  id,
  title,
  values,
  chosen,
  counts,
  label,
  dot,
  dataKey,
  onToggle,
}: {
  id: string;
  title: string;
  values: readonly K[];
  chosen: readonly K[];
  counts: Map<K, number>;
  label: (k: K) => string;
  dot?: (k: K) => string;
  dataKey: string;
  onToggle: (k: K) => void;
}) {
  return (
    <section className="panel-section" aria-labelledby={id}>
      <h2 id={id} className="panel-section__title">
        {title}
      </h2>
      <ul className="toggle-grid toggle-grid--wide">
        {values.map((k) => (
          <li key={k}>
            <button
              type="button"
              className="toggle"
              aria-pressed={chosen.includes(k)}
              {...{ [`data-${dataKey}`]: k }}
              onClick={() => onToggle(k)}
            >
              {dot ? <span className="dot" style={{ background: dot(k) }} aria-hidden="true" /> : null}
              <span>{label(k)}</span>
              <span className="count">{counts.get(k) ?? 0}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function FacetFilters({ view, results, dispatch }: Props) {
  const t = useT();
  return (
    <>
      <ToggleGroup<Category>
        id="categories-title"
        title={t('categories.title')}
        values={CATEGORIES}
        chosen={view.categories}
        counts={results.counts.categories}
        label={(c) => labelOf('category', c, view.lang)}
        dot={(c) => CATEGORY_COLOURS[c]}
        dataKey="category"
        onToggle={(category) => dispatch({ type: 'toggleCategory', category })}
      />
      <ToggleGroup<Status>
        id="statuses-title"
        title={t('statuses.title')}
        values={STATUSES}
        chosen={view.statuses}
        counts={results.counts.statuses}
        label={(s) => labelOf('status', s, view.lang)}
        dataKey="status"
        onToggle={(status) => dispatch({ type: 'toggleStatus', status })}
      />
      {/* Read at the month the timeline shows, like the statuses above. */}
      <button
        type="button"
        className="toggle toggle--late"
        aria-pressed={view.late}
        data-late=""
        onClick={() => dispatch({ type: 'toggleLate' })}
      >
        <span className="late-mark" aria-hidden="true" />
        <span>{t('timeline.late')}</span>
        <span className="count">{results.counts.late}</span>
      </button>
    </>
  );
}
