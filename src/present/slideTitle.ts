import type { Catalog } from '../catalog/types';
import type { Lang } from '../i18n';
import { labelOf } from '../i18n/labels';
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
