import type { ExpressionSpecification } from 'maplibre-gl';
import type { Filters } from '../../catalog/select.ts';
import type { Status } from '../../catalog/vocab.ts';

// The panel's filters as one MapLibre filter expression over the stable items source: choosing a
// zone or a district changes a filter, never the data. Each feature carries `districts`, the
// comma-separated adcodes it touches (derived at build time), and `zones`, its directions likewise.

export function itemFilter(f: Filters): ExpressionSpecification {
  const parts: ExpressionSpecification[] = [];
  // `zones` holds the primary zone and the others (`zones_also`); the names hold no comma.
  if (f.zone !== null) parts.push(['in', `,${f.zone},`, ['concat', ',', ['get', 'zones'], ',']]);
  if (f.districts.length > 0) {
    // 'in' on a string is a substring test; adcodes are six digits, so ',370114,' cannot match by accident.
    const padded: ExpressionSpecification = ['concat', ',', ['get', 'districts'], ','];
    parts.push(['any', ...f.districts.map((d): ExpressionSpecification => ['in', `,${d},`, padded])]);
  }
  if (f.categories.length > 0) parts.push(['in', ['get', 'category'], ['literal', [...f.categories]]]);
  if (f.at && (f.statuses.length > 0 || f.late)) {
    // The status at the month shown is no feature property: the items that pass are named instead.
    // Only the labels take this filter (the shapes take feature-state), and only while such a filter is on.
    const ids: string[] = [];
    for (const [id, at] of f.at)
      if ((f.statuses.length === 0 || f.statuses.includes(at.status as Status)) && (!f.late || at.behind)) ids.push(id);
    parts.push(['in', ['get', 'id'], ['literal', ids]]);
  } else if (f.statuses.length > 0) parts.push(['in', ['get', 'status'], ['literal', [...f.statuses]]]);
  if (f.hits) parts.push(['in', ['get', 'id'], ['literal', [...f.hits]]]);
  return parts.length === 0 ? ['literal', true] : ['all', ...parts];
}
