import './Filters.css';
import type { Catalog } from '../catalog/types';
import { type MessageKey, useT } from '../i18n';
import { type Action, type Chip, chips } from '../state/store';
import type { ViewState } from '../state/types';
import { districtName } from './names';

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
        return view.lang === 'zh' ? chip.value : t(`zone.${chip.value}` as MessageKey);
      case 'district':
        return districtName(
          catalog.districts.find((d) => d.adcode === chip.value),
          view.lang,
          chip.value,
        );
      case 'category':
        return t(`category.${chip.value}` as MessageKey);
      case 'status':
        return t(`status.${chip.value}` as MessageKey);
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
