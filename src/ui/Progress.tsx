import './Progress.css';
import type { Progress as Group, ProgressCounts } from '../catalog/timeline';
import { useT } from '../i18n/context';
import { PROGRESS_COLOURS } from '../map/themes';

/** The groups in the bar's order, left to right: done first. */
export const PROGRESS_GROUPS: readonly Group[] = ['done', 'under_way', 'not_started', 'unknown'];

/**
 * One stacked bar of progress at a month: done, under way, not started, unknown, and the number behind
 * schedule beside it. The counts are countProgress's (src/catalog/timeline.ts); each row carries them
 * as data attributes too, so that a test can read exactly what is drawn.
 */
export function ProgressRow({ id, label, counts }: { id: string; label: string; counts: ProgressCounts }) {
  const t = useT();
  const title = [
    ...PROGRESS_GROUPS.map((g) => `${t(`progress.${g}`)} ${counts[g]}`),
    `${t('progress.behind')} ${counts.behind}`,
  ].join(' · ');
  return (
    <li
      className="progress__row"
      data-key={id}
      data-done={counts.done}
      data-under-way={counts.under_way}
      data-not-started={counts.not_started}
      data-unknown={counts.unknown}
      data-behind={counts.behind}
      data-total={counts.total}
      title={title}
    >
      <span className="progress__label">{label}</span>
      <span className="progress__track" role="img" aria-label={title}>
        {PROGRESS_GROUPS.map((g) =>
          counts[g] > 0 ? (
            <span
              key={g}
              className="progress__part"
              style={{ width: `${(counts[g] / counts.total) * 100}%`, background: PROGRESS_COLOURS[g] }}
            />
          ) : null,
        )}
      </span>
      <span className="progress__value">
        {counts.done}/{counts.total}
        {counts.behind > 0 ? <span className="progress__behind"> · {counts.behind}</span> : null}
      </span>
    </li>
  );
}

/** The key to the bars' colours, once under a group of them. */
export function ProgressKey() {
  const t = useT();
  return (
    <ul className="progress__key">
      {PROGRESS_GROUPS.map((g) => (
        <li key={g}>
          <span className="progress__swatch" style={{ background: PROGRESS_COLOURS[g] }} aria-hidden="true" />
          {t(`progress.${g}`)}
        </li>
      ))}
      <li>
        <span className="progress__swatch progress__swatch--behind" aria-hidden="true" />
        {t('progress.behind')}
      </li>
    </ul>
  );
}

/** Rows of progress bars, one per key that has items. */
export function ProgressBars<K extends string>({
  keys,
  label,
  counts,
  testId,
}: {
  keys: readonly K[];
  label: (k: K) => string;
  counts: (k: K) => ProgressCounts;
  testId: string;
}) {
  const rows = keys.map((k) => [k, counts(k)] as const).filter(([, c]) => c.total > 0);
  return (
    <div className="progress" data-testid={testId}>
      <ul className="progress__rows">
        {rows.map(([k, c]) => (
          <ProgressRow key={k} id={k} label={label(k)} counts={c} />
        ))}
      </ul>
      <ProgressKey />
    </div>
  );
}
