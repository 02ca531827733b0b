import { inDirection } from '../catalog/directions.ts';
import { visible } from '../catalog/select';
import { countProgress, monthOf } from '../catalog/timeline.ts';
import type { Catalog, CatalogItem, DetailField, ItemDetails } from '../catalog/types.ts';
import { STATUSES } from '../catalog/vocab.ts';
import { type Lang, type MessageKey, translate } from '../i18n';
import { labelOf } from '../i18n/labels';
import { itemFigures } from '../ui/figures';
import { openingsBy } from './timeline';
import type { Slide, SlideNotes } from './types';

// Speaker notes composed from the catalogue: what a presenter needs at hand but the audience does not
// see — the key figures, the status and the date it was last confirmed, the report's own words and the
// sources. Pure: the default deck's notes are written into deck.default.json by the generator; a
// results deck made in the browser gets notes without the long texts (details.json is not loaded).

/** An item with its long texts when the caller has them (the build does, the browser may not). */
export type NotesItem = CatalogItem & Partial<Pick<ItemDetails, DetailField>>;

type SlideFacts = Pick<
  Slide,
  'kind' | 'zone' | 'districts' | 'categories' | 'statuses' | 'item' | 'note_zh' | 'note_en' | 'asof'
>;

const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));

function statusCounts(items: readonly CatalogItem[], lang: Lang): string {
  const sep = lang === 'zh' ? '、' : ', ';
  return STATUSES.map((s) => [s, items.filter((i) => i.status === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${labelOf('status', s, lang)} ${n}`)
    .join(sep);
}

function itemNotes(item: NotesItem, reviewed: string, lang: Lang): string[] {
  const t = (k: MessageKey) => translate(lang, k);
  const zh = lang === 'zh';
  const colon = zh ? '：' : ': ';
  const [open, close] = zh ? ['（', '）'] : [' (', ')'];
  const facts = itemFigures(item, reviewed, lang, t);
  const lines = [
    `${zh ? item.name_zh : item.name_en}`,
    `${t('notes.status')}${colon}${labelOf('status', item.status, lang)}${open}${facts.statusAsOf}${close}${
      facts.years ? ` · ${t('card.years')} ${facts.years}` : ''
    }`,
  ];
  if (facts.figures.length > 0) lines.push(facts.figures.map((f) => f.text).join(' · '));
  // The report is quoted in its own words (Chinese) in both languages.
  if (item.report_quote)
    lines.push(
      `${t('card.quote')}${item.report_section ? `${open}${item.report_section}${close}` : ''}${colon}“${item.report_quote}”`,
    );
  const summary = zh ? item.summary_zh : item.summary_en;
  if (summary) lines.push(`${t('notes.summary')}${colon}${summary}`);
  if (item.sources && item.sources.length > 0)
    lines.push(`${t('card.sources')}${colon.trim()}`, ...item.sources.map((s, k) => `${k + 1}. ${s}`));
  return lines;
}

function notesIn(
  catalog: Catalog<NotesItem>,
  slide: SlideFacts,
  lang: Lang,
  pool: readonly CatalogItem[] | undefined,
): string {
  const t = (k: MessageKey) => translate(lang, k);
  const zh = lang === 'zh';
  const colon = zh ? '：' : ': ';
  const asOf = `${t('present.asOf')} ${catalog.reviewed}`;

  if (slide.kind === 'item' && slide.item) {
    const item = catalog.items.find((i) => i.id === slide.item);
    if (item) return [...itemNotes(item, catalog.reviewed, lang), asOf].join('\n');
  }
  if (slide.kind === 'zone' && slide.zone) {
    const zone = slide.zone;
    const items = catalog.items.filter((i) => inDirection(i, zone));
    const info = catalog.zones.find((z) => z.zone === zone);
    const lines = [labelOf('zone', zone, lang)];
    if (info) lines.push(`${t('notes.role')}${colon}${zh ? info.role_zh : info.role_en}`);
    lines.push(
      fill(t('notes.inDirection'), { n: items.length }),
      `${t('notes.byStatus')}${colon}${statusCounts(items, lang)}`,
      asOf,
    );
    return lines.join('\n');
  }
  if (slide.kind === 'timeline') {
    // What opened when, up to the slide's month (or the review), and how far the plan had come then.
    const zone = slide.zone;
    const scope = zone ? catalog.items.filter((i) => inDirection(i, zone)) : catalog.items;
    const end = slide.asof ?? monthOf(catalog.reviewed);
    const opened = openingsBy(scope, end);
    const p = countProgress(scope, end, catalog.reviewed);
    const sep = zh ? '、' : ', ';
    return [
      `${t('present.timeline')} · ${zone ? labelOf('zone', zone, lang) : t('present.timelineCity')}`,
      `${fill(t('notes.openedSince'), { n: opened.length, month: end })}${colon.trim()}`,
      ...opened.map((o) => `${o.month} ${zh ? o.item.name_zh : o.item.name_en}`),
      `${fill(t('progress.title'), { month: end })}${colon}${[
        `${t('progress.done')} ${p.done}`,
        `${t('progress.under_way')} ${p.under_way}`,
        `${t('progress.not_started')} ${p.not_started}`,
        `${t('progress.unknown')} ${p.unknown}`,
      ].join(sep)}${sep}${t('progress.behind')} ${p.behind}`,
      asOf,
    ].join('\n');
  }
  // Title and summary: the deck's own items (a results deck), else what the slide's filters keep (the
  // whole catalogue for the default deck).
  const items =
    pool ??
    visible(catalog.items, {
      zone: slide.zone,
      districts: slide.districts,
      categories: slide.categories,
      statuses: slide.statuses,
      hits: null,
    });
  const own = zh ? slide.note_zh : slide.note_en;
  return [
    ...(own ? [own] : []),
    fill(t('notes.total'), { n: items.length, m: items.filter((i) => i.geometry_kind !== null).length }),
    `${t('notes.byStatus')}${colon}${statusCounts(items, lang)}`,
    asOf,
  ].join('\n');
}

/** The speaker notes of a slide, in both languages; `pool`: the items a title or summary slide sums up. */
export function slideNotes(catalog: Catalog<NotesItem>, slide: SlideFacts, pool?: readonly CatalogItem[]): SlideNotes {
  return { zh: notesIn(catalog, slide, 'zh', pool), en: notesIn(catalog, slide, 'en', pool) };
}
