import './Filters.css';
import type { Category, Status } from '../catalog/vocab.ts';
import { CATEGORIES, STATUSES } from '../catalog/vocab.ts';
import { useT } from '../i18n/context';
import { labelOf } from '../i18n/labels';
import { CATEGORY_COLOURS } from '../map/themes';
import type { Action } from '../state/store';
import type { ViewState } from '../state/types';
import type { ViewResults } from './useViewResults.ts';

// The folded "more filters": categories, statuses and behind schedule. Loaded once the map has
// settled, with the other long sections of the panel.

interface Props {
  view: ViewState;
  results: ViewResults;
  dispatch: (a: Action) => void;
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
