import { inDirection } from '../catalog/directions.ts';
import type { Catalog } from '../catalog/types';
import { type Lang, type MessageKey, translate } from '../i18n';
import { labelOf } from '../i18n/labels';
import { itemFigures } from '../ui/figures';
import type { Deck, Slide } from './types';

/** The caption line of an exported slide: its own title, else its item's name, zone or the deck title. */
export function slideSubtitle(slide: Slide, deck: Deck, catalog: Catalog, lang: Lang): string {
  const zh = lang === 'zh';
  const item = slide.item ? catalog.items.find((i) => i.id === slide.item) : undefined;
  return (
    (zh ? slide.title_zh : slide.title_en) ||
    (item ? (zh ? item.name_zh : item.name_en) : '') ||
    (slide.zone ? labelOf('zone', slide.zone, lang) : '') ||
    (zh ? deck.title_zh : deck.title_en)
  );
}

/**
 * The caption card's words as plain lines (for the exported PowerPoint's caption box): what the
 * slide says of its item, direction or the whole plan, from the live catalogue.
 */
export function slideCaption(slide: Slide, catalog: Catalog, lang: Lang): string[] {
  const t = (k: MessageKey) => translate(lang, k);
  const zh = lang === 'zh';
  const own = zh ? slide.note_zh : slide.note_en;
  const item = slide.kind === 'item' && slide.item ? catalog.items.find((i) => i.id === slide.item) : undefined;
  if (item) {
    const facts = itemFigures(item, catalog.reviewed, lang, t);
    return [
      `${labelOf('zone', item.zone, lang)} · ${labelOf('category', item.category, lang)}`,
      `${labelOf('status', item.status, lang)}${facts.years ? ` · ${facts.years}` : ''} (${facts.statusAsOf})`,
      ...facts.headline,
      ...(own ? [own] : []),
    ];
  }
  if (slide.kind === 'zone' && slide.zone) {
    const zone = slide.zone;
    const info = catalog.zones.find((z) => z.zone === zone);
    const role = info ? (zh ? info.role_zh : info.role_en) : '';
    return [own || role, `${catalog.items.filter((i) => inDirection(i, zone)).length} ${t('present.items')}`].filter(
      Boolean,
    );
  }
  return [
    ...(own ? [own] : []),
    `${catalog.items.length} ${t('present.items')} · ${catalog.items.filter((i) => i.geometry_kind).length} ${t('present.mapped')}`,
  ];
}
