import './Panel.css';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Catalog } from '../catalog/types';
import { type Lang, useT } from '../i18n';
import type { Action } from '../state/store';
import type { ViewState } from '../state/types';
import { Chips } from './Chips';
import { ExportButtons } from './ExportButtons';
import { DistrictFilter, FacetFilters, ZoneGroups } from './Filters';
import { ItemList } from './ItemList';
import { DirectionProgress } from './ProgressPanel';
import { SearchBox } from './SearchBox';
import { Stats } from './Stats';
import { Timeline } from './Timeline';
import type { ViewResults } from './useViewResults.ts';

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
        <Title lang={view.lang} onLang={(lang) => dispatch({ type: 'lang', lang })} reviewed={catalog.reviewed} />
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
        <Chips catalog={catalog} view={view} dispatch={dispatch} />
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
        <Timeline
          month={results.month}
          reviewed={catalog.reviewed}
          lang={view.lang}
          onAsof={(asof) => dispatch({ type: 'asof', asof })}
        >
          {afterMapSettled ? (
            <DirectionProgress items={results.items} at={results.at} month={results.month} lang={view.lang} />
          ) : null}
        </Timeline>
        {afterMapSettled ? (
          <>
            <details
              className="more-filters"
              open={view.categories.length + view.statuses.length > 0 || view.late || undefined}
            >
              <summary>{t('filters.more')}</summary>
              <FacetFilters catalog={catalog} view={view} results={results} dispatch={dispatch} />
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
            <Stats items={results.items} results={results} lang={view.lang} catalog={catalog} />
            <ExportButtons catalog={catalog} items={results.items} view={view} itemsUrl={itemsUrl} map={map} />
            <section className="panel-section" aria-labelledby="update-open-title">
              <h2 id="update-open-title" className="panel-section__title">
                {t('update.title')}
              </h2>
              <button type="button" className="button" data-testid="update-open" onClick={onUpdate}>
                {t('update.open')}
              </button>
              <p className="panel-note">{t('update.sectionHint')}</p>
            </section>
          </>
        ) : null}
      </div>
    </aside>
  );
}
