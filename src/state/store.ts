import type { Category, Status, Zone } from '../catalog/vocab.ts';
import type { Lang } from '../i18n';
import type { Camera, DeckId, ViewState } from './types';

// Every change to the view is one of these actions, applied by a pure reducer: easy to test and to
// replay, and the URL is written from its result.

export type Chip =
  | { kind: 'zone'; value: Zone }
  | { kind: 'district'; value: string }
  | { kind: 'category'; value: Category }
  | { kind: 'status'; value: Status }
  | { kind: 'late'; value: true }
  | { kind: 'q'; value: string };

export type Action =
  | { type: 'lang'; lang: Lang }
  | { type: 'zone'; zone: Zone | null }
  | { type: 'toggleDistrict'; adcode: string }
  | { type: 'toggleCategory'; category: Category }
  | { type: 'toggleStatus'; status: Status }
  | { type: 'query'; q: string }
  | { type: 'select'; id: string | null }
  | { type: 'camera'; camera: Camera }
  | { type: 'remove'; chip: Chip }
  | { type: 'clearFilters' }
  | { type: 'replace'; view: ViewState }
  | { type: 'present'; deck: DeckId | null; slide?: number }
  | { type: 'slide'; slide: number }
  /** The month shown (YYYY-MM), or null for today (the review month). */
  | { type: 'asof'; asof: string | null }
  | { type: 'toggleLate' };

const toggle = <T>(list: readonly T[], value: T): T[] =>
  list.includes(value) ? list.filter((v) => v !== value) : [...list, value];

export function reducer(view: ViewState, action: Action): ViewState {
  switch (action.type) {
    case 'lang':
      return { ...view, lang: action.lang };
    case 'zone':
      // Choosing the chosen zone again clears it, like a toggle button.
      return { ...view, zone: view.zone === action.zone ? null : action.zone };
    case 'toggleDistrict':
      return { ...view, districts: toggle(view.districts, action.adcode) };
    case 'toggleCategory':
      return { ...view, categories: toggle(view.categories, action.category) };
    case 'toggleStatus':
      return { ...view, statuses: toggle(view.statuses, action.status) };
    case 'query':
      return { ...view, q: action.q };
    case 'select':
      return { ...view, item: action.id };
    case 'camera':
      return { ...view, camera: action.camera };
    case 'remove':
      return removeChip(view, action.chip);
    case 'clearFilters':
      return { ...view, zone: null, districts: [], categories: [], statuses: [], late: false, q: '' };
    case 'replace':
      return action.view;
    case 'present':
      return {
        ...view,
        present: action.deck,
        slide: action.deck ? (action.slide ?? 1) : 1,
        console: action.deck ? view.console : false,
      };
    case 'slide':
      return view.present ? { ...view, slide: action.slide } : view;
    case 'asof':
      // The same month again keeps the view as it is: a timeline's play repeats it at its end.
      return view.asof === action.asof ? view : { ...view, asof: action.asof };
    case 'toggleLate':
      return { ...view, late: !view.late };
  }
}

function removeChip(view: ViewState, chip: Chip): ViewState {
  switch (chip.kind) {
    case 'zone':
      return { ...view, zone: null };
    case 'district':
      return { ...view, districts: view.districts.filter((d) => d !== chip.value) };
    case 'category':
      return { ...view, categories: view.categories.filter((c) => c !== chip.value) };
    case 'status':
      return { ...view, statuses: view.statuses.filter((s) => s !== chip.value) };
    case 'late':
      return { ...view, late: false };
    case 'q':
      return { ...view, q: '' };
  }
}

/** The active filters, one chip each, in the panel's order. */
export function chips(view: ViewState): Chip[] {
  return [
    ...(view.zone ? [{ kind: 'zone', value: view.zone } as const] : []),
    ...view.districts.map((value) => ({ kind: 'district', value }) as const),
    ...view.categories.map((value) => ({ kind: 'category', value }) as const),
    ...view.statuses.map((value) => ({ kind: 'status', value }) as const),
    ...(view.late ? [{ kind: 'late', value: true } as const] : []),
    ...(view.q ? [{ kind: 'q', value: view.q } as const] : []),
  ];
}
