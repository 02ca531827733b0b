import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { Plugin, ResolvedConfig } from 'vite';

// Brotli and gzip copies of the build's text files, written beside them (`x.js.br`, `x.js.gz`), so that a
// server sends them compressed without compressing on every request (scripts/serve.mjs; nginx's
// `gzip_static` / `brotli_static`). The service worker's precache lists only the originals: its glob
// names the extensions, and `.br`/`.gz` are not among them. Fonts (woff2) and PNGs are compressed already.

/** The files worth a compressed copy. */
export const COMPRESSIBLE = /\.(html|js|mjs|css|json|geojson|svg|webmanifest|txt)$/;
/** Under this size the saving does not pay for a second request path. */
const MIN_BYTES = 1024;

function filesIn(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => path.join(dir, f))
    .filter((f) => fs.statSync(f).isFile());
}

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/**
 * Writes `.br` and `.gz` beside each compressible file of `dir` when they are smaller; returns what it
 * wrote. The files are compressed concurrently, on libuv's thread pool.
 */
export async function precompress(dir: string): Promise<string[]> {
  const jobs = filesIn(dir)
    .filter((file) => COMPRESSIBLE.test(file))
    .map(async (file) => {
      const body = await fs.promises.readFile(file);
      if (body.length < MIN_BYTES) return [];
      const copies: [string, Buffer][] = [
        [
          '.br',
          await brotli(body, {
            params: {
              [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
              [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
            },
          }),
        ],
        ['.gz', await gzip(body, { level: 9 })],
      ];
      const written: string[] = [];
      for (const [ext, copy] of copies) {
        if (copy.length >= body.length) continue;
        await fs.promises.writeFile(file + ext, copy);
        written.push(file + ext);
      }
      return written;
    });
  return (await Promise.all(jobs)).flat();
}

export function compress(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'precompress',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    // Last, after every other plugin has written its files (the service worker among them).
    closeBundle: {
      order: 'post',
      sequential: true,
      async handler() {
        const dir = path.resolve(config.root, config.build.outDir);
        const written = await precompress(dir);
        config.logger.info(`precompress: ${written.length} .br/.gz files in ${path.relative(config.root, dir)}`);
      },
    },
  };
}
