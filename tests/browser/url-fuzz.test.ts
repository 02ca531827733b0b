import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type KnownIds, parseView, URL_KEYS } from '../../src/state/url';
import { queryFuzzer, type UrlKey, validValues } from '../../src/state/urlFuzz';
import { openApp, ROOT, sharedSession } from './harness';
import { LONG, VARIANT } from './variant';

// Hostile links fed to the running app: hand-written ones for each kind of attack or accident, and the
// unit fuzz's generator with the catalogue's real ids. A link reaches the app two ways: loaded in a
// fresh page, or brought by back/forward (history.pushState + popstate, which the app re-reads). For
// each, the app must not throw, log an error, open a dialog or inject markup, must still show its panel
// (or the presenter, when the link asked for a deck), and must say so when it dropped something.

const catalog = JSON.parse(fs.readFileSync(path.join(ROOT, 'src/generated/catalog.json'), 'utf8')) as {
  items: { id: string }[];
  districts: { adcode: string }[];
};
const known: KnownIds = {
  items: new Set(catalog.items.map((i) => i.id)),
  districts: new Set(catalog.districts.map((d) => d.adcode)),
};

/** Every payload that runs would set window.__pwned; an alert would open a dialog. */
const MARKUP = [
  '<script>window.__pwned=1</script>',
  '"><img src=x onerror="window.__pwned=2">',
  "'><svg onload=window.__pwned=3>",
  '<svg><script>window.__pwned=4</script></svg>',
  'javascript:window.__pwned=5',
  'JaVaScRiPt:alert(1)',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template placeholder is the payload
  '${window.__pwned=6}',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template placeholder is the payload
  '`${alert(1)}`',
  "{{constructor.constructor('window.__pwned=7')()}}",
  '"><iframe srcdoc="<script>parent.__pwned=8</script>">',
  '<a href="javascript:window.__pwned=9">x</a>',
  '</code><img src=x onerror=window.__pwned=10>',
  '<object data="javascript:window.__pwned=11">',
  '<details open ontoggle=window.__pwned=12>',
  '<style>@import "//evil.example/x.css"</style>',
  'data:text/html,<script>window.__pwned=13</script>',
];
const enc = encodeURIComponent;
const BIG = 'x'.repeat(100_000);
const KEYS: readonly UrlKey[] = URL_KEYS;

const HAND_WRITTEN: string[] = [
  // Markup and script in every key, encoded and raw, and as keys.
  ...MARKUP.flatMap((p, i) => [`?${KEYS[i % KEYS.length]}=${enc(p)}`, `?q=${enc(p)}&d=370114`]),
  ...KEYS.map((k) => `?${k}=${enc(MARKUP[1] as string)}`),
  `?${enc(MARKUP[0] as string)}=1`,
  '?q=<script>window.__pwned=14</script>',
  '?item="><img src=x onerror=window.__pwned=15>',
  // Huge values and a huge query.
  `?q=${BIG}`,
  `?d=${'370114,'.repeat(15_000)}`,
  `?cam=${'1'.repeat(100_000)},36,9`,
  `?${'a=1&'.repeat(25_000)}zone=北起`,
  `?${BIG}=1`,
  // Wrong types.
  '?lang=1',
  '?lang=zh,en',
  '?lang=fr',
  '?zone=0',
  '?zone=true',
  '?d=true',
  '?d=[370114]',
  '?d={"a":1}',
  '?cat=1,2,3',
  '?status=null',
  '?item=0',
  '?slide=two',
  '?slide=-1',
  '?slide=0',
  '?slide=1.5',
  '?slide=9999',
  '?present=default&slide=999',
  '?present=1',
  '?present=true',
  '?present=results&slide=2',
  // Months outside the timeline, malformed or of another shape.
  '?asof=2022-03',
  '?asof=2036-01',
  '?asof=2024-00',
  '?asof=2024-1',
  '?asof=2024-06-15',
  '?asof=-2024-06',
  '?asof=9999-99',
  '?asof=today',
  '?late=yes',
  '?late=1&late=1',
  // Unknown but well-formed ids.
  '?d=370000',
  '?d=999999,370114',
  '?item=no-such-item',
  '?item=hsr-jinan-laiwu-extra',
  '?cat=sports',
  '?status=cancelled',
  // Cameras: not numbers, not finite, out of range, wrong arity.
  '?cam=NaN,NaN,NaN',
  '?cam=Infinity,36,9',
  '?cam=117,-Infinity,9',
  '?cam=1e999,36,9',
  '?cam=117,36,1e-999',
  '?cam=117,36,99',
  '?cam=-117,-36,9',
  '?cam=0x75,36,9',
  '?cam=117,36',
  '?cam=117,36,9,0,0',
  '?cam=,,',
  '?cam=117.000000000000000000001,36.6,9',
  // Repeated keys.
  '?zone=北起&zone=东强',
  '?d=370114&d=370112&d=370114',
  '?q=a&q=b&q=c',
  '?lang=en&lang=zh',
  '?present=default&present=results&slide=2&slide=3',
  // Percent-encoding garbage.
  '?q=%',
  '?q=%%',
  '?q=%E4%ZZ',
  '?zone=%E5%8C%97',
  '?q=%C0%AF',
  '?q=%00',
  '?d=%00370114',
  '?%=%',
  '?q=%2525252525',
  '?%E4=1',
  '?zone=%u5317',
  // Unicode oddities: right-to-left override, zero-width, lone surrogates (encoded), noncharacters.
  `?q=${enc('\u202eevil\u202c')}`,
  `?zone=${enc('北\u200b起')}`,
  `?zone=${enc('\u200b北起')}`,
  `?item=${enc('hsr-jinan-laiwu\u200d')}`,
  '?q=%ED%A0%80',
  '?q=%ED%B0%80abc',
  '?d=%ED%A0%80',
  '?item=%ED%A0%80%ED%B0%80',
  `?q=${enc('\ufeff\ufffe\uffff')}`,
  `?q=${enc('e\u0301\u0301\u0301\u0301')}`,
  `?q=${enc('😀'.repeat(60))}`,
  // Prototype names and odd shapes.
  '?__proto__[polluted]=1',
  '?constructor=1&prototype=2',
  '?&&&',
  '??zone=北起',
  '?=',
  '?==',
  '?zone',
  '?q=a+b+%20c',
  '?d=,,,370114,,,',
  // Valid views, so that the app also moves between real states.
  '?zone=北起',
  '?d=370114&cat=transport',
  '?lang=en&q=jlgt',
  '?item=hsr-jinan-laiwu',
  '?present=default&slide=3',
  '?cam=117.3,36.6,9.25',
  '?asof=2022-06&item=hsr-jinan-laiwu',
  '?late=1&asof=2026-01',
];

