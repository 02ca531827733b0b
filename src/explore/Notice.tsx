import './Notice.css';
import { useT } from '../i18n/context';
import type { Dropped } from '../state/url';

/** Says which parts of a shared link were ignored. The values are shown as text, never as markup. */
export function Notice({ dropped, onDismiss }: { dropped: Dropped[]; onDismiss: () => void }) {
  const t = useT();
  if (dropped.length === 0) return null;
  const shown = dropped.slice(0, 5).map((d) => (d.value ? `${d.key}=${d.value}` : d.key));
  return (
    <div className="notice" role="status" data-testid="url-notice">
      <p>
        {t('notice.dropped')}
        {shown.map((s, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the same text may repeat; order is stable
          <code key={i}>{s}</code>
        ))}
        {dropped.length > shown.length ? ` … (+${dropped.length - shown.length})` : null}
      </p>
      <button type="button" className="link-button" onClick={onDismiss}>
        {t('notice.dismiss')}
      </button>
    </div>
  );
}
