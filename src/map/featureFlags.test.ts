import { describe, expect, it } from 'vitest';
import { featureFlags, type MapChoices, NO_FEATURE_FLAGS, stateUpdates } from './featureFlags';

const ids = ['a', 'b', 'c'];
/** The timeline's flags, all off: every update spells out every flag of its source. */
const OFF = { dashed: false, solid: false, unknown: false, behind: false };
const view = (v: Partial<MapChoices> = {}): MapChoices => ({
  ids,
  kept: null,
  zone: null,
  districts: [],
  focus: null,
  ...v,
});

describe('per-feature map flags', () => {
  it('flags nothing when nothing is chosen', () => {
    expect(stateUpdates(NO_FEATURE_FLAGS, featureFlags(view()))).toEqual([]);
  });

  it('hides exactly the items the filters leave out', () => {
    const updates = stateUpdates(NO_FEATURE_FLAGS, featureFlags(view({ kept: new Set(['b']) })));
    expect(updates).toEqual([
      { source: 'items', id: 'a', state: { hidden: true, dim: false, ...OFF } },
      { source: 'items', id: 'c', state: { hidden: true, dim: false, ...OFF } },
    ]);
  });

  it('dims every item but the marked ones (a previewed workbook’s changes)', () => {
    expect(stateUpdates(NO_FEATURE_FLAGS, featureFlags(view({ marked: new Set(['b']) })))).toEqual([
      { source: 'items', id: 'a', state: { hidden: false, dim: true, ...OFF } },
      { source: 'items', id: 'c', state: { hidden: false, dim: true, ...OFF } },
    ]);
  });

  it('touches only what changed, and turns flags off explicitly', () => {
    const one = featureFlags(view({ kept: new Set(['b']), districts: ['370102'] }));
    const two = featureFlags(view({ kept: new Set(['a', 'b']), districts: ['370103'] }));
    expect(stateUpdates(one, two)).toEqual([
      { source: 'items', id: 'a', state: { hidden: false, dim: false, ...OFF } },
      { source: 'districts', id: '370102', state: { chosen: false } },
      { source: 'districts', id: '370103', state: { chosen: true } },
    ]);
    expect(stateUpdates(two, two)).toEqual([]);
  });

  it('marks the chosen zone and every other zone, and clears them all again', () => {
    const chosen = featureFlags(view({ zone: '北起' }));
    expect(chosen.zones.get('北起')).toEqual({ chosen: true, other: false });
    expect(chosen.zones.get('东强')).toEqual({ chosen: false, other: true });
    const cleared = stateUpdates(chosen, featureFlags(view()));
    expect(cleared).toHaveLength(chosen.zones.size);
    expect(cleared.every((u) => u.source === 'zones' && !u.state.chosen && !u.state.other)).toBe(true);
  });

  it('dims every item but the spotlighted one; moving the spotlight touches two items', () => {
    const onA = featureFlags(view({ focus: 'a' }));
    expect([...onA.items.keys()]).toEqual(['b', 'c']);
    const moved = stateUpdates(onA, featureFlags(view({ focus: 'b' }))).sort((x, y) => x.id.localeCompare(y.id));
    expect(moved).toEqual([
      { source: 'items', id: 'a', state: { hidden: false, dim: true, ...OFF } },
      { source: 'items', id: 'b', state: { hidden: false, dim: false, ...OFF } },
    ]);
  });

  it('carries the status at the month: a step of the slider touches only the items whose state changed', () => {
    const early = featureFlags(view({ timeline: new Map([['a', { ...OFF, dashed: true }]]) }));
    const later = featureFlags(
      view({ kept: new Set(['a', 'b']), timeline: new Map([['b', { ...OFF, behind: true }]]) }),
    );
    expect(stateUpdates(NO_FEATURE_FLAGS, early)).toEqual([
      { source: 'items', id: 'a', state: { hidden: false, dim: false, ...OFF, dashed: true } },
    ]);
    expect(stateUpdates(early, later)).toEqual([
      { source: 'items', id: 'a', state: { hidden: false, dim: false, ...OFF } },
      { source: 'items', id: 'b', state: { hidden: false, dim: false, ...OFF, behind: true } },
      { source: 'items', id: 'c', state: { hidden: true, dim: false, ...OFF } },
    ]);
  });
});