const VALID = validValues(known, ['jlgt', '济南 地铁', 'R3', 'museum']);
const GENERATED = LONG ? 160 : 30;
/**
 * How many links get a whole page load of their own, half of them hand-written and half generated; the
 * rest arrive by history navigation. A page load costs seconds, a history navigation a fraction of one.
 */
const FULL_LOADS = LONG ? 40 : 8;

interface Verdict {
  pwned: unknown;
  inlineScripts: number;
  embedded: string[];
  handlers: string[];
  scriptUrls: string[];
  panel: boolean;
  presenter: boolean;
  /** The embedded map's line (embed=1 hides the panel). */
  embed: boolean;
  failure: boolean;
  notice: boolean;
  noticeInPage: boolean;
}

/**
 * What the page shows once the app has taken the link in: two frames, and for a deck until the lazily
 * loaded presenter is up (at most five seconds). Runs in the page.
 */
function inspect(): Promise<Verdict> {
  const start = performance.now();
  return new Promise((resolve) =>
    requestAnimationFrame(function look() {
      requestAnimationFrame(() => {
        const shown = (sel: string) => document.querySelector(sel)?.getClientRects().length ?? 0;
        if (!shown('.panel') && !shown('.presenter') && !shown('.embed-bar') && performance.now() - start < 5000) {
          requestAnimationFrame(look);
          return;
        }
        const all = [...document.querySelectorAll('*')];
        const visible = (sel: string) => {
          const el = document.querySelector(sel);
          return !!el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
        };
        resolve({
          pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
          inlineScripts: [...document.scripts].filter((s) => !s.src).length,
          embedded: all
            .filter((el) => ['IMG', 'IFRAME', 'OBJECT', 'EMBED', 'STYLE', 'LINK', 'BASE'].includes(el.tagName))
            .filter((el) => !(el.tagName === 'LINK' && el.parentElement === document.head))
            .filter((el) => !(el.tagName === 'STYLE' && el.parentElement === document.head))
            .map((el) => el.outerHTML.slice(0, 120)),
          handlers: all
            .filter((el) => [...el.attributes].some((a) => a.name.toLowerCase().startsWith('on')))
            .map((el) => el.outerHTML.slice(0, 120)),
          scriptUrls: all
            .flatMap((el) => ['href', 'src', 'action', 'formaction', 'xlink:href'].map((a) => el.getAttribute(a) ?? ''))
            .filter((v) => /^\s*(javascript|data|vbscript):/i.test(v)),
          panel: visible('.panel'),
          presenter: visible('.presenter'),
          embed: visible('.embed-bar'),
          failure: !!document.querySelector('.failure, .map-status--error'),
          notice: visible('[data-testid="url-notice"]'),
          noticeInPage: !!document.querySelector('[data-testid="url-notice"]'),
        });
      });
    }),
  );
}

/** The query as the app reads it (URLSearchParams, as useView does) expects a notice if parseView drops anything. */
const dropsSomething = (search: string) => parseView(new URLSearchParams(search).toString(), known).dropped.length > 0;

