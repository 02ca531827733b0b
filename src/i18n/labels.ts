// The names of the catalogue's codes (zones, categories, statuses, transport modes) in the reader's
// language. The names themselves live in the one locale table (zh-CN.ts, en.ts); this file only says
// where each code's name is, so that no caller builds a key out of a string.
import type { Category, Mode, Status, Zone } from '../catalog/vocab.ts';
import { type Lang, type MessageKey, translate } from './index.ts';

/** The closed vocabularies of vocab.ts whose codes the interface names, by the key's prefix. */
export interface Vocabularies {
  zone: Zone;
  category: Category;
  status: Status;
  mode: Mode;
}
export type Vocabulary = keyof Vocabularies;

/**
 * Each code's key in the locale table. The keys are typed from the vocabulary: a code added to
 * vocab.ts without its line in zh-CN.ts is a type error here, not a missing label on screen.
 */
const KEYS: { [V in Vocabulary]: (code: Vocabularies[V]) => MessageKey } = {
  zone: (zone) => `zone.${zone}`,
  category: (category) => `category.${category}`,
  status: (status) => `status.${status}`,
  mode: (mode) => `mode.${mode}`,
};

/** The locale-table key of a code, e.g. ('status', 'in_operation') → 'status.in_operation'. */
export function labelKey<V extends Vocabulary>(vocabulary: V, code: Vocabularies[V]): MessageKey {
  return KEYS[vocabulary](code);
}

/**
 * A code's name in a language: labelOf('zone', '东强', 'en') → 'East strong'. A zone's Chinese name
 * is the zone itself (东强), so the one call serves both languages.
 */
export function labelOf<V extends Vocabulary>(vocabulary: V, code: Vocabularies[V], lang: Lang): string {
  return translate(lang, labelKey(vocabulary, code));
}

/** A zone's name where a map draws it, marked as schematic: 北起（示意）, North rising (schematic). */
export function zoneOnMap(zone: Zone, lang: Lang): string {
  return translate(lang, 'zones.onMap').replace('{zone}', labelOf('zone', zone, lang));
}
