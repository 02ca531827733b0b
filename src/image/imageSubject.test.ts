import { beforeAll, describe, expect, it } from 'vitest';
import { realCatalog } from '../../scripts/test/realCatalog.ts';
import type { Catalog } from '../catalog/types.ts';
import { imageSubject } from './imageSubject';

// What a picture of the explore view frames, with the real catalogue.

const ZHANGQIU = '370114';
let catalog: Catalog;

beforeAll(() => {
  catalog = realCatalog().catalog;
});

const none = { item: null, districts: [], zone: null };

describe('imageSubject', () => {
  it('frames the chosen item, else the chosen districts, else the chosen zone', () => {
    const line = catalog.items.find((i) => i.id === 'hsr-jinan-laiwu');
    expect(imageSubject(catalog, { ...none, item: 'hsr-jinan-laiwu' }, catalog.items)).toEqual(line?.bounds);
    const district = catalog.districts.find((d) => d.adcode === ZHANGQIU);
    expect(imageSubject(catalog, { ...none, districts: [ZHANGQIU], zone: '东强' }, [])).toEqual(district?.bounds);
    const zone = catalog.zones.find((z) => z.zone === '东强');
    expect(imageSubject(catalog, { ...none, zone: '东强' }, [])).toEqual(zone?.bounds);
  });

  it('frames what the filters keep, leaving out items without a place', () => {
    const kept = catalog.items.filter((i) => i.category === 'culture');
    const placed = kept.filter((i) => i.bounds);
    expect(placed.length).toBeGreaterThan(1);
    expect(kept.length).toBeGreaterThan(placed.length);
    const b = imageSubject(catalog, none, kept);
    expect(b).toEqual([
      Math.min(...placed.map((i) => i.bounds?.[0] ?? Infinity)),
      Math.min(...placed.map((i) => i.bounds?.[1] ?? Infinity)),
      Math.max(...placed.map((i) => i.bounds?.[2] ?? -Infinity)),
      Math.max(...placed.map((i) => i.bounds?.[3] ?? -Infinity)),
    ]);
  });

  it('leaves the live view alone when nothing is chosen or filtered, or nothing kept has a place', () => {
    expect(imageSubject(catalog, none, catalog.items)).toBeNull();
    expect(
      imageSubject(
        catalog,
        none,
        catalog.items.filter((i) => !i.bounds),
      ),
    ).toBeNull();
  });
});
