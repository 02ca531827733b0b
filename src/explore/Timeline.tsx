import './Timeline.css';
import { type KeyboardEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { asofFor } from '../catalog/atMonth';
import { addMonths, clampMonth, monthOf, monthsFrom, TIMELINE_END, TIMELINE_START } from '../catalog/timeline';
import type { Lang } from '../i18n';
import { useT } from '../i18n/context';
import { monthText } from './monthText';

/** How long the animation shows each step. */
const PLAY_STEP_MS = 600;
/** Keys and how many months each moves; Home and End go to the ends. */
const KEY_STEPS: Record<string, number> = {
  ArrowRight: 1,
  ArrowUp: 1,
  ArrowLeft: -1,
  ArrowDown: -1,
  PageUp: 12,
  PageDown: -12,
};

interface Props {
  /** The month shown (YYYY-MM). */
  month: string;
  /** The review date (YYYY-MM-DD): its month is "today". */
  reviewed: string;
  lang: Lang;
  /** A new month, as the URL carries it: null for today. */
  onAsof: (asof: string | null) => void;
  /** What follows the slider in its section (the progress bars at the month). */
  children?: ReactNode;
}

/**
 * The month the whole view shows, from the congress report (2022-04) to the plan's horizon (2035-12):
 * a slider that can be dragged, stepped with the keys and played by month or quarter.
 */
export function Timeline({ month, reviewed, lang, onAsof, children }: Props) {
  const t = useT();
  const today = monthOf(reviewed);
  const last = monthsFrom(TIMELINE_START, TIMELINE_END);
  const index = monthsFrom(TIMELINE_START, month);
  const todayAt = monthsFrom(TIMELINE_START, today);
  const [playing, setPlaying] = useState(false);
  const [quarter, setQuarter] = useState(false);
  const go = (to: string) => onAsof(asofFor(clampMonth(to), reviewed));

  // The interval reads the latest month and callback through a ref, so it is not restarted each step.
  const latest = useRef({ month, go });
  latest.current = { month, go };
  useEffect(() => {
    if (!playing) return;
    const timer = window.setInterval(() => {
      const { month: now, go: to } = latest.current;
      if (now >= TIMELINE_END) return setPlaying(false);
      to(addMonths(now, quarter ? 3 : 1));
    }, PLAY_STEP_MS);
    return () => window.clearInterval(timer);
  }, [playing, quarter]);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const step = KEY_STEPS[e.key];
    const to =
      e.key === 'Home' ? TIMELINE_START : e.key === 'End' ? TIMELINE_END : step ? addMonths(month, step) : null;
    if (to === null) return;
    // The browser's own steps for these keys differ (Page keys move a tenth of the range): ours are exact.
    e.preventDefault();
    setPlaying(false);
    go(to);
  };
  const play = () => {
    // Playing from the end starts again from the congress report.
    if (!playing && month >= TIMELINE_END) go(TIMELINE_START);
    setPlaying(!playing);
  };
  const label = monthText(month, lang);
  const state = month === today ? 'today' : month > today ? 'expected' : 'past';

  return (
    <section className="panel-section timeline" aria-labelledby="timeline-title" data-month={month}>
      <h2 id="timeline-title" className="panel-section__title">
        {t('timeline.title')}
      </h2>
      <p className="timeline__now" aria-live="polite">
        <output htmlFor="timeline-slider" className="timeline__month" data-testid="timeline-month">
          {label}
        </output>
        {state === 'today' ? <span className="timeline__tag">{t('timeline.today')}</span> : null}
        {state === 'expected' ? (
          <span className="timeline__tag timeline__tag--expected">{t('timeline.projected')}</span>
        ) : null}
      </p>
      <div className="timeline__track">
        <input
          id="timeline-slider"
          className="timeline__slider"
          type="range"
          min={0}
          max={last}
          step={1}
          value={index}
          aria-label={t('timeline.label')}
          aria-valuetext={state === 'today' ? `${label} · ${t('timeline.today')}` : label}
          onChange={(e) => {
            setPlaying(false);
            go(addMonths(TIMELINE_START, Number(e.target.value)));
          }}
          onKeyDown={onKeyDown}
        />
        <span className="timeline__today" style={{ left: `${(todayAt / last) * 100}%` }} aria-hidden="true">
          {t('timeline.today')}
        </span>
      </div>
      <div className="timeline__ends" aria-hidden="true">
        <span>{monthText(TIMELINE_START, lang)}</span>
        <span>{monthText(TIMELINE_END, lang)}</span>
      </div>
      <div className="timeline__controls">
        <button type="button" className="button" aria-pressed={playing} data-testid="timeline-play" onClick={play}>
          {playing ? t('timeline.pause') : t('timeline.play')}
        </button>
        <label className="timeline__step">
          {t('timeline.step')}{' '}
          <select value={quarter ? 'quarter' : 'month'} onChange={(e) => setQuarter(e.target.value === 'quarter')}>
            <option value="month">{t('timeline.stepMonth')}</option>
            <option value="quarter">{t('timeline.stepQuarter')}</option>
          </select>
        </label>
        {month !== today ? (
          <button type="button" className="link-button" onClick={() => go(today)}>
            {t('timeline.toToday')}
          </button>
        ) : null}
      </div>
      <p className="panel-note">{t('timeline.hint')}</p>
      {children}
    </section>
  );
}
