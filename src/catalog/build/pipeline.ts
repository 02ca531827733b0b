import turfArea from '@turf/area';
import turfBbox from '@turf/bbox';
import simplify from '@turf/simplify';
import type { Feature } from 'geojson';
import { olderThan } from '../dates.ts';
import { zonesProperty } from '../directions.ts';
import { shortName } from '../labelName.ts';
import {
  BUILD_ONLY_FIELDS,
  type Catalog,
  type CatalogItem,
  DETAIL_FIELDS,
  type FullItem,
  type GeometryKind,
  type ItemDetails,
  type Measure,
  type ShippedItem,
} from '../types.ts';
import type { Zone } from '../vocab.ts';
import { type Area, bounds, indexAreas, labelPoint, measure } from './derive.ts';
import { validateReview } from './review.ts';
import { searchKeys } from './searchKeys.ts';
import { checkUnique, formatIssue, type Issue, type Item, validateFile } from './validate.ts';

// The pipeline from geo/ to what the app ships: validate every item file, stop on any issue, derive
// the memberships, and split the result into the catalogue (properties + derived facts, for panels)
// and the map data (geometry + the few properties the style uses).

export class CatalogError extends Error {
  constructor(readonly issues: Issue[]) {
    super(
      `The catalogue in geo/ has ${issues.length} problem${issues.length === 1 ? '' : 's'}:\n${issues
        .map((i) => `  - ${formatIssue(i)}`)
        .join('\n')}`,
    );
    this.name = 'CatalogError';
  }
}

export interface Inputs {
  files: { file: string; text: string }[];
  districts: Area[];
  zones: Area[];
  /** geo/review.json: when the whole catalogue was last reviewed (text null: there is no such file). */
  review: { file: string; text: string | null };
}

export interface Output {
  catalog: Catalog<FullItem>;
  /** The items' geometry and one label point each, with the properties the style reads. */
  map: { type: 'FeatureCollection'; features: unknown[] };
  /** The schematic zones and one label point each. */
  zones: { type: 'FeatureCollection'; features: unknown[] };
  warnings: string[];
}

const roundedBounds = (f: Area) =>
  turfBbox(f).map((v) => Math.round(v * 1e5) / 1e5) as [number, number, number, number];

const kindOf = (item: Item): GeometryKind | null => {
  const t = item.geometry?.type;
  if (!t) return null;
  return t.endsWith('Point') ? 'point' : t.endsWith('LineString') ? 'line' : 'area';
};

/** Simplification of drawn geometry, in degrees (0.001° ≈ 100 m in Jinan). */
const DRAWN_TOLERANCE = { point: 0, line: 0.001, area: 0.003 } as const;

/** Share of an item's geometry that has to lie in its tagged zone before we call the tag consistent. */
const ZONE_AGREEMENT = 0.05;

function zoneWarning(item: Item, zones: Measure | null): string | null {
  const zone = item.properties.zone;
  if (!zones || zone === '全市') return null;
  const mine = zones.inside.find((s) => s.key === zone)?.share ?? 0;
  if (mine >= ZONE_AGREEMENT) return null;
  const where = zones.inside.map((s) => `${s.key} ${Math.round(s.share * 100)} %`).join(', ') || 'outside Jinan';
  return `${item.properties.id}: tagged ${zone}, but its geometry lies in ${where}`;
}

