import { DETAIL_FIELDS, type ItemDetails } from '../catalog/types.ts';

// The edits the page shows now (kept on this device, or a workbook being previewed), for the parts
// that fetch an item's long texts on their own (the card, the exports). Part of the first load: tiny.

/** The edited items' properties as the files would hold them, by id. */
export type EditedItems = Record<string, Record<string, unknown>>;

let active: EditedItems | null = null;
export const activeEdits = () => active;
export const setActiveEdits = (items: EditedItems | null) => {
  active = items;
};

/** An item's long texts with its edits. */
export function detailsWithEdits(id: string, details: ItemDetails, items: EditedItems | null): ItemDetails {
  const edit = items?.[id];
  if (!edit) return details;
  const next: Record<string, unknown> = { ...details };
  // The milestones and history travel with the details too (with their sources): an edit's own win.
  for (const f of [...DETAIL_FIELDS, 'milestones', 'history'] as const) if (f in edit) next[f] = edit[f];
  return next as unknown as ItemDetails;
}
