import './Caption.css';
import { useContext, useMemo } from 'react';
import { inDirection } from '../catalog/directions.ts';
import { lengths } from '../catalog/select';
import { monthOf, statusAt, type YearMonth } from '../catalog/timeline';
import type { Catalog } from '../catalog/types';
import { ZONES, type Zone } from '../catalog/vocab.ts';
import type { Lang } from '../i18n';
import { LangContext, useT } from '../i18n/context';
import { labelOf } from '../i18n/labels';
import { formatNumber, itemName } from '../i18n/names';
import { CATEGORY_COLOURS, ZONE_COLOURS } from '../map/themes';
import { itemFigures } from '../ui/figures';
import { RecheckMark } from '../ui/RecheckMark';
import { CaptionProgress } from './CaptionProgress';
import { TimelineCaption, type TimelinePlay } from './TimelineCaption';
import { slideScope } from './timeline';
import type { Deck, Slide } from './types';

/** The catalogue's review date, at the foot of every caption: what the audience's facts are "as of". */
function AsOf({ reviewed }: { reviewed: string }) {
  const t = useT();
  return (
    <p className="caption__asof">
      {t('present.asOf')} <time dateTime={reviewed}>{reviewed}</time>
    </p>
  );
}

function pick(lang: Lang, zh: string, en: string): string {
  return lang === 'zh' ? zh : en;
}

export interface CaptionProps {
  catalog: Catalog;
  deck: Deck;
  slide: Slide;
  /** The month the map shows (the slide's, the timeline's or the explorer's); null: today, the review. */
  asof: YearMonth | null;
  /** A timeline slide's play, which its caption shows and controls. */
  play: TimelinePlay | null;
}

/** The caption card of a slide. Its facts come from the live catalogue, not from the deck file. */
export function Caption({ catalog, deck, slide, asof, play }: CaptionProps) {
  const t = useT();
  const lang = useContext(LangContext);
  const month = asof ?? monthOf(catalog.reviewed);
  const scope = useMemo(() => slideScope(catalog, slide), [catalog, slide]);
  const own = { title: pick(lang, slide.title_zh, slide.title_en), note: pick(lang, slide.note_zh, slide.note_en) };
  const zoneName = (z: Zone) => labelOf('zone', z, lang);
  // An item in two directions counts under both (README, "Counts"); the totals count it once.
  const inZone = (z: Zone) => catalog.items.filter((i) => inDirection(i, z));

  if (slide.kind === 'timeline' && play)
    return (
      <TimelineCaption catalog={catalog} scope={scope} slide={slide} title={own.title} note={own.note} play={play} />
    );

  if (slide.kind === 'item' && slide.item) {
    const item = catalog.items.find((i) => i.id === slide.item);
    if (item) {
      const facts = itemFigures(item, catalog.reviewed, lang, t);
      // Another month than today: what the item was then, besides what it is now.
      const then = asof === null ? null : statusAt(item, asof, catalog.reviewed);
      return (
        <section className="caption caption--item" aria-live="polite">
          <p className="caption__kicker">
            <span className="swatch" style={{ background: ZONE_COLOURS[item.zone] }} aria-hidden="true" />
            {zoneName(item.zone)}
            {item.zones_also.length > 0
              ? lang === 'zh'
                ? `（${t('card.zonesAlso')} ${item.zones_also.map(zoneName).join('、')}）`
                : ` (${t('card.zonesAlso')} ${item.zones_also.map(zoneName).join(', ')})`
              : ''}{' '}
            · <span className="dot" style={{ background: CATEGORY_COLOURS[item.category] }} aria-hidden="true" />{' '}
            {labelOf('category', item.category, lang)}
          </p>
          <h2 className="caption__title">{own.title || itemName(item, lang)}</h2>
          <p className="caption__facts">
            <strong>{labelOf('status', item.status, lang)}</strong>
            {facts.years ? ` · ${facts.years}` : ''}
            <span className="muted"> ({facts.statusAsOf})</span>
            {item.recheck ? <RecheckMark /> : null}
          </p>
          {then ? (
            <p className="caption__then" data-testid="caption-then">
              <time dateTime={month}>{month}</time>
              {lang === 'zh' ? '：' : ': '}
              <strong>
                {then.status === 'unknown' ? t('present.progressUnknown') : labelOf('status', then.status, lang)}
              </strong>
              {then.behind ? ` · ${t('present.progressBehind')}` : ''}
            </p>
          ) : null}
          <ul className="caption__figures">
            {facts.headline.map((f) => (
              <li key={f}>{f}</li>
            ))}
          </ul>
          {own.note ? <p className="caption__note">{own.note}</p> : null}
          <CaptionProgress items={scope} month={month} reviewed={catalog.reviewed} />
          <AsOf reviewed={catalog.reviewed} />
        </section>
      );
    }
  }

  if (slide.kind === 'zone' && slide.zone) {
    const items = inZone(slide.zone);
    const info = catalog.zones.find((z) => z.zone === slide.zone);
    const km = lengths(items, []);
    return (
      <section className="caption caption--zone" aria-live="polite">
        <p className="caption__kicker">
          <span className="swatch" style={{ background: ZONE_COLOURS[slide.zone] }} aria-hidden="true" />
          {t('zones.title')}
        </p>
        <h2 className="caption__title">
          {own.title || (lang === 'zh' ? zoneName(slide.zone) : `${zoneName(slide.zone)} · ${slide.zone}`)}
        </h2>
        <p className="caption__note">{own.note || (info ? pick(lang, info.role_zh, info.role_en) : '')}</p>
        <ul className="caption__figures">
          <li>
            {items.length} {t('present.items')}
          </li>
          {km.rail > 0 ? (
            <li>
              {t('mode.rail')} {formatNumber(km.rail, lang)} {t('unit.km')}
            </li>
          ) : null}
          {info ? (
            <li>
              {t('card.area')} ≈ {formatNumber(info.area_km2, lang, 0)} {t('unit.km2')} ({t('present.schematicArea')})
            </li>
          ) : null}
        </ul>
        <CaptionProgress items={scope} month={month} reviewed={catalog.reviewed} />
        <AsOf reviewed={catalog.reviewed} />
      </section>
    );
  }

  // Title and summary: the whole plan at a glance.
  return (
    <section className={`caption caption--${slide.kind}`} aria-live="polite">
      <h2 className="caption__title">{own.title || pick(lang, deck.title_zh, deck.title_en)}</h2>
      {own.note ? <p className="caption__note">{own.note}</p> : null}
      <ul className="caption__zones">
        {ZONES.map((z) => (
          <li key={z}>
            <span className="swatch" style={{ background: ZONE_COLOURS[z] }} aria-hidden="true" />
            {zoneName(z)} <strong>{inZone(z).length}</strong>
          </li>
        ))}
      </ul>
      <p className="caption__facts">
        {catalog.items.length} {t('present.items')} · {catalog.items.filter((i) => i.geometry_kind).length}{' '}
        {t('present.mapped')}
      </p>
      <AsOf reviewed={catalog.reviewed} />
    </section>
  );
}
