import type { Map as MapLibreMap } from 'maplibre-gl';
import { lazy, Suspense } from 'react';
import { withDetails } from '../catalog/load';
import type { Catalog, CatalogItem } from '../catalog/types';
import { download, exportFileName } from '../download';

const downloadText = (text: string, type: string, name: string) => download(new Blob([text], { type }), name);

import { useT } from '../i18n/context';
import { labelOf } from '../i18n/labels';
import { districtName, itemName } from '../i18n/names';
import { imageSubject } from '../image/imageSubject';
import type { ViewState } from '../state/types';
import type { ItemGeometry } from './export';

// The CSV and GeoJSON writers load on the first click (they are not needed to show the page).
const exporter = () => import('./export');

// The image composer loads when the buttons are first shown, not with the page.
const ImageButtons = lazy(() => import('../image/ImageButtons'));

/** The map's own item geometry, fetched from the same asset the map draws (cached by then). */
async function geometry(url: string): Promise<ItemGeometry> {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
  return (await r.json()) as ItemGeometry;
}

export function ExportButtons({
  catalog,
  items,
  view,
  itemsUrl,
  map,
}: {
  catalog: Catalog;
  items: CatalogItem[];
  view: ViewState;
  itemsUrl: string;
  map: MapLibreMap | null;
}) {
  const t = useT();
  // The picture's caption names what is chosen: the direction and the districts, or the item.
  const item = view.item ? catalog.items.find((i) => i.id === view.item) : undefined;
  const subtitle =
    (item ? itemName(item, view.lang) : '') ||
    [
      view.zone ? labelOf('zone', view.zone, view.lang) : '',
      ...view.districts.map((d) =>
        districtName(
          catalog.districts.find((x) => x.adcode === d),
          view.lang,
          d,
        ),
      ),
    ]
      .filter(Boolean)
      .join(' · ') ||
    t('app.subtitle');
  // File names stay ASCII: the zone's English name in any language.
  const parts = [view.zone ? labelOf('zone', view.zone, 'en') : '', ...view.districts];
  return (
    <section className="panel-section export" aria-label={t('export.title')}>
      <button
        type="button"
        className="button"
        onClick={async () =>
          downloadText(
            (await exporter()).toCsv(
              await withDetails(items),
              catalog.districts,
              view.lang,
              catalog.reviewed,
              view.asof,
            ),
            'text/csv;charset=utf-8',
            exportFileName('csv', parts, new Date()),
          )
        }
      >
        {t('export.csv')}
      </button>
      <button
        type="button"
        className="button"
        onClick={async () =>
          downloadText(
            (await exporter()).toGeoJson(
              await withDetails(items),
              await geometry(itemsUrl),
              catalog.districts,
              catalog.reviewed,
              view.asof,
            ),
            'application/geo+json',
            exportFileName('geojson', parts, new Date()),
          )
        }
      >
        {t('export.geojson')}
      </button>
      <Suspense fallback={null}>
        <ImageButtons
          map={map}
          catalog={catalog}
          subtitle={subtitle}
          focus={view.item}
          asof={view.asof}
          subject={imageSubject(catalog, view, items)}
          nameParts={parts}
          buttonClass="button"
          busyClass="panel-note"
        />
      </Suspense>
    </section>
  );
}
