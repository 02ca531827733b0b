import type { ExpressionSpecification } from 'maplibre-gl';

/** A `match` expression from a lookup table: the style follows the table, never a second copy of it. */
export function matchTable(field: string, table: Record<string, string>, fallback: string): ExpressionSpecification {
  return ['match', ['get', field], ...Object.entries(table).flat(), fallback] as unknown as ExpressionSpecification;
}
