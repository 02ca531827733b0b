import './Filters.css';
import type { Catalog } from '../catalog/types';
import { useT } from '../i18n/context';
import { labelOf } from '../i18n/labels';
import { districtName } from '../i18n/names';
import { type Action, type Chip, chips } from '../state/store';
import type { ViewState } from '../state/types';

/** The active filters as removable chips, with a clear-all. */
export function Chips({
  catalog,
  view,
  dispatch,
}: {
  catalog: Catalog;
  view: ViewState;
  dispatch: (a: Action) => void;
}) {
  const t = useT();
  const list = chips(view);
  if (list.length === 0) return null;
  const label = (chip: Chip): string => {
    switch (chip.kind) {
      case 'zone':
        return labelOf('zone', chip.value, view.lang);
      case 'district':
        return districtName(
          catalog.districts.find((d) => d.adcode === chip.value),
          view.lang,
          chip.value,
        );
      case 'category':
        return labelOf('category', chip.value, view.lang);
      case 'status':
        return labelOf('status', chip.value, view.lang);
      case 'late':
        return t('timeline.late');
      case 'q':
        return `“${chip.value}”`;
    }
  };
  return (
    <section className="chips" aria-label={t('filters.active')}>
      <ul>
        {list.map((chip) => (
          <li key={`${chip.kind}:${chip.value}`}>
            <button
              type="button"
              className="chip"
              aria-label={`${t('filters.remove')}${label(chip)}`}
              onClick={() => dispatch({ type: 'remove', chip })}
            >
              {label(chip)}
              <span aria-hidden="true"> ×</span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="link-button" onClick={() => dispatch({ type: 'clearFilters' })}>
        {t('filters.clearAll')}
      </button>
    </section>
  );
}
