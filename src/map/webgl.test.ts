import { describe, expect, it, vi } from 'vitest';
import { supportsWebGL2 } from './webgl';

const canvasWith = (getContext: (kind: string) => unknown) => () => ({ getContext }) as unknown as HTMLCanvasElement;

describe('supportsWebGL2', () => {
  it('is true when the canvas gives a webgl2 context, and hands the context back', () => {
    const loseContext = vi.fn();
    const asked: string[] = [];
    const gl = { getExtension: (name: string) => (name === 'WEBGL_lose_context' ? { loseContext } : null) };
    const ok = supportsWebGL2(
      canvasWith((kind) => {
        asked.push(kind);
        return gl;
      }),
    );
    expect(ok).toBe(true);
    expect(asked).toEqual(['webgl2']);
    expect(loseContext).toHaveBeenCalledOnce();
  });

  it('is true when the context cannot be handed back early', () => {
    expect(supportsWebGL2(canvasWith(() => ({ getExtension: () => null })))).toBe(true);
  });

  it('is false when the canvas has no webgl2 context', () => {
    expect(supportsWebGL2(canvasWith(() => null))).toBe(false);
  });

  it('is false when asking throws', () => {
    expect(
      supportsWebGL2(
        canvasWith(() => {
          throw new Error('blocked by policy');
        }),
      ),
    ).toBe(false);
  });
});
