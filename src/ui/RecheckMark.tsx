import './RecheckMark.css';
import { useT } from '../i18n/context';

/** The 待核实 · to be re-checked mark of an item whose status date is long before the review. */
export function RecheckMark() {
  const t = useT();
  return <span className="recheck">{t('review.recheck')}</span>;
}
