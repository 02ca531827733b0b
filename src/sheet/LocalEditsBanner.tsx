import './LocalEditsBanner.css';
import { useT } from '../i18n/context';
import type { LocalEdits } from './localEdits';

/**
 * Loaded only when there are edits. Says, for as long as it is so, that the map shows edits kept on this device and not the published
 * data, from which workbook and when; one click returns to the published data. The file name is shown
 * as text, never as markup.
 */
export default function LocalEditsBanner({ edits, onReturn }: { edits: LocalEdits; onReturn: () => void }) {
  const t = useT();
  const date = edits.saved.slice(0, 10);
  return (
    <div className="local-edits" role="status" data-testid="local-edits">
      <p>
        {t('localEdits.banner').replace('{file}', edits.file).replace('{date}', date)}{' '}
        <span className="local-edits__shared">{t('localEdits.shared')}</span>
      </p>
      <button type="button" className="button" onClick={onReturn}>
        {t('localEdits.return')}
      </button>
    </div>
  );
}
