import { DEFAULT_VIEW, type ViewState } from './types.ts';
import { type KnownIds, parseView } from './url.ts';

// The ids both URL test files parse against: Jinan's districts and three real items.

export const ADCODES = [
  '370102',
  '370103',
  '370104',
  '370105',
  '370112',
  '370113',
  '370114',
  '370115',
  '370116',
  '370117',
  '370124',
  '370126',
];
export const ITEMS = ['hsr-jinan-laiwu', 'airport-phase2', 'longshan-culture-chengziya'];
export const known: KnownIds = { items: new Set(ITEMS), districts: new Set(ADCODES) };

export const view = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...patch });
export const parse = (search: string) => parseView(search, known);
