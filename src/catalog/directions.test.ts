import { describe, expect, it } from 'vitest';
import { directionsOf, inDirection, zonesProperty } from './directions.ts';

describe('directions of an item', () => {
  const airport = { zone: '北起', zones_also: ['东强'] } as const;
  const single = { zone: '中优', zones_also: [] } as const;
  const city = { zone: '全市', zones_also: [] } as const;

  it('lists the primary zone first, then the others', () => {
    expect(directionsOf(airport)).toEqual(['北起', '东强']);
    expect(directionsOf(single)).toEqual(['中优']);
    expect(zonesProperty(airport)).toBe('北起,东强');
    expect(zonesProperty(city)).toBe('全市');
  });

  it('counts an item as in each of its directions and no other', () => {
    expect(inDirection(airport, '北起')).toBe(true);
    expect(inDirection(airport, '东强')).toBe(true);
    expect(inDirection(airport, '中优')).toBe(false);
    expect(inDirection(single, '北起')).toBe(false);
    // 全市 is a tag of its own: a city-wide item is not in each direction's filter, nor the reverse.
    expect(inDirection(city, '全市')).toBe(true);
    expect(inDirection(city, '东强')).toBe(false);
    expect(inDirection(airport, '全市')).toBe(false);
  });
});
