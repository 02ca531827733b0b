import { describe, expect, it } from 'vitest';
import { uiPalette } from '../map/palette';
import { withAlpha } from './furniture';

describe('withAlpha', () => {
  it('turns a palette colour into a translucent one for the furniture’s panels', () => {
    expect(withAlpha(uiPalette.paper, 0.95)).toBe('rgba(255, 253, 248, 0.95)');
    expect(withAlpha('#1F4E79', 1)).toBe('rgba(31, 78, 121, 1)');
    expect(withAlpha('#000000', 0)).toBe('rgba(0, 0, 0, 0)');
  });
});
