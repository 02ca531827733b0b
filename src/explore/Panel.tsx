import './Panel.css';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { lazy, Suspense } from 'react';
import type { Catalog } from '../catalog/types';
import { type Lang, loadLang } from '../i18n';
import { useT } from '../i18n/context';
import type { Action } from '../state/store';
import { chips } from '../state/store';
import type { ViewState } from '../state/types';
import { DistrictFilter, ZoneGroups } from './Filters';
import { SearchBox } from './SearchBox';
import type { ViewResults } from './useViewResults.ts';

// What the panel shows once the map has settled loads then, not with the page.
const DirectionProgress = lazy(() => import('./ProgressPanel').then((m) => ({ default: m.DirectionProgress })));
const Timeline = lazy(() => import('./Timeline').then((m) => ({ default: m.Timeline })));
// The chips of the chosen filters load with the first choice (a link with filters asks for them at once).
const Chips = lazy(() => import('./Chips').then((m) => ({ default: m.Chips })));
const FacetFilters = lazy(() => import('./FacetFilters').then((m) => ({ default: m.FacetFilters })));
const ItemList = lazy(() => import('./ItemList').then((m) => ({ default: m.ItemList })));
const Stats = lazy(() => import('./Stats').then((m) => ({ default: m.Stats })));
const ExportButtons = lazy(() => import('./ExportButtons').then((m) => ({ default: m.ExportButtons })));

interface Props {
  catalog: Catalog;
  view: ViewState;
  results: ViewResults;
  dispatch: (a: Action) => void;
  hovered: string | null;
  onHover: (id: string | null) => void;
  collapsed: boolean;
  onCollapse: (collapsed: boolean) => void;
  itemsUrl: string;
  map: MapLibreMap | null;
  /** False until the map has first been drawn (or the wait ran out): the long sections (more filters, the list, statistics, export) wait for it (useAfterMap). */
  afterMapSettled: boolean;
  /** Items shown with edits from a plan workbook (sheet/localEdits.ts). */
  edited: ReadonlySet<string>;
  /** Opens "更新数据 · Update data". */
  onUpdate: () => void;
}

function Title({ lang, onLang, reviewed }: { lang: Lang; onLang: (lang: Lang) => void; reviewed: string }) {
  const t = useT();
  return (
    <header className="header">
      <div className="header__titles">
        <h1 className="header__title">{t('app.title')}</h1>
        <p className="header__subtitle">{t('app.subtitle')}</p>
        <p className="header__subtitle header__subtitle--secondary" lang={lang === 'zh' ? 'en' : 'zh-CN'}>
          {t('app.subtitleSecondary')}
        </p>
        <p className="header__asof">
          {t('present.asOf')} <time dateTime={reviewed}>{reviewed}</time>
        </p>
      </div>
      <button
        type="button"
        className="header__lang"
        aria-label={t('lang.switchLabel')}
        onClick={() => onLang(lang === 'zh' ? 'en' : 'zh')}
      >
        {t('lang.switch')}
      </button>
    </header>
  );
}

/** The side panel (a bottom sheet on phones): title, search, filters, statistics, the list, export. */
export function Panel(props: Props) {
  const { catalog, view, results, dispatch, hovered, onHover, collapsed, onCollapse, itemsUrl, map, afterMapSettled } =
    props;
  const { edited, onUpdate } = props;
  const t = useT();
  const select = (id: string) => dispatch({ type: 'select', id });
  return (
    <aside className="panel" aria-label={t('panel.label')} data-collapsed={collapsed}>
      <div className="panel__top">
        <Title
          lang={view.lang}
          onLang={(lang) => void loadLang(lang).then(() => dispatch({ type: 'lang', lang }))}
          reviewed={catalog.reviewed}
        />
        <button
          type="button"
          className="panel__toggle"
          aria-expanded={!collapsed}
          aria-controls="panel-body"
          aria-label={collapsed ? t('panel.expand') : t('panel.collapse')}
          onClick={() => onCollapse(!collapsed)}
        >
          <span aria-hidden="true">{collapsed ? '›' : '‹'}</span>
        </button>
      </div>
      <div id="panel-body" className="panel__body" hidden={collapsed}>
        <SearchBox
          q={view.q}
          count={results.items.length}
          onChange={(q) => dispatch({ type: 'query', q })}
          onPickFirst={() => {
            const first = results.items[0];
            if (first) select(first.id);
          }}
        />
        {chips(view).length > 0 ? (
          <Suspense fallback={null}>
            <Chips catalog={catalog} view={view} dispatch={dispatch} />
          </Suspense>
        ) : null}
        <section className="panel-section present-start" aria-labelledby="present-title">
          <h2 id="present-title" className="panel-section__title">
            {t('present.title')}
          </h2>
          <div className="present-start__buttons">
            <button
              type="button"
              className="button button--primary"
              onClick={() => dispatch({ type: 'present', deck: 'default' })}
            >
              {t('present.start')}
            </button>
            <button type="button" className="button" onClick={() => dispatch({ type: 'present', deck: 'results' })}>
              {t('present.results')}
            </button>
          </div>
          <p className="panel-note">{t('present.startHint')}</p>
        </section>
        <ZoneGroups catalog={catalog} view={view} results={results} dispatch={dispatch} />
        <DistrictFilter catalog={catalog} view={view} results={results} dispatch={dispatch} />
        {/* The timeline and the list appear together: the list drawn first would jump down when the
            timeline arrived above it, under a pointer about to click a row. */}
        {afterMapSettled ? (
          <Suspense fallback={null}>
            <Timeline
              month={results.month}
              reviewed={catalog.reviewed}
              lang={view.lang}
              onAsof={(asof) => dispatch({ type: 'asof', asof })}
            >
              <DirectionProgress items={results.items} at={results.at} month={results.month} lang={view.lang} />
            </Timeline>
            <details
              className="more-filters"
              open={view.categories.length + view.statuses.length > 0 || view.late || undefined}
            >
              <summary>{t('filters.more')}</summary>
              <Suspense fallback={null}>
                <FacetFilters view={view} results={results} dispatch={dispatch} />
              </Suspense>
            </details>
            <ItemList
              items={results.items}
              lang={view.lang}
              ranked={results.hits !== null}
              zone={view.zone}
              hovered={hovered}
              selected={view.item}
              onHover={onHover}
              onSelect={select}
              at={results.at}
              edited={edited}
            />
            <Suspense fallback={null}>
              <Stats items={results.items} results={results} lang={view.lang} catalog={catalog} />
              <ExportButtons catalog={catalog} items={results.items} view={view} itemsUrl={itemsUrl} map={map} />
            </Suspense>
            <section className="panel-section" aria-labelledby="update-open-title">
              <h2 id="update-open-title" className="panel-section__title">
                {t('update.title')}
              </h2>
              <button type="button" className="button" data-testid="update-open" onClick={onUpdate}>
                {t('update.open')}
              </button>
              <p className="panel-note">{t('update.sectionHint')}</p>
            </section>
          </Suspense>
        ) : null}
      </div>
    </aside>
  );
}
