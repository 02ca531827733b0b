import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  cameraPadding,
  FURNITURE,
  type FurnitureLayout,
  fitFontSize,
  formatDistance,
  furnitureUnit,
  haversineMetres,
  layoutFurniture,
  legendRoom,
  niceScale,
  packColumns,
  pngSize,
  type Rect,
  scaleBox,
  scaledZoom,
} from './imageLayout.ts';

const ZH = { km: '公里', m: '米' };
const EN = { km: 'km', m: 'm' };

/** 1, 2 or 5 times a power of ten. */
function isRound(metres: number): boolean {
  const exponent = Math.floor(Math.log10(metres) + 1e-9);
  const mantissa = Math.round((metres / 10 ** exponent) * 1e6) / 1e6;
  return [1, 2, 5].includes(mantissa);
}

describe('niceScale', () => {
  it('picks the largest 1, 2 or 5 × 10ⁿ that fits', () => {
    expect(niceScale(100, 160)).toEqual({ metres: 10_000, px: 100 }); // up to 16 km: 10 km
    expect(niceScale(100, 200)).toEqual({ metres: 20_000, px: 200 }); // exactly 20 km still fits
    expect(niceScale(10, 160).metres).toBe(1000); // up to 1.6 km
    expect(niceScale(40, 160).metres).toBe(5000); // up to 6.4 km
    expect(niceScale(0.9, 160).metres).toBe(100); // up to 144 m
    expect(niceScale(0.01, 160).metres).toBe(1); // up to 1.6 m
    expect(niceScale(0.002, 160).metres).toBe(0.2);
  });

  it('never exceeds maxPx and never wastes more than 2.5× of it', () => {
    for (let mpp = 0.05; mpp < 5000; mpp *= 1.137) {
      const { metres, px } = niceScale(mpp, 160);
      expect(isRound(metres)).toBe(true);
      expect(px).toBeLessThanOrEqual(160);
      expect(px).toBeGreaterThan(160 / 2.5);
      expect(px).toBeCloseTo(metres / mpp, 9);
    }
  });

  it('gives nothing for a degenerate scale', () => {
    expect(niceScale(0, 160)).toEqual({ metres: 0, px: 0 });
    expect(niceScale(Number.NaN, 160)).toEqual({ metres: 0, px: 0 });
    expect(niceScale(Number.POSITIVE_INFINITY, 160)).toEqual({ metres: 0, px: 0 });
  });
});

describe('formatDistance', () => {
  it('writes metres below 1 km and kilometres from there', () => {
    expect(formatDistance(500, ZH)).toBe('500 米');
    expect(formatDistance(2000, ZH)).toBe('2 公里');
    expect(formatDistance(20_000, EN)).toBe('20 km');
    expect(formatDistance(1000, EN)).toBe('1 km');
    expect(formatDistance(200, EN)).toBe('200 m');
  });

  it('keeps fractions short', () => {
    expect(formatDistance(1500, EN)).toBe('1.5 km');
    expect(formatDistance(0.2, EN)).toBe('0.2 m');
  });
});

describe('fitFontSize', () => {
  // A fake font: every character is 0.6 em wide.
  const measure = (text: string) => (size: number) => text.length * size * 0.6;

  it('keeps the starting size when the text fits', () => {
    expect(fitFontSize(measure('short'), 1000, 40, 12)).toBe(40);
  });

  it('shrinks to the largest size that fits', () => {
    const size = fitFontSize(measure('x'.repeat(100)), 1000, 40, 8);
    expect(size * 100 * 0.6).toBeLessThanOrEqual(1000);
    expect((size + 1) * 100 * 0.6).toBeGreaterThan(1000);
  });

  it('steps down past a first guess that rounding or hinting makes too wide', () => {
    // Wider than proportional at small sizes, as hinted text can be.
    const hinted = (size: number) => 100 * size * 0.6 + (size < 20 ? 40 : 0);
    const size = fitFontSize(hinted, 1000, 40, 8);
    expect(hinted(size)).toBeLessThanOrEqual(1000);
  });

  it('stops at the minimum even when that is still too wide', () => {
    expect(fitFontSize(measure('x'.repeat(10_000)), 100, 40, 9)).toBe(9);
  });
});

