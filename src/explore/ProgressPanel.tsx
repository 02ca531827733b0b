import { progressBy, type StatusesAt } from '../catalog/atMonth';
import { directionsOf } from '../catalog/directions';
import type { ProgressCounts } from '../catalog/timeline';
import type { Catalog, CatalogItem } from '../catalog/types';
import { DIRECTIONS } from '../catalog/vocab';
import type { Lang } from '../i18n';
import { useT } from '../i18n/context';
import { labelOf } from '../i18n/labels';
import { districtName } from '../i18n/names';
import { ProgressBars } from '../ui/Progress';
import { monthText } from './monthText';

const NONE: ProgressCounts = { done: 0, under_way: 0, not_started: 0, unknown: 0, behind: 0, total: 0 };

interface Props {
  items: readonly CatalogItem[];
  at: StatusesAt;
  month: string;
  lang: Lang;
}

/** Progress at the month shown, per direction (东强 … 中优), of the items the filters keep. */
export function DirectionProgress({ items, at, month, lang }: Props) {
  const t = useT();
  const by = progressBy(items, directionsOf, at);
  return (
    <>
      <h3 className="panel-subtitle">
        {t('progress.title').replace('{month}', monthText(month, lang))} · {t('progress.byDirection')}
      </h3>
      <ProgressBars
        keys={DIRECTIONS}
        label={(z) => labelOf('zone', z, lang)}
        counts={(z) => by.get(z) ?? NONE}
        testId="progress-directions"
      />
    </>
  );
}

/** Progress at the month shown, per district, of the items the filters keep (an item under each district it touches). */
export function DistrictProgress({ items, at, month, lang, catalog }: Props & { catalog: Catalog }) {
  const t = useT();
  const by = progressBy(items, (i) => (i.districts?.inside ?? []).map((d) => d.key), at);
  return (
    <>
      <h3 className="panel-subtitle">
        {t('progress.title').replace('{month}', monthText(month, lang))} · {t('progress.byDistrict')}
      </h3>
      <ProgressBars
        keys={catalog.districts.map((d) => d.adcode)}
        label={(adcode) =>
          districtName(
            catalog.districts.find((d) => d.adcode === adcode),
            lang,
            adcode,
          )
        }
        counts={(adcode) => by.get(adcode) ?? NONE}
        testId="progress-districts"
      />
    </>
  );
}
