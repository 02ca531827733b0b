import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Catalog } from '../catalog/types';
import { useT } from '../i18n';
import { PrintSheet } from '../present/PrintSheet';
import { useImageActions } from '../present/useImageActions';

/** "Save image" and "print" from the explore view: the current map with its furniture. */
export default function ImageButtons({
  map,
  catalog,
  subtitle,
  focus,
  nameParts,
}: {
  map: MapLibreMap | null;
  catalog: Catalog;
  subtitle: string;
  focus: string | null;
  nameParts: string[];
}) {
  const t = useT();
  const { save, print, busy, printUrl } = useImageActions({ map, catalog, subtitle, focus, nameParts });
  return (
    <>
      <button type="button" className="button" disabled={busy || !map} onClick={() => void save(1)}>
        {t('present.saveImage')}
      </button>
      <button type="button" className="button" disabled={busy || !map} onClick={() => void save(2)}>
        {t('present.saveImage2x')}
      </button>
      <button type="button" className="button" disabled={busy || !map} onClick={() => void print('a4')}>
        {t('present.printA4')}
      </button>
      <button type="button" className="button" disabled={busy || !map} onClick={() => void print('a3')}>
        {t('present.printA3')}
      </button>
      <PrintSheet url={printUrl} />
    </>
  );
}
