import './Filters.css';
import { useId } from 'react';
import { useT } from '../i18n/context';
import { focusRow, LIST_ID } from './listFocus';

/**
 * Search as you type. The results are the list below (ranked by relevance); ArrowDown moves into
 * them, Enter on the box opens the best result, Escape clears.
 */
export function SearchBox({
  q,
  count,
  onChange,
  onPickFirst,
}: {
  q: string;
  count: number;
  onChange: (q: string) => void;
  onPickFirst: () => void;
}) {
  const t = useT();
  const id = useId();
  return (
    <div className="search">
      <label htmlFor={id} className="visually-hidden">
        {t('search.label')}
      </label>
      <input
        id={id}
        type="search"
        className="search__input"
        value={q}
        placeholder={t('search.placeholder')}
        aria-controls={LIST_ID}
        aria-describedby={`${id}-status`}
        autoComplete="off"
        spellCheck={false}
        maxLength={100}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            focusRow(document.getElementById(LIST_ID), null, 'first');
          } else if (e.key === 'Enter') {
            e.preventDefault();
            onPickFirst();
          } else if (e.key === 'Escape' && q) {
            e.preventDefault();
            onChange('');
          }
        }}
      />
      <span id={`${id}-status`} className="visually-hidden" aria-live="polite">
        {q ? (count > 0 ? `${t('search.results')}: ${count}` : t('search.none')) : ''}
      </span>
    </div>
  );
}