export function buildCatalog({ files, districts, zones, review: reviewFile }: Inputs): Output {
  const validated = files.map(({ file, text }) => ({ file, ...validateFile(file, text) }));
  const issues = [...validated.flatMap((v) => v.issues), ...checkUnique(validated)];
  const dated = validated.flatMap(({ file, items }) => items.map(({ properties: p }) => ({ ...p, file })));
  const { review, issues: reviewIssues } = validateReview(reviewFile.file, reviewFile.text, dated);
  issues.push(...reviewIssues);
  if (issues.length > 0 || !review) throw new CatalogError(issues);

  const districtIndex = indexAreas(districts, (d) => String(d.properties.adcode));
  const zoneIndex = indexAreas(zones, (z) => String(z.properties.zone));
  const warnings: string[] = [];
  const items: FullItem[] = [];
  const mapFeatures: unknown[] = [];

  for (const { file, items: fileItems } of validated) {
    for (const item of fileItems) {
      const inZones = measure(item, zoneIndex);
      const warning = zoneWarning(item, inZones);
      if (warning) warnings.push(warning);
      const kind = kindOf(item);
      const derivedDistricts = measure(item, districtIndex);
      items.push({
        ...item.properties,
        file,
        geometry_kind: kind,
        bounds: bounds(item),
        label: labelPoint(item),
        districts: derivedDistricts,
        zones_geometry: inZones,
        search: searchKeys(item.properties.name_zh, item.properties.name_en),
        // A status last confirmed long before the review is shown as 待核实 · to be re-checked.
        recheck: olderThan(item.properties.status_as_of, review.reviewed, review.recheck_after_months),
      });
      if (item.geometry) {
        const p = item.properties;
        // The fields the filter expression reads are on every feature; the rest only where drawn.
        const filterable = {
          id: p.id,
          // Adcodes of the districts the item touches, for the map's district filter expression.
          districts: (derivedDistricts?.inside ?? []).map((d) => d.key).join(','),
          category: p.category,
          status: p.status,
          zone: p.zone,
          // The primary zone and the others, for the map's zone filter expression (`zone` colours the item).
          zones: zonesProperty(p),
          kind,
        };
        mapFeatures.push({
          type: 'Feature',
          properties: {
            ...filterable,
            schematic: p.schematic,
            mode: p.mode,
            // Large areas are drawn fainter; the style reads their size from here.
            ...(kind === 'area' ? { area_km2: Math.round(turfArea(item as Feature) / 1e6) } : {}),
          },
          // Drawn detail: ~300 m for areas (outlines estimated to a kilometre or more, or county borders
          // for the 22,000 km² metropolitan area), ~100 m for lines. The derived facts used full detail.
          geometry:
            kind === 'point'
              ? item.geometry
              : simplify(item as Feature, { tolerance: DRAWN_TOLERANCE[kind ?? 'line'] }).geometry,
        });
        // One label point per item, on the geometry: MapLibre would otherwise label a polygon once per tile.
        const at = labelPoint(item);
        if (at)
          mapFeatures.push({
            type: 'Feature',
            properties: {
              ...filterable,
              label: true,
              // Labels drop the bracketed part of a name: 龙山文化（章丘城子崖遗址） is labelled 龙山文化.
              label_zh: shortName(p.name_zh),
              label_en: shortName(p.name_en),
            },
            geometry: { type: 'Point', coordinates: at },
          });
      }
    }
  }
  items.sort((a, b) => a.id.localeCompare(b.id));
  const catalog: Catalog<FullItem> = {
    version: 1,
    reviewed: review.reviewed,
    recheck_after_months: review.recheck_after_months,
    districts: districts.map((d) => ({
      adcode: String(d.properties.adcode),
      name_zh: String(d.properties.name_zh),
      name_en: String(d.properties.name_en),
      bounds: roundedBounds(d),
    })),
    zones: zones.map((z) => ({
      zone: z.properties.zone as Zone,
      zone_en: String(z.properties.zone_en),
      role_zh: String(z.properties.role_zh),
      role_en: String(z.properties.role_en),
      area_km2: Number(z.properties.area_km2),
      bounds: roundedBounds(z),
    })),
    items,
    zone_warnings: warnings,
  };
  const zoneFeatures = zones.flatMap((z) => {
    const at = labelPoint(z as unknown as Item);
    const properties = { zone: z.properties.zone, zone_en: z.properties.zone_en };
    return [
      // Drawn as soft schematic tints, the zones need ~300 m detail, not the districts' full border.
      { type: 'Feature', properties, geometry: simplify(z, { tolerance: 0.003 }).geometry },
      ...(at ? [{ type: 'Feature', properties, geometry: { type: 'Point', coordinates: at } }] : []),
    ];
  });
  return {
    catalog,
    map: { type: 'FeatureCollection', features: mapFeatures },
    zones: { type: 'FeatureCollection', features: zoneFeatures },
    warnings,
  };
}

/** Splits the catalogue into what the first view needs and the long texts a card or an export fetches. */
/**
 * The catalogue as catalog.json ships it: each item's search keys without the ones the browser makes
 * from the names (nameKeys in search.ts; loadCatalog adds them back).
 */
export function shippedCatalog(core: Catalog): Catalog<ShippedItem> {
  return {
    ...core,
    items: core.items.map(({ search, milestones, history, ...item }) => ({
      ...item,
      // Most items have neither: the file leaves the empty lists out (shipped.ts puts them back).
      ...(milestones.length > 0 ? { milestones } : {}),
      ...(history.length > 0 ? { history } : {}),
      search: { pinyin: search.pinyin, initials: search.initials, alt: search.alt },
    })),
  };
}

export function splitCatalog(full: Catalog<FullItem>): { core: Catalog; details: Record<string, ItemDetails> } {
  const details: Record<string, ItemDetails> = {};
  const items = full.items.map((item) => {
    const core: Record<string, unknown> = { ...item };
    const long: Record<string, unknown> = {};
    for (const f of DETAIL_FIELDS) {
      long[f] = item[f];
      delete core[f];
    }
    for (const f of BUILD_ONLY_FIELDS) delete core[f];
    // The timeline needs the dates at once, the citations only in a card or an export.
    long.milestones = item.milestones;
    long.history = item.history;
    core.milestones = item.milestones.map(({ source: _, name_zh, name_en, ...m }) =>
      m.stage === 'phase' ? { ...m, name_zh, name_en } : m,
    );
    // Only the recorded statuses change what the map shows at a month (catalog/timeline.ts).
    core.history = item.history.filter((h) => h.field === 'status').map(({ source: _, ...h }) => h);
    details[item.id] = long as ItemDetails;
    return core as CatalogItem;
  });
  return { core: { ...full, items }, details };
}
