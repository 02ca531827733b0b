import { describe, expect, it } from 'vitest';
import { exportFileName, imageFileName } from './download';

describe('exportFileName', () => {
  const date = new Date(2026, 10, 27, 23, 30); // local time, as the user's calendar shows it

  it('names the file after the project, the parts and the date', () => {
    expect(exportFileName('csv', ['370114'], date)).toBe('jinan-blueprint-370114-2026-11-27.csv');
    expect(exportFileName('geojson', [], date)).toBe('jinan-blueprint-2026-11-27.geojson');
    expect(exportFileName('csv', ['Transport', 'planned'], date)).toBe(
      'jinan-blueprint-transport-planned-2026-11-27.csv',
    );
  });

  it('reduces every part to [a-z0-9-]: no path, markup or other characters get through', () => {
    const hostile = ['../../etc/passwd', '<script>', '章丘区', '..\\..\\win.ini', 'a\u0000b', ' Zhāngqiū ', '', '---'];
    const name = exportFileName('csv', hostile, date);
    expect(name).toBe('jinan-blueprint-etc-passwd-script-win-ini-a-b-zhangqiu-2026-11-27.csv');
    expect(name.slice(0, -'.csv'.length)).toMatch(/^[a-z0-9-]+$/);
    expect(exportFileName('geojson', ['章丘区'], date)).toBe('jinan-blueprint-2026-11-27.geojson');
  });

  it('keeps a long search word from making an over-long name', () => {
    const name = exportFileName('csv', ['x'.repeat(500)], date);
    expect(name.length).toBeLessThan(120);
    expect(name).toMatch(/^jinan-blueprint-x+-2026-11-27\.csv$/);
  });
});

describe('imageFileName', () => {
  const date = new Date(2026, 10, 27, 23, 30); // local time, as the user's calendar shows it

  it('names the file like the data exports, with @2x for the double size', () => {
    expect(imageFileName(['370114'], date, 2)).toBe('jinan-blueprint-370114-2026-11-27@2x.png');
    expect(imageFileName(['370114'], date, 1)).toBe('jinan-blueprint-370114-2026-11-27.png');
    expect(imageFileName([], date, 1)).toBe('jinan-blueprint-2026-11-27.png');
    expect(imageFileName(['Slide 3', 'Eastern Rise'], date, 1)).toBe(
      'jinan-blueprint-slide-3-eastern-rise-2026-11-27.png',
    );
  });

  it('reduces the parts to [a-z0-9-]', () => {
    const name = imageFileName(['../../etc/passwd', '<b>', '章丘区', 'a\u0000b', ' Zhāngqiū '], date, 2);
    expect(name).toBe('jinan-blueprint-etc-passwd-b-a-b-zhangqiu-2026-11-27@2x.png');
    expect(name.replace(/@2x\.png$/, '')).toMatch(/^[a-z0-9-]+$/);
  });
});
