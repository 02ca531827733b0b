import './Stats.css';
import { directionCounts } from '../catalog/select.ts';
import type { Catalog, CatalogItem } from '../catalog/types';
import { CATEGORIES, STATUSES, ZONES } from '../catalog/vocab.ts';
import type { Lang } from '../i18n';
import { useT } from '../i18n/context';
import { labelOf } from '../i18n/labels';
import { formatNumber } from '../i18n/names';
import { CATEGORY_COLOURS, MODE_COLOURS, TIMELINE_COLOURS, ZONE_COLOURS } from '../map/themes';
import { DistrictProgress } from './ProgressPanel';
import { statusText } from './StatusAt';
import type { ViewResults } from './useViewResults.ts';

function Bars<K extends string>({
  keys,
  label,
  colour,
  of,
}: {
  keys: readonly K[];
  label: (k: K) => string;
  colour: (k: K) => string;
  of: (k: K) => number;
}) {
  const max = Math.max(1, ...keys.map(of));
  return (
    <ul className="bars">
      {keys
        .filter((k) => of(k) > 0)
        .map((k) => (
          <li key={k} className="bars__row">
            <span className="bars__label">{label(k)}</span>
            <span className="bars__track" aria-hidden="true">
              <span className="bars__bar" style={{ width: `${(of(k) / max) * 100}%`, background: colour(k) }} />
            </span>
            <span className="bars__value">{of(k)}</span>
          </li>
        ))}
    </ul>
  );
}

/**
 * Counts of what the filters keep, by direction (an item under each of its directions), category and
 * status, and the line kilometres inside the area (each item once).
 */
export function Stats({
  items,
  results,
  lang,
  catalog,
}: {
  items: CatalogItem[];
  results: ViewResults;
  lang: Lang;
  catalog: Catalog;
}) {
  const t = useT();
  const count = <K extends string>(field: (i: CatalogItem) => K) => {
    const m = new Map<K, number>();
    for (const i of items) m.set(field(i), (m.get(field(i)) ?? 0) + 1);
    return (k: K) => m.get(k) ?? 0;
  };
  const { rail, waterway, road } = results.lengths;
  // An item in more than one direction counts under each (README, "Counts"); the heading counts it once.
  const byDirection = directionCounts(items);
  const overlap = [...byDirection.values()].reduce((a, b) => a + b, 0) > items.length;
  return (
    <section className="panel-section" aria-labelledby="stats-title">
      <h2 id="stats-title" className="panel-section__title">
        {t('stats.title')} <span className="count">{items.length}</span>
      </h2>
      <Bars
        keys={ZONES}
        of={(z) => byDirection.get(z) ?? 0}
        colour={(z) => ZONE_COLOURS[z]}
        label={(z) => labelOf('zone', z, lang)}
      />
      {overlap ? <p className="panel-note">{t('stats.zonesNote')}</p> : null}
      <Bars
        keys={CATEGORIES}
        of={count((i) => i.category)}
        colour={(c) => CATEGORY_COLOURS[c]}
        label={(c) => labelOf('category', c, lang)}
      />
      {/* Statuses at the month the timeline shows, 'unknown' included. */}
      <Bars
        keys={[...STATUSES, 'unknown'] as const}
        of={count((i) => results.at.get(i.id)?.status ?? i.status)}
        colour={(s) => (s === 'unknown' ? TIMELINE_COLOURS.unknown : '#8a8578')}
        label={(s) => statusText(s, lang)}
      />
      <DistrictProgress items={items} at={results.at} month={results.month} lang={lang} catalog={catalog} />
      <p className="stats__recheck" data-testid="recheck-count">
        {t('stats.recheck').replace('{n}', String(items.filter((i) => i.recheck).length))}
      </p>
      <h3 className="panel-subtitle">{t('stats.lengths')}</h3>
      <dl className="lengths" data-testid="lengths">
        {(
          [
            ['rail', rail],
            ['waterway', waterway],
            ['road', road],
          ] as const
        ).map(([mode, km]) => (
          <div key={mode} className="lengths__item" data-mode={mode}>
            <dt>
              <span className="line-key" style={{ background: MODE_COLOURS[mode] }} aria-hidden="true" />
              {labelOf('mode', mode, lang)}
            </dt>
            <dd>
              {formatNumber(km, lang)} {t('unit.km')}
            </dd>
          </div>
        ))}
      </dl>
      <p className="panel-note">{t('stats.lengthsNote')}</p>
    </section>
  );
}
