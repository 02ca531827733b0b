import './ItemCard.css';
import { useEffect, useRef } from 'react';
import { type ItemAt, monthOf } from '../catalog/timeline';
import type { Catalog, CatalogItem } from '../catalog/types';
import { useDetails } from '../catalog/useCatalog';
import type { Zone } from '../catalog/vocab.ts';
import type { Lang } from '../i18n';
import { useT } from '../i18n/context';
import { labelOf } from '../i18n/labels';
import { districtName, formatNumber } from '../i18n/names';
import { CATEGORY_COLOURS, ZONE_COLOURS } from '../map/themes';
import { type Figure, itemFigures } from '../ui/figures';
import { RecheckMark } from '../ui/RecheckMark';
import { Milestones } from './Milestones';
import { BehindMark, StatusAt } from './StatusAt';

/** A source string ends in its URL ("Outlet《title》date URL"); only http(s) links become links. */
export function splitSource(source: string): { text: string; url: string | null } {
  const m = /\s(https?:\/\/\S+)$/.exec(source);
  if (!m?.[1]) return { text: source, url: null };
  try {
    const url = new URL(m[1]);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return { text: source, url: null };
    return { text: source.slice(0, m.index).trim(), url: url.href };
  } catch {
    return { text: source, url: null };
  }
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="card__row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Figures({ figures }: { figures: Figure[] }) {
  const t = useT();
  if (figures.length === 0) return null;
  return (
    <Row label={t('card.figures')}>
      <ul className="card__figures">
        {figures.map((f) => (
          <li key={f.kind}>{f.text}</li>
        ))}
      </ul>
    </Row>
  );
}

function Districts({ item, catalog, lang }: { item: CatalogItem; catalog: Catalog; lang: Lang }) {
  const t = useT();
  const d = item.districts;
  if (!d) return <Row label={t('card.districts')}>{t('card.cityWide')}</Row>;
  const unit = d.unit === 'km' ? t('unit.km') : d.unit === 'km2' ? t('unit.km2') : null;
  const share = (s: number) => `${Math.round(s * 100)}%`;
  return (
    <Row label={t('card.districts')}>
      <ul className="card__districts">
        {d.inside.map((s) => (
          <li key={s.key}>
            {districtName(
              catalog.districts.find((x) => x.adcode === s.key),
              lang,
              s.key,
            )}
            {unit ? ` ${formatNumber(s.amount, lang)} ${unit} (${share(s.share)})` : ''}
          </li>
        ))}
        {d.outside > 0 && unit ? (
          <li>
            {t('card.outside')} {formatNumber(d.outside, lang)} {unit}
          </li>
        ) : null}
      </ul>
    </Row>
  );
}

/** Everything the catalogue knows of one item. Every value is rendered as text; links are http(s) only. */
export function ItemCard({
  item,
  catalog,
  lang,
  month,
  at,
  onClose,
}: {
  item: CatalogItem;
  catalog: Catalog;
  lang: Lang;
  /** The month the view shows, and the item's status then (null: not known to the view). */
  month: string;
  at: ItemAt | null;
  onClose: () => void;
}) {
  const t = useT();
  const details = useDetails(item.id);
  const d = details.status === 'ready' ? details.details : null;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const zh = lang === 'zh';
  const facts = itemFigures(item, catalog.reviewed, lang, t);
  const note = d ? (zh ? d.site_note_zh : d.site_note_en) : null;
  // 北起, or "North rising 北起": the primary direction and the others read alike.
  const zoneLabel = (z: Zone) => (zh ? labelOf('zone', z, lang) : `${labelOf('zone', z, lang)} ${z}`);
  return (
    <article className="card" aria-labelledby="card-title" data-item={item.id}>
      <header className="card__header">
        <span className="card__category" style={{ background: CATEGORY_COLOURS[item.category] }}>
          {labelOf('category', item.category, lang)}
        </span>
        <button type="button" className="card__close" aria-label={t('card.close')} onClick={onClose}>
          ×
        </button>
        <h2 id="card-title" className="card__title" tabIndex={-1} ref={heading}>
          {zh ? item.name_zh : item.name_en}
        </h2>
        <p className="card__subtitle" lang={zh ? 'en' : 'zh-CN'}>
          {zh ? item.name_en : item.name_zh}
        </p>
      </header>
      {d ? (
        <p className="card__summary">{zh ? d.summary_zh : d.summary_en}</p>
      ) : (
        <p className="card__summary muted" role={details.status === 'error' ? 'alert' : 'status'}>
          {details.status === 'error' ? `${t('card.detailsError')} (${details.message})` : t('card.detailsLoading')}
        </p>
      )}
      <dl className="card__facts">
        <Row label={t('card.zone')}>
          <span className="swatch" style={{ background: ZONE_COLOURS[item.zone] }} aria-hidden="true" />{' '}
          {zoneLabel(item.zone)}
          {item.zones_also.length > 0 ? (
            <span data-testid="zones-also">
              {' · '}
              {t('card.zonesAlso')}{' '}
              {item.zones_also.map((z, k) => (
                <span key={z}>
                  {k > 0 ? (zh ? '、' : ', ') : ''}
                  <span className="swatch" style={{ background: ZONE_COLOURS[z] }} aria-hidden="true" /> {zoneLabel(z)}
                </span>
              ))}
            </span>
          ) : null}
        </Row>
        {at && month !== monthOf(catalog.reviewed) ? (
          <Row label={t('timeline.statusAt').replace('{month}', month)}>
            <span data-testid="status-at">
              <StatusAt at={at} lang={lang} />
            </span>
          </Row>
        ) : null}
        <Row label={t('card.status')}>
          {labelOf('status', item.status, lang)} <span className="muted">({facts.statusAsOf})</span>
          {at && month === monthOf(catalog.reviewed) && at.behind ? (
            <>
              {' '}
              <BehindMark />
            </>
          ) : null}
          {item.recheck ? (
            <span className="card__recheck">
              <RecheckMark /> {t('review.recheckNote').replace('{months}', String(catalog.recheck_after_months))}
            </span>
          ) : null}
        </Row>
        {facts.years ? <Row label={t('card.years')}>{facts.years}</Row> : null}
        {item.milestones.length > 0 ? (
          <Row label={t('timeline.milestones')}>
            <Milestones milestones={d?.milestones ?? item.milestones} zh={zh} />
          </Row>
        ) : null}
        <Figures figures={facts.figures} />
        <Districts item={item} catalog={catalog} lang={lang} />
        {item.accuracy_m !== null ? (
          <Row label={t('card.precision')}>
            ±{formatNumber(item.accuracy_m, lang, 0)} {t('unit.m')}
            {item.schematic ? ` · ${t('card.schematic')}` : ''}
            {note ? <span className="card__note">{note}</span> : null}
          </Row>
        ) : null}
        {d ? (
          <>
            <Row label={t('card.section')}>{d.report_section}</Row>
            <Row label={t('card.quote')}>
              <q lang="zh-CN">{d.report_quote}</q>
            </Row>
          </>
        ) : null}
      </dl>
      <h3 className="card__sources-title">{t('card.sources')}</h3>
      <ol className="card__sources">
        {(d?.sources ?? []).map((s) => {
          const { text, url } = splitSource(s);
          return (
            <li key={s}>
              {url ? (
                <a href={url} target="_blank" rel="noopener noreferrer external">
                  {text || url}
                </a>
              ) : (
                text
              )}
            </li>
          );
        })}
      </ol>
      <p className="card__asof">
        {t('present.asOf')} <time dateTime={catalog.reviewed}>{catalog.reviewed}</time>
      </p>
    </article>
  );
}
