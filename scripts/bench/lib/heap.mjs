// 3. The JS heap after load and after many slide steps.
import { HEAP_STEPS, IDLE_TIMEOUT } from './config.mjs';
import { openApp, settle } from './pages.mjs';
import { round } from './stats.mjs';

async function heapMB(page) {
  return page.evaluate(async () => {
    for (let i = 0; i < 3; i++) {
      window.gc?.();
      await new Promise((r) => setTimeout(r, 50));
    }
    return performance.memory.usedJSHeapSize / 2 ** 20;
  });
}

/**
 * The heap after load and after HEAP_STEPS slide steps (forward to the last slide, back to the first, and
 * again), read after gc() at each end of the deck. A step waits for the slide to be applied (the progress
 * changes) and two frames, not for the map to go idle: that is a presenter clicking on briskly, and keeps
 * 200 steps within a minute or two. The map settles fully at each end of the deck, before each reading.
 */
export async function measureHeap(browser, appUrl) {
  const s = await openApp(browser, `${appUrl}?present=default`, 'reduce');
  try {
    await s.page.getByTestId('progress').waitFor({ timeout: 30_000 });
    const hasGc = await s.page.evaluate(() => typeof window.gc === 'function');
    const afterLoad = await heapMB(s.page);
    const slides = await s.page.evaluate(() =>
      Number(document.querySelector('[data-testid="progress"]').textContent.split('/')[1]),
    );
    const curve = [{ step: 0, mb: round(afterLoad) }];
    let index = 1;
    let dir = 1;
    const t0 = Date.now();
    for (let step = 1; step <= HEAP_STEPS; step++) {
      if (index + dir < 1 || index + dir > slides) dir = -dir;
      index += dir;
      const applied = await s.page.evaluate(
        ({ key, expected, timeout }) =>
          new Promise((resolve) => {
            const progress = document.querySelector('[data-testid="progress"]');
            document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
            const start = performance.now();
            const check = () => {
              if (progress.textContent.trim().startsWith(`${expected} `)) {
                requestAnimationFrame(() => requestAnimationFrame(() => resolve(true)));
              } else if (performance.now() - start > timeout) resolve(false);
              else requestAnimationFrame(check);
            };
            check();
          }),
        { key: dir > 0 ? 'PageDown' : 'PageUp', expected: index, timeout: IDLE_TIMEOUT },
      );
      if (!applied) throw new Error(`heap: slide ${index} was not shown after step ${step}`);
      if (index === slides || index === 1 || step === HEAP_STEPS) {
        await settle(s.page);
        curve.push({ step, mb: round(await heapMB(s.page)) });
      }
    }
    const afterSteps = curve.at(-1).mb;
    return {
      afterLoadMB: round(afterLoad),
      afterStepsMB: afterSteps,
      steps: HEAP_STEPS,
      slides,
      growth: round(afterSteps / afterLoad, 2),
      curve,
      stepSeconds: round((Date.now() - t0) / 1000, 0),
      gcExposed: hasGc,
    };
  } finally {
    await s.context.close();
  }
}
