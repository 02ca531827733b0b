import { useContext, useMemo } from 'react';
import { monthsFrom, TIMELINE_START, type YearMonth } from '../catalog/timeline';
import type { Catalog, CatalogItem } from '../catalog/types';
import { LangContext, useT } from '../i18n/context';
import { labelOf } from '../i18n/labels';
import { itemName } from '../i18n/names';
import { ZONE_COLOURS } from '../map/themes';
import { CaptionProgress } from './CaptionProgress';
import { openingsBy, type PlayState } from './timeline';
import type { Slide } from './types';

// The caption of a timeline slide: the month reached, play/pause, how far the plan had come, and
// what opened when, from the opening milestones' actual dates ("2022-12 济莱高铁 开通").

export interface TimelinePlay {
  state: PlayState;
  end: YearMonth;
  onToggle: () => void;
}

/** The latest openings listed; the earlier ones are counted, so that the card keeps its size. */
const MAX_LISTED = 5;

export function TimelineCaption({
  catalog,
  scope,
  slide,
  title,
  note,
  play,
}: {
  catalog: Catalog;
  /** The items the slide covers (the city, or its direction). */
  scope: readonly CatalogItem[];
  slide: Slide;
  title: string;
  note: string;
  play: TimelinePlay;
}) {
  const t = useT();
  const lang = useContext(LangContext);
  const { month, playing } = play.state;
  const openings = useMemo(() => openingsBy(scope, month), [scope, month]);
  const listed = openings.slice(-MAX_LISTED);
  const earlier = openings.length - listed.length;
  const where = slide.zone ? labelOf('zone', slide.zone, lang) : t('present.timelineCity');
  const span = Math.max(1, monthsFrom(TIMELINE_START, play.end));
  const share = Math.min(100, (monthsFrom(TIMELINE_START, month) / span) * 100);
  const opened = (item: CatalogItem) =>
    t(item.category === 'transport' ? 'present.openedTransport' : 'present.openedOther');

  return (
    <section className="caption caption--timeline" data-playing={playing} data-month={month}>
      <p className="caption__kicker">
        {slide.zone ? (
          <span className="swatch" style={{ background: ZONE_COLOURS[slide.zone] }} aria-hidden="true" />
        ) : null}
        {t('present.timeline')} · {where}
      </p>
      <h2 className="caption__title">{title || t('present.timelineTitle')}</h2>
      <div className="caption__clock">
        <button
          type="button"
          className="caption__play"
          aria-pressed={playing}
          title={t('present.playHint')}
          onClick={play.onToggle}
        >
          {playing ? t('present.pause') : t('present.play')}
        </button>
        <time className="caption__month" dateTime={month} data-testid="caption-month">
          {month}
        </time>
        <span className="caption__track" aria-hidden="true">
          <span className="caption__track-fill" style={{ width: `${share}%` }} />
        </span>
        <span className="caption__span muted">
          {TIMELINE_START} → {play.end}
        </span>
      </div>
      <CaptionProgress items={scope} month={month} reviewed={catalog.reviewed} />
      <ol className="caption__openings" data-testid="timeline-openings">
        {earlier > 0 ? <li className="muted">{t('present.openedEarlier').replace('{n}', String(earlier))}</li> : null}
        {listed.map((o) => (
          <li key={`${o.month} ${o.item.id}`}>{`${o.month} ${itemName(o.item, lang)} ${opened(o.item)}`}</li>
        ))}
        {openings.length === 0 ? <li className="muted">{t('present.openedNone')}</li> : null}
      </ol>
      {note ? <p className="caption__note">{note}</p> : null}
    </section>
  );
}