describe('hostile and broken links, fed to the running app', () => {
  const dialogs: string[] = [];
  const s = sharedSession(async () => {
    const opened = await openApp('', { width: 800, height: 600 });
    opened.page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    await opened.page.locator('.panel').waitFor({ timeout: 60_000 });
    return opened;
  });

  it(`${VARIANT} fuzz: survives ${HAND_WRITTEN.length} hand-written and ${GENERATED} generated links without harm`, async () => {
    const next = queryFuzzer(0x55524c46, VALID); // 'URLF'
    const queries = [...HAND_WRITTEN, ...Array.from({ length: GENERATED }, next)];
    // Whole page loads for a spread of links: hand-written ones evenly spaced, the first generated ones.
    const fullLoad = new Set<number>();
    const spacing = Math.floor(HAND_WRITTEN.length / (FULL_LOADS / 2));
    for (let i = 0; i < HAND_WRITTEN.length && fullLoad.size < FULL_LOADS / 2; i += spacing) fullLoad.add(i);
    for (let i = HAND_WRITTEN.length; fullLoad.size < FULL_LOADS; i++) fullLoad.add(i);
    // Servers refuse request lines beyond 8–16 KB (Node's limit is 16 KB) before any page loads: links
    // that long can only reach the app from within the page, by history navigation.
    for (const i of fullLoad) if ((queries[i] ?? '').length > 8000) fullLoad.delete(i);
    for (let i = HAND_WRITTEN.length + FULL_LOADS; fullLoad.size < FULL_LOADS && i < queries.length; i++)
      if ((queries[i] ?? '').length <= 8000) fullLoad.add(i);

    const problems: string[] = [];
    let loads = 0;
    let loadMs = 0;
    const started = Date.now();
    let pops = 0;
    let notices = 0;
    for (const [i, raw] of queries.entries()) {
      const query = raw.startsWith('?') ? raw : `?${raw}`;
      const label = `#${i} ${JSON.stringify(query.slice(0, 120))}`;
      let seen: string;
      let verdict: Verdict;
      if (fullLoad.has(i)) {
        const t0 = Date.now();
        const response = await s.page.goto(`${s.origin}/${query}`, { waitUntil: 'commit' });
        seen = new URL(response?.url() ?? s.page.url()).search;
        await s.page.waitForFunction(() => document.querySelector('.panel, .presenter, .failure'), undefined, {
          timeout: 60_000,
        });
        verdict = await s.page.evaluate(inspect);
        loads += 1;
        loadMs += Date.now() - t0;
      } else {
        const result = await arrive(s.page, query);
        seen = result.seen;
        verdict = result.verdict;
        pops += 1;
      }
      const expectNotice = dropsSomething(seen);
      if (verdict.noticeInPage) notices += 1;
      const wrong = [
        verdict.pwned !== null && `a payload ran (__pwned = ${String(verdict.pwned)})`,
        verdict.inlineScripts > 0 && `${verdict.inlineScripts} inline script(s)`,
        verdict.embedded.length > 0 && `embedded ${verdict.embedded.join(' ')}`,
        verdict.handlers.length > 0 && `event handler attributes on ${verdict.handlers.join(' ')}`,
        verdict.scriptUrls.length > 0 && `script URLs ${verdict.scriptUrls.join(' ')}`,
        verdict.failure && 'the error screen',
        !verdict.panel &&
          !verdict.presenter &&
          !verdict.embed &&
          'neither the panel, the presenter nor the embedded map',
        // Meeting mode shows the audience only the map, the caption and the progress: there the notice is
        // rendered but hidden, and shows when the presenter leaves.
        expectNotice &&
          !(verdict.presenter ? verdict.noticeInPage : verdict.notice) &&
          'no notice, though something was dropped',
        !expectNotice && verdict.noticeInPage && 'a notice, though nothing was dropped',
        dialogs.length > 0 && `dialog(s): ${dialogs.join(' | ')}`,
        s.consoleErrors.length > 0 && `errors: ${s.consoleErrors.join(' | ')}`,
        s.cspViolations.length > 0 && `blocked by the Content Security Policy: ${s.cspViolations.join(' | ')}`,
      ].filter(Boolean);
      if (wrong.length > 0) problems.push(`${label}: ${wrong.join('; ')}`);
      dialogs.length = 0;
      s.consoleErrors.length = 0;
      s.cspViolations.length = 0;
      if (problems.length >= 10) break;
    }
    const seconds = (ms: number) => Math.round(ms / 1000);
    console.info(
      `url fuzz: ${queries.length} links, ${loads} page loads (${seconds(loadMs)} s), ${pops} by history, ${notices} with a notice, ${seconds(Date.now() - started)} s`,
    );

    expect(problems).toEqual([]);
    expect(loads + pops).toBe(queries.length);
    expect(loads).toBe(FULL_LOADS);
    // The links are hostile enough to need the notice often, and valid enough to pass without it too.
    expect(notices).toBeGreaterThan(queries.length / 2);
    expect(notices).toBeLessThan(queries.length);
    expect(s.foreign).toEqual([]);
  }, 240_000);
});

/** Brings a link by history navigation: pushState, then the popstate that back/forward would fire. */
async function arrive(page: Page, query: string): Promise<{ seen: string; verdict: Verdict }> {
  const seen = await page.evaluate((query) => {
    window.history.pushState(null, '', `${window.location.pathname}${query}`);
    const search = window.location.search;
    window.dispatchEvent(new PopStateEvent('popstate'));
    return search;
  }, query);
  return { seen, verdict: await page.evaluate(inspect) };
}