describe('pngSize', () => {
  it('reads the size of a real PNG', () => {
    const file = path.resolve(import.meta.dirname, '../../tests/screenshots/first-view.png');
    expect(pngSize(new Uint8Array(fs.readFileSync(file)))).toEqual({ width: 1600, height: 1000 });
  });

  it('reads a PNG inside a larger buffer', () => {
    const png = new Uint8Array(
      fs.readFileSync(path.resolve(import.meta.dirname, '../../tests/screenshots/first-view.png')),
    );
    const padded = new Uint8Array(png.length + 16);
    padded.set(png, 16);
    expect(pngSize(padded.subarray(16))).toEqual({ width: 1600, height: 1000 });
  });

  it('returns null for anything else', () => {
    expect(pngSize(new Uint8Array())).toBeNull();
    expect(pngSize(new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).toBeNull();
    expect(pngSize(new TextEncoder().encode('<html><body>not a picture at all</body></html>'))).toBeNull();
    const jpeg = new Uint8Array(64);
    jpeg.set([0xff, 0xd8, 0xff, 0xe0]);
    expect(pngSize(jpeg)).toBeNull();
    // The signature alone, then something other than IHDR.
    const odd = new Uint8Array(32);
    odd.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x44, 0x41, 0x54]);
    expect(pngSize(odd)).toBeNull();
  });
});

describe('the other layout helpers', () => {
  it('measures great-circle distances', () => {
    // One degree of longitude at Jinan's latitude (36.65° N) is about 89.3 km.
    expect(haversineMetres([117, 36.65], [118, 36.65]) / 1000).toBeCloseTo(89.3, 0);
    expect(haversineMetres([117, 36], [117, 37]) / 1000).toBeCloseTo(111.2, 0);
  });

  it('scales the furniture with the frame, within limits', () => {
    expect(furnitureUnit(1920, 1080)).toBe(1);
    expect(furnitureUnit(960, 540)).toBe(0.5);
    expect(furnitureUnit(640, 360)).toBe(0.5);
    expect(furnitureUnit(3840, 2160)).toBe(2);
  });

  it('shifts the zoom so that the frame shows at least the live view', () => {
    expect(scaledZoom(9, { width: 960, height: 540 }, { width: 1920, height: 1080 })).toBe(10);
    expect(scaledZoom(9, { width: 1920, height: 1080 }, { width: 1920, height: 1080 })).toBe(9);
    // A phone held upright: its height decides, or the image would show a sliver of its view.
    const phone = scaledZoom(9, { width: 390, height: 844 }, { width: 1920, height: 1080 });
    expect(phone).toBeCloseTo(9 + Math.log2(1080 / 844), 9);
    expect(scaledZoom(9, { width: 960 }, { width: 1920, height: 1080 })).toBe(10);
    expect(scaledZoom(9, {}, { width: 1920, height: 1080 })).toBe(9);
    expect(scaledZoom(9, { width: 0, height: 0 }, { width: 1920, height: 1080 })).toBe(9);
  });

  it('packs legend groups into columns', () => {
    expect(packColumns([100, 100, 100], 1000, 10)).toEqual([[0, 1, 2]]);
    expect(packColumns([100, 100, 100], 210, 10)).toEqual([[0, 1], [2]]);
    expect(packColumns([100, 100, 100], 209, 10)).toEqual([[0], [1], [2]]);
    expect(packColumns([500, 50], 200)).toEqual([[0], [1]]);
    expect(packColumns([], 200)).toEqual([]);
  });
});

