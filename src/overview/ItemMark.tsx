import { TIMELINE_COLOURS } from '../map/themes';
import type { ItemShape } from './shapes';

// One item on the overview, styled like the map's item layers: lines by mode, sites and areas by
// category; dashed when planned or building, dotted and hollow when schematic.

interface Props {
  shape: ItemShape;
  /** The item's name, as a tooltip. */
  name?: string;
  /** Another item is spotlighted. */
  dim?: boolean;
  /** Drawn again on top of the others, with a dark halo; not interactive. */
  emphasis?: 'hover' | 'selected';
}

const HALO = '#1b1b1b';

export function ItemMark({ shape, name, dim, emphasis }: Props) {
  const { id, kind, d, colour, schematic, dashed, behind } = shape;
  const strong = emphasis !== undefined;
  // The overview's own handlers find an item by data-item-id; the emphasis copy is not picked.
  const data = strong
    ? { 'data-emphasis': emphasis, 'data-emphasis-id': id }
    : { 'data-item-id': id, 'data-kind': kind, 'data-behind': behind || undefined };
  const dash = schematic ? '1.5 3' : dashed ? '6 3.5' : undefined;
  return (
    <g className="overview__item" opacity={dim ? 0.25 : 1} {...data}>
      {name ? <title>{name}</title> : null}
      {kind === 'point' ? (
        shape.points.map(([x, y]) => (
          <circle
            key={`${x},${y}`}
            cx={x}
            cy={y}
            r={strong ? 8 : 5}
            fill={schematic ? '#fff' : colour}
            stroke={strong ? HALO : behind ? TIMELINE_COLOURS.behind : schematic ? colour : '#fff'}
            strokeWidth={strong ? 3 : behind ? 2.6 : schematic ? 2.2 : 1.6}
          />
        ))
      ) : (
        <>
          {strong ? <path d={d} fill="none" stroke={HALO} strokeOpacity={0.35} strokeWidth={10} /> : null}
          {behind && !strong ? (
            <path d={d} fill="none" stroke={TIMELINE_COLOURS.behind} strokeOpacity={0.9} strokeWidth={7} />
          ) : null}
          <path
            d={d}
            fill={kind === 'area' ? colour : 'none'}
            fillOpacity={kind === 'area' ? (strong ? 0.32 : shape.fillOpacity) : undefined}
            stroke={colour}
            strokeWidth={strong ? 4 : kind === 'area' ? 1.6 : schematic ? 1.4 : 2.8}
            strokeDasharray={strong ? undefined : dash}
          />
          {/* Thin lines and area outlines are hard to hit: a wider invisible stroke takes the pointer. */}
          {strong ? null : <path className="overview__hit" d={d} fill="none" stroke="transparent" strokeWidth={12} />}
        </>
      )}
    </g>
  );
}
