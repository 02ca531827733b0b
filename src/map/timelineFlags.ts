import type { StatusesAt } from '../catalog/atMonth.ts';
import type { CatalogItem } from '../catalog/types.ts';
import { DASHED_STATUSES } from './themes.ts';

// The status at the month shown, as per-feature flags over the style the item's own status gives
// (items.ts draws planned and building lines dashed from the `status` property). Only where the month
// differs from that does a feature carry a flag, so "today" sets almost none, and a step of the slider
// touches only the items whose state changed:
//   dashed   drawn dashed at the month, though its own status is drawn solid (not yet open then)
//   solid    drawn solid at the month, though its own status is drawn dashed (open by then, expected)
//   unknown  nothing says what it was then: muted
//   behind   a planned date had passed without the event: the behind-schedule ring

/** One item's flags, as featureFlags.ts's Flags (written out here: featureFlags.ts imports this module). */
type Flags = Readonly<Record<string, boolean>>;

export const TIMELINE_FLAG_KEYS = ['dashed', 'solid', 'unknown', 'behind'] as const;

const isDashed = (status: string) => (DASHED_STATUSES as readonly string[]).includes(status);

/** The flags that are on, by item id; an item with none is left out. */
export function timelineFlags(items: readonly CatalogItem[], at: StatusesAt): Map<string, Flags> {
  const out = new Map<string, Flags>();
  for (const item of items) {
    const a = at.get(item.id);
    if (!a) continue;
    const unknown = a.status === 'unknown';
    const own = isDashed(item.status);
    const then = !unknown && isDashed(a.status);
    const dashed = then && !own;
    const solid = own && !then;
    if (dashed || solid || unknown || a.behind) out.set(item.id, { dashed, solid, unknown, behind: a.behind });
  }
  return out;
}
