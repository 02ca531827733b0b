/**
 * Whether this browser can give the map engine a WebGL2 context (MapLibre 6 needs one). Without it the page
 * shows a static overview map instead.
 */
export function supportsWebGL2(makeCanvas: () => HTMLCanvasElement = () => document.createElement('canvas')): boolean {
  try {
    const gl = makeCanvas().getContext('webgl2');
    // Hand the context back at once: browsers allow only a few live contexts, and the map needs one.
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
    return gl !== null && gl !== undefined;
  } catch {
    // Some browsers throw instead of returning null when WebGL is blocked by policy.
    return false;
  }
}

let answer: boolean | undefined;

/** supportsWebGL2(), asked of the real page once and remembered. */
export function hasWebGL2(): boolean {
  answer ??= supportsWebGL2();
  return answer;
}

/**
 * A map has been made, so WebGL2 works: hasWebGL2() need not make a context of its own to ask (which costs
 * the main thread 15–25 ms with software rendering).
 */
export function webGL2Works(): void {
  answer = true;
}
