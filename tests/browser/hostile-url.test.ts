import { describe, expect, it } from 'vitest';
import { openApp, waitForIdle } from './harness';

describe('a tampered link', () => {
  it('drops what it cannot use with a visible notice: no crash, no dialog, nothing injected', async () => {
    const payload = '"><img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    const query = new URLSearchParams({
      zone: payload,
      d: '370114,999999,<b>x</b>',
      cat: 'transport,javascript:alert(1)',
      item: '<svg onload=alert(1)>',
      cam: 'NaN,Infinity,1e999',
      evil: payload,
      q: payload,
    });
    const s = await openApp(`?${query}&zone=北起`);
    let dialogs = 0;
    s.page.on('dialog', async (d) => {
      dialogs += 1;
      await d.dismiss();
    });
    try {
      await waitForIdle(s.page);
      const notice = s.page.getByTestId('url-notice');
      await expect.poll(() => notice.count()).toBe(1);
      const text = (await notice.textContent()) ?? '';
      expect(text).toContain('链接中有无法识别的内容');
      expect(text).toContain('zone=');
      expect(text).toMatch(/\(\+\d+\)/); // more than five: the rest are counted
      // What could be used was kept: 章丘区 and transport.
      expect(await s.page.locator('button[data-district="370114"]').getAttribute('aria-pressed')).toBe('true');
      expect(await s.page.locator('button[data-category="transport"]').getAttribute('aria-pressed')).toBe('true');
      // The payload is shown as text only, in the notice and in the search box.
      expect(await s.page.getByRole('searchbox').inputValue()).toContain('<img');
      const injected = await s.page.evaluate(() => ({
        pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
        imgs: document.querySelectorAll('img').length,
        svgOnload: document.querySelectorAll('svg[onload]').length,
        scripts: [...document.scripts].filter((sc) => !sc.src).length,
      }));
      expect(injected).toEqual({ pwned: null, imgs: 0, svgOnload: 0, scripts: 0 });
      expect(dialogs).toBe(0);
      // The URL is rewritten to the clean view.
      const params = new URL(s.page.url()).searchParams;
      expect(params.get('evil')).toBeNull();
      expect(params.get('d')).toBe('370114');
      expect(s.consoleErrors).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
