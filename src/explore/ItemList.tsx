import './ItemList.css';
import { type KeyboardEvent, useRef } from 'react';
import type { StatusesAt } from '../catalog/atMonth';
import { listGroups } from '../catalog/select.ts';
import type { CatalogItem } from '../catalog/types';
import { ZONES, type Zone } from '../catalog/vocab.ts';
import type { Lang } from '../i18n';
import { useT } from '../i18n/context';
import { labelOf } from '../i18n/labels';
import { itemName } from '../i18n/names';
import { CATEGORY_COLOURS, ZONE_COLOURS } from '../map/themes';
import { RecheckMark } from '../ui/RecheckMark';
import { focusRow, LIST_ID } from './listFocus';
import { statusText } from './StatusAt';

interface Props {
  items: CatalogItem[];
  lang: Lang;
  /** Searching: one list in order of relevance instead of groups by zone. */
  ranked: boolean;
  /** The chosen direction: its items are one group, also those in it through `zones_also`. */
  zone: Zone | null;
  hovered: string | null;
  selected: string | null;
  onHover: (id: string | null) => void;
  onSelect: (id: string) => void;
  /** Each item's status at the month shown; without it, the item's own status. */
  at?: StatusesAt;
  /** Items shown with local or previewed edits: marked in their row. */
  edited?: ReadonlySet<string>;
}

export const MAX_ROWS = 300;

/** The list of items: the map's text alternative. Hovering a row highlights the item on the map. */
export function ItemList({ items, lang, ranked, zone, hovered, selected, onHover, onSelect, at, edited }: Props) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const onKeyDown = (e: KeyboardEvent) => {
    const keys: Record<string, 1 | -1 | 'first' | 'last'> = { ArrowDown: 1, ArrowUp: -1, Home: 'first', End: 'last' };
    const step = keys[e.key];
    if (step === undefined) return;
    e.preventDefault();
    focusRow(ref.current, document.activeElement, step);
  };
  // Thousands of rows would make every filter change slow; past this many, the list asks for a narrower filter.
  const shown = items.length > MAX_ROWS ? items.slice(0, MAX_ROWS) : items;
  const row = (item: CatalogItem) => (
    <li key={item.id}>
      <button
        type="button"
        className="item-row"
        data-id={item.id}
        data-hovered={hovered === item.id || undefined}
        data-edited={edited?.has(item.id) || undefined}
        aria-current={selected === item.id || undefined}
        onMouseEnter={() => onHover(item.id)}
        onMouseLeave={() => onHover(null)}
        onFocus={() => onHover(item.id)}
        onBlur={() => onHover(null)}
        onClick={() => onSelect(item.id)}
      >
        <span className="dot" style={{ background: CATEGORY_COLOURS[item.category] }} aria-hidden="true" />
        <span className="item-row__name">{itemName(item, lang)}</span>
        <span className="item-row__meta">
          {statusText(at?.get(item.id)?.status ?? item.status, lang)}
          {at?.get(item.id)?.behind ? <span className="late-mark" title={t('timeline.late')} /> : null}
          {item.geometry_kind ? '' : ` · ${t('list.noGeometry')}`}
          {item.recheck ? <RecheckMark /> : null}
          {edited?.has(item.id) ? <span className="item-row__edited"> · {t('localEdits.mark')}</span> : null}
        </span>
      </button>
    </li>
  );
  return (
    <section className="panel-section" aria-labelledby="list-title">
      <h2 id="list-title" className="panel-section__title">
        {t('list.title')} <span className="count">{items.length}</span>
      </h2>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: arrow keys move between the row buttons inside */}
      <div id={LIST_ID} ref={ref} onKeyDown={onKeyDown}>
        {items.length === 0 ? <p className="panel-note">{t('list.empty')}</p> : null}
        {items.length > MAX_ROWS ? (
          <p className="panel-note" role="status">
            {t('list.truncated').replace('{shown}', String(MAX_ROWS)).replace('{total}', String(items.length))}
          </p>
        ) : null}
        {ranked ? (
          <ul className="item-list">{shown.map(row)}</ul>
        ) : (
          listGroups(shown, zone, ZONES).map(([zone, group]) => {
            return (
              <div key={zone} className="item-group">
                <h3 className="item-group__title">
                  <span className="swatch" style={{ background: ZONE_COLOURS[zone] }} aria-hidden="true" />
                  {labelOf('zone', zone, lang)}
                  <span className="count">{group.length}</span>
                </h3>
                <ul className="item-list">{group.map(row)}</ul>
              </div>
            );
          })
        )}
      </div>
    </section>
  );
}
