// Start-up as the browser draws it, with no hook in the app: an init script marks each task that issues
// WebGL draw calls as a frame, and the page's main-thread work comes from Chrome's own counters.

/** A quiet spell this long ends the start-up: the map is settled at its last frame before it. */
export const QUIET_MS = 2000;

/**
 * In the page, before any of its scripts: wraps the draw calls of WebGL 1 and 2. The draws of one frame run
 * in one task (MapLibre renders inside one animation-frame callback), so the first draw of a task records
 * the frame and a microtask re-arms the mark after it.
 */
export function frameInitScript() {
  const frames = [];
  window.__benchFrames = frames;
  let inFrame = false;
  const mark = () => {
    if (inFrame) return;
    inFrame = true;
    frames.push(performance.now());
    queueMicrotask(() => {
      inFrame = false;
    });
  };
  const calls = ['drawArrays', 'drawElements', 'drawArraysInstanced', 'drawElementsInstanced', 'drawRangeElements'];
  for (const proto of [globalThis.WebGLRenderingContext?.prototype, globalThis.WebGL2RenderingContext?.prototype]) {
    if (!proto) continue;
    for (const name of calls) {
      const original = Object.getOwnPropertyDescriptor(proto, name)?.value;
      if (typeof original !== 'function') continue;
      Object.defineProperty(proto, name, {
        configurable: true,
        writable: true,
        value(...args) {
          mark();
          return original.apply(this, args);
        },
      });
    }
  }
}

/**
 * Waits for QUIET_MS without a frame after the first one (bounded by `timeout`), then returns the first
 * frame, the settled frame (the last before the quiet spell), and the number of frames, in ms since
 * navigation start; `settled` is null if the map never fell quiet.
 */
export async function framesUntilQuiet(page, timeout) {
  const quiet = await page
    .waitForFunction(
      (quietMs) => {
        const f = window.__benchFrames;
        return f?.length > 0 && performance.now() - f[f.length - 1] >= quietMs;
      },
      QUIET_MS,
      { timeout, polling: 100 },
    )
    .then(
      () => true,
      () => false,
    );
  const frames = await page.evaluate(() => window.__benchFrames ?? []);
  return {
    firstFrame: frames[0] ?? null,
    settled: quiet ? (frames.at(-1) ?? null) : null,
    frames: frames.length,
  };
}

/** Chrome's main-thread counters of the page (CDP Performance domain), started before navigation. */
export async function mainThreadCounter(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const read = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
    return { task: (m.TaskDuration ?? 0) * 1000, script: (m.ScriptDuration ?? 0) * 1000 };
  };
  const before = await read();
  return {
    before,
    /** Main-thread ms spent since `before` (tasks in all, and script within them). */
    since: async () => {
      const now = await read();
      // A navigation to another site may start a new renderer, whose counters start at zero.
      const base = now.task >= before.task ? before : { task: 0, script: 0 };
      return { taskMs: now.task - base.task, scriptMs: now.script - base.script };
    },
  };
}
