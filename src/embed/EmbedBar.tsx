import './EmbedBar.css';
import { useT } from '../i18n/context';
import type { ViewState } from '../state/types';
import { serialiseView } from '../state/url';

/**
 * The embedded map's own line (`?embed=1`, for intranet pages and slides): what the map is, the date its
 * data is as of, and a link that opens the same view in the full app in a new tab.
 */
export function EmbedBar({ view, reviewed }: { view: ViewState; reviewed: string }) {
  const t = useT();
  // The same view without embed=1: the canonical link, built from the parsed view, never from the raw URL.
  const href = `${window.location.pathname}${serialiseView({ ...view, embed: false })}`;
  return (
    <aside className="embed-bar" data-testid="embed-bar">
      <strong>{t('app.title')}</strong>
      <span className="embed-bar__asof">
        {t('present.asOf')} {reviewed}
      </span>
      <a href={href} target="_blank" rel="noopener" data-testid="embed-open">
        {t('embed.open')}
      </a>
    </aside>
  );
}
