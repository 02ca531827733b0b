import './Filters.css';
import type { Catalog } from '../catalog/types';
import type { Zone } from '../catalog/vocab.ts';
import { ZONES } from '../catalog/vocab.ts';
import type { Lang } from '../i18n';
import { useT } from '../i18n/context';
import { labelOf } from '../i18n/labels';
import { ZONE_COLOURS } from '../map/themes';
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
