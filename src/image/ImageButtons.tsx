import { useT } from '../i18n/context';
import { PrintSheet } from './PrintSheet';
import { type ImageActionOptions, useImageActions } from './useImageActions';

/**
 * "Save image" (1920×1080 or 2×) and "print" (A4/A3): the current map with its furniture. The explore
 * panel and the presenter's tool bar show the same four buttons in their own style.
 */
export default function ImageButtons({
  buttonClass,
  busyClass,
  ...options
}: ImageActionOptions & { buttonClass: string; busyClass?: string }) {
  const t = useT();
  const { save, print, busy, printUrl } = useImageActions(options);
  const off = busy || !options.map;
  return (
    <>
      <button type="button" className={buttonClass} disabled={off} onClick={() => void save(1)}>
        {t('present.saveImage')}
      </button>
      <button type="button" className={buttonClass} disabled={off} onClick={() => void save(2)}>
        {t('present.saveImage2x')}
      </button>
      <button type="button" className={buttonClass} disabled={off} onClick={() => void print('a4')}>
        {t('present.printA4')}
      </button>
      <button type="button" className={buttonClass} disabled={off} onClick={() => void print('a3')}>
        {t('present.printA3')}
      </button>
      {busy ? (
        <span className={busyClass} role="status">
          {t('present.working')}
        </span>
      ) : null}
      <PrintSheet url={printUrl} />
    </>
  );
}
