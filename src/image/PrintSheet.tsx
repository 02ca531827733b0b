import './PrintSheet.css';
import { createPortal } from 'react-dom';
import { useT } from '../i18n/context';

/** The composed sheet, outside the app (which the print stylesheet hides), so that only it prints. */
export function PrintSheet({ url }: { url: string | null }) {
  const t = useT();
  return url
    ? createPortal(<img className="print-sheet" src={url} alt={t('present.printAlt')} />, document.body)
    : null;
}
