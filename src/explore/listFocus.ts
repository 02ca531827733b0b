// The list's id and its keyboard moves: shared by the search box (first view) and the list (loaded later).

export const LIST_ID = 'item-list';

/** Moves focus between the rows with the arrow keys, Home and End. */
export function focusRow(list: HTMLElement | null, from: Element | null, step: 1 | -1 | 'first' | 'last') {
  const rows = [...(list?.querySelectorAll<HTMLButtonElement>('button.item-row') ?? [])];
  if (rows.length === 0) return;
  const at = rows.indexOf(from as HTMLButtonElement);
  const next =
    step === 'first' ? 0 : step === 'last' ? rows.length - 1 : Math.max(0, Math.min(rows.length - 1, at + step));
  rows[next]?.focus();
}
