import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, openIdle, sharedSession } from './harness';

// Every character the page shows must come from the shipped font: a machine without a Chinese system
// font (like the one these tests run on: no CJK font is installed) would otherwise draw nothing for a
// character the font lacks. Chromium reports, per element, which fonts it actually drew the element's
// text with; a web font is `isCustomFont`, anything else is a system fallback. (The family name is the
// one in the file's name table, "Noto Sans SC Thin": the variable font's default instance.) A character
// that no font at all holds is reported against the first font too (as its empty .notdef glyph), so a
// second check draws each character on a canvas and compares it with a character no font has.

interface Drawn {
  text: string;
  fonts: { familyName: string; isCustomFont: boolean; glyphCount: number }[];
}

/** The fonts Chromium drew the text of every element matching `selector` (and inside it) with. */
async function drawnFonts(page: Page, selector: string): Promise<Drawn[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', {
      nodeId: root.nodeId,
      selector: `${selector}, ${selector} *`,
    });
    const drawn: Drawn[] = [];
    for (const nodeId of nodeIds) {
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      if (fonts.length === 0) continue;
      const { outerHTML } = await cdp.send('DOM.getOuterHTML', { nodeId });
      drawn.push({ text: outerHTML.replace(/<[^>]*>/g, '').slice(0, 80), fonts });
    }
    return drawn;
  } finally {
    await cdp.detach();
  }
}

/** The elements whose text was drawn, wholly or in part, with something other than the shipped font. */
async function fallbacks(page: Page, selector: string): Promise<string[]> {
  // Faces with a unicode-range load when text first needs them; wait until nothing is pending.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)).then(() => document.fonts.ready));
  return (await drawnFonts(page, selector))
    .filter((d) => d.fonts.some((f) => !f.isCustomFont || !f.familyName.startsWith('Noto Sans SC')))
    .map((d) => `${d.text} → ${d.fonts.map((f) => `${f.familyName}${f.isCustomFont ? '' : ' (system)'}`).join(', ')}`);
}

/** The characters of the elements' text that the page's font draws as its .notdef glyph. */
function missingGlyphs(page: Page, selector: string): Promise<string[]> {
  return page.evaluate(async (selector) => {
    const text = [...document.querySelectorAll(selector)].map((e) => e.textContent ?? '').join('');
    const font = '32px "Noto Sans SC"';
    await document.fonts.load(font, text);
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 48;
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) throw new Error('no 2D canvas');
    ctx.font = font;
    ctx.textBaseline = 'top';
    const draw = (ch: string) => {
      ctx.clearRect(0, 0, 48, 48);
      ctx.fillText(ch, 4, 4);
      return ctx.getImageData(0, 0, 48, 48).data.join();
    };
    // U+0378 is unassigned: every font draws it as .notdef.
    const notdef = draw('\u0378');
    return [...new Set(text)].filter((ch) => ch.trim() !== '' && draw(ch) === notdef);
  }, selector);
}

/** Face states of the page's "Noto Sans SC" faces, by file. */
function faceStatus(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    const sheets = [...document.styleSheets].flatMap((s) => [...s.cssRules]);
    const urls = sheets
      .filter((r): r is CSSFontFaceRule => r instanceof CSSFontFaceRule)
      .map((r) => /url\("?([^")]+)"?\)/.exec(r.style.getPropertyValue('src'))?.[1] ?? '');
    const faces = [...document.fonts].filter((f) => f.family.replaceAll('"', '') === 'Noto Sans SC');
    // document.fonts lists the faces of the style sheets in the same order as their rules.
    return Object.fromEntries(faces.map((f, i) => [(urls[i] ?? String(i)).replace(/^.*\//, ''), f.status]));
  });
}

describe('the shipped font covers the texts from the data', () => {
  const s = sharedSession(() => openIdle());

  it("draws the five directions' descriptions in the panel with the shipped font only", async () => {
    const east = s.page.locator('.zone-button', { hasText: '东强' });
    await expect.poll(() => east.locator('.zone-button__role').textContent()).toContain('科创走廊');
    await expect.poll(() => fallbacks(s.page, '.zone-list')).toEqual([]);
    expect(await missingGlyphs(s.page, '.zone-list')).toEqual([]);
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await s.page.locator('.zone-list').screenshot({ path: path.join(ARTIFACTS, 'fonts-panel.png') });
  });

  it("keeps the long texts' file out of the first view: it loads when a card draws one of its characters", async () => {
    const status = await faceStatus(s.page);
    const regular = Object.entries(status).filter(([file]) => /^noto-sans-sc-regular-/.test(file));
    // The Chinese-simplified file's remainder; the package's numbered slices give a character or two each.
    const text = Object.entries(status).filter(([file]) => /^noto-sans-sc-text-[\w-]{8}\.woff2$/.test(file));
    expect(regular.map(([, st]) => st)).toEqual(['loaded']);
    expect(text.map(([, st]) => st)).toEqual(['unloaded']);
  });

  it('draws an item card (summary, report quote, sources) with the shipped font only, in Chinese and English', async () => {
    await s.page.goto(`${s.origin}/?item=hsr-jinan-laiwu`);
    const card = s.page.locator('.card[data-item="hsr-jinan-laiwu"]');
    // The long texts arrive with details.json: the summary, the report's section and quote, and the
    // source titles (with ° ′ ″ among their characters) hold characters no label or interface string has.
    await expect.poll(() => card.locator('.card__sources li').count()).toBeGreaterThan(0);
    await expect.poll(() => card.textContent()).toContain('创建国际性综合交通枢纽城市');
    expect(await card.textContent()).toContain('东经117°09′04″');
    await expect.poll(() => fallbacks(s.page, '.card')).toEqual([]);
    expect(await missingGlyphs(s.page, '.card')).toEqual([]);
    await card.screenshot({ path: path.join(ARTIFACTS, 'fonts-card.png') });
    const status = Object.entries(await faceStatus(s.page));
    expect(status.filter(([file]) => /^noto-sans-sc-text-[\w-]{8}\.woff2$/.test(file)).map(([, st]) => st)).toEqual([
      'loaded',
    ]);

    await s.page.goto(`${s.origin}/?item=hsr-jinan-laiwu&lang=en`);
    await expect.poll(() => card.locator('.card__sources li').count()).toBeGreaterThan(0);
    await expect.poll(() => fallbacks(s.page, '.card')).toEqual([]);
    expect(await missingGlyphs(s.page, '.card')).toEqual([]);
  });
});
