import type { ItemAt, StatusAtDate } from '../catalog/timeline';
import { type Lang, translate } from '../i18n';
import { useT } from '../i18n/context';
import { labelOf } from '../i18n/labels';

/** A status at a month in words, 'unknown' included (未知 · unknown). */
export function statusText(status: StatusAtDate, lang: Lang): string {
  return status === 'unknown' ? translate(lang, 'timeline.unknown') : labelOf('status', status, lang);
}

/**
 * An item's status at the month shown, with its marks: expected (a month after the review, assuming the
 * planned dates are kept) and behind schedule. Text only; the marks' colours are in Timeline.css.
 */
export function StatusAt({ at, lang }: { at: ItemAt; lang: Lang }) {
  const t = useT();
  return (
    <span className="status-at" data-status={at.status} data-behind={at.behind || undefined}>
      <span className={at.status === 'unknown' ? 'muted' : undefined}>{statusText(at.status, lang)}</span>
      {at.projected ? <span className="status-at__projected"> · {t('timeline.projected')}</span> : null}
      {at.behind ? (
        <>
          {' '}
          <BehindMark />
        </>
      ) : null}
    </span>
  );
}

/** The behind-schedule mark: the map's red-orange ring and the words 延期 · behind schedule. */
export function BehindMark() {
  const t = useT();
  return (
    <span className="status-at__behind" data-testid="behind">
      <span className="late-mark" aria-hidden="true" />
      {t('timeline.late')}
    </span>
  );
}
