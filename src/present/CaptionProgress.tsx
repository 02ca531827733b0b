import { useMemo } from 'react';
import { countProgress, type Progress, type YearMonth } from '../catalog/timeline';
import type { CatalogItem } from '../catalog/types';
import type { MessageKey } from '../i18n';
import { useT } from '../i18n/context';

// A caption's small progress bar: how many of the slide's items were done, under way or not started
// at the month shown, and how many were behind schedule then (a mark on top of the three groups).

const PARTS: readonly Progress[] = ['done', 'under_way', 'not_started', 'unknown'];
const LABEL: Record<Progress, MessageKey> = {
  done: 'present.progressDone',
  under_way: 'present.progressUnderWay',
  not_started: 'present.progressNotStarted',
  unknown: 'present.progressUnknown',
};

export function CaptionProgress({
  items,
  month,
  reviewed,
}: {
  items: readonly CatalogItem[];
  month: YearMonth;
  reviewed: string;
}) {
  const t = useT();
  const counts = useMemo(() => countProgress(items, month, reviewed), [items, month, reviewed]);
  // "Unknown" is listed only when some item is: most slides have none.
  const shown = PARTS.filter((p) => p !== 'unknown' || counts.unknown > 0);
  const legend = shown.map((p) => `${t(LABEL[p])} ${counts[p]}`);
  const behind = `${t('present.progressBehind')} ${counts.behind}`;
  return (
    <div
      className="caption-progress"
      data-testid="caption-progress"
      data-month={month}
      data-done={counts.done}
      data-under-way={counts.under_way}
      data-not-started={counts.not_started}
      data-behind={counts.behind}
    >
      <div
        className="caption-progress__bar"
        role="img"
        aria-label={`${t('present.progress')} ${month}: ${legend.join(', ')}, ${behind}`}
      >
        {shown.map((p) =>
          counts[p] > 0 ? (
            <span
              key={p}
              className={`caption-progress__part caption-progress__part--${p}`}
              style={{ flexGrow: counts[p] }}
            />
          ) : null,
        )}
      </div>
      <ul className="caption-progress__legend" aria-hidden="true">
        {shown.map((p, i) => (
          <li key={p}>
            <span className={`caption-progress__key caption-progress__part--${p}`} />
            {legend[i]}
          </li>
        ))}
        <li className="caption-progress__behind">
          <span className="caption-progress__key caption-progress__part--behind" />
          {behind}
        </li>
      </ul>
    </div>
  );
}