describe('layoutFurniture and cameraPadding', () => {
  const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  const area = (r: Rect) => Math.max(0, r.right - r.left) * Math.max(0, r.bottom - r.top);
  const pieces = (l: FurnitureLayout) => ({
    band: l.band,
    footer: l.footer,
    legend: l.legend,
    north: l.north,
    scale: l.scale,
  });
  // The PNG at 1×, a 3840×2160 frame, and the A4 and A3 print sheets (1.414 : 1).
  const frames = [
    { width: 1920, height: 1080 },
    { width: 3840, height: 2160 },
    { width: 1754, height: 1240 },
    { width: 2480, height: 1754 },
  ];
  const bands = [92, 120];

  it('leaves a free rectangle that no piece of furniture covers, at every size', () => {
    for (const size of frames) {
      const unit = furnitureUnit(size.width, size.height);
      const frame = { width: size.width / unit, height: size.height / unit };
      for (const band of bands) {
        // A typical one-column legend, the tallest one the room allows, and none.
        const legends = [
          { width: 190, height: 640 },
          { width: 380, height: legendRoom(frame.height, band) },
          { width: 0, height: 0 },
        ];
        for (const legend of legends) {
          const layout = layoutFurniture(frame, band, legend);
          const { free } = layout;
          expect(area(free), `${size.width}×${size.height}`).toBeGreaterThan(0.4 * frame.width * frame.height);
          for (const [name, rect] of Object.entries(pieces(layout))) {
            expect(overlaps(rect, free), `${name} over the free room at ${size.width}×${size.height}`).toBe(false);
            expect(rect.left).toBeGreaterThanOrEqual(0);
            expect(rect.top).toBeGreaterThanOrEqual(0);
            expect(rect.right).toBeLessThanOrEqual(frame.width);
            expect(rect.bottom).toBeLessThanOrEqual(frame.height);
          }
          expect(free.top).toBe(band);
          expect(free.bottom).toBe(frame.height - FURNITURE.footerHeight);
          expect(layout.legend.right - layout.legend.left).toBe(legend.width);
        }
      }
    }
  });

  it('reserves the scale bar at its widest, not only the north arrow', () => {
    const layout = layoutFurniture({ width: 1920, height: 1080 }, 120, { width: 190, height: 640 });
    expect(layout.scale.right - layout.scale.left).toBe(scaleBox().width);
    expect(layout.free.right).toBe(1920 - FURNITURE.margin - scaleBox().width);
    // The widest bar's label is shorter than the bar: the panel never grows past the reserved room.
    expect(scaleBox().width).toBeGreaterThan(FURNITURE.north.width);
  });

  it('pads the camera so the subject lands inside the free rectangle with air around it, in CSS pixels', () => {
    for (const size of frames) {
      const unit = furnitureUnit(size.width, size.height);
      const frame = { width: size.width / unit, height: size.height / unit };
      const layout = layoutFurniture(frame, 120, { width: 190, height: 640 });
      const p = cameraPadding(layout, frame, unit);
      // The rectangle the camera fits the subject into, in the frame's CSS pixels.
      const fit = { left: p.left, top: p.top, right: size.width - p.right, bottom: size.height - p.bottom };
      const air = FURNITURE.breathing * unit;
      expect(fit.left).toBeCloseTo(layout.free.left * unit + air, 6);
      expect(fit.top).toBeCloseTo(layout.free.top * unit + air, 6);
      expect(fit.right).toBeCloseTo(layout.free.right * unit - air, 6);
      expect(fit.bottom).toBeCloseTo(layout.free.bottom * unit - air, 6);
      // The title band, the biggest piece, is well clear of it.
      expect(fit.top).toBeGreaterThan(120 * unit);
      expect(fit.right - fit.left).toBeGreaterThan(0.6 * size.width);
      expect(fit.bottom - fit.top).toBeGreaterThan(0.6 * size.height);
    }
  });
});
