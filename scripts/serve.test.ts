import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ESM script without types
import { startServer, startServerProcess } from './serve.mjs';
import { precompress } from './vite/compress';

// The server on a small build of its own: precompressed copies chosen by Accept-Encoding, the plain file
// otherwise, and the cache rules of the README's serving section.

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

function get(url: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      })
      .on('error', reject);
  });
}

const SCRIPT = `export const words = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `项目${i}`))};\n`;
const PAGE = `<!doctype html><title>济南蓝图</title>${'<p>规划</p>'.repeat(200)}\n`;
const HASHED = '/assets/app-Bx9_k-2Q.js';

describe('scripts/serve.mjs', () => {
  let dir: string;
  let server: { url: string; close: () => Promise<void> };
  let written: string[];

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'serve-test-'));
    fs.mkdirSync(path.join(dir, 'assets'));
    fs.writeFileSync(path.join(dir, 'index.html'), PAGE);
    fs.writeFileSync(path.join(dir, HASHED), SCRIPT);
    fs.writeFileSync(path.join(dir, 'sw.js'), SCRIPT);
    fs.writeFileSync(path.join(dir, 'registerSW.js'), "navigator.serviceWorker.register('/sw.js');\n");
    // Already compressed: no copy is worth writing.
    fs.writeFileSync(path.join(dir, 'assets/font-AAAAAAAA.woff2'), zlib.brotliCompressSync(Buffer.from(PAGE)));
    written = (await precompress(dir)).map((f) => path.relative(dir, f).split(path.sep).join('/'));
    server = await startServer(dir);
  });
  afterAll(async () => {
    await server?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('precompresses the text files over 1 KiB, and neither small files nor fonts', () => {
    expect(written.sort()).toEqual(
      [
        'assets/app-Bx9_k-2Q.js.br',
        'assets/app-Bx9_k-2Q.js.gz',
        'index.html.br',
        'index.html.gz',
        'sw.js.br',
        'sw.js.gz',
      ].sort(),
    );
  });

  it('sends the plain file to a client that accepts no encoding', async () => {
    const r = await get(`${server.url}${HASHED.slice(1)}`);
    expect(r.status).toBe(200);
    expect(r.headers['content-encoding']).toBeUndefined();
    expect(r.headers.vary).toBe('Accept-Encoding');
    expect(r.headers['content-type']).toMatch(/javascript/);
    expect(r.body.toString('utf8')).toBe(SCRIPT);
  });

  it('sends gzip when only gzip is accepted, brotli when brotli is', async () => {
    const gz = await get(`${server.url}${HASHED.slice(1)}`, { 'Accept-Encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers['content-type']).toMatch(/javascript/);
    expect(zlib.gunzipSync(gz.body).toString('utf8')).toBe(SCRIPT);
    expect(Number(gz.headers['content-length'])).toBe(gz.body.length);

    const br = await get(`${server.url}${HASHED.slice(1)}`, { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(zlib.brotliDecompressSync(br.body).toString('utf8')).toBe(SCRIPT);
    expect(br.body.length).toBeLessThan(Buffer.byteLength(SCRIPT) / 2);

    const page = await get(server.url, { 'Accept-Encoding': 'br' });
    expect(page.headers['content-encoding']).toBe('br');
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(zlib.brotliDecompressSync(page.body).toString('utf8')).toBe(PAGE);
  });

  it('sends a file without a compressed copy plainly, whatever is accepted', async () => {
    const r = await get(`${server.url}registerSW.js`, { 'Accept-Encoding': 'br, gzip' });
    expect(r.headers['content-encoding']).toBeUndefined();
    expect(r.body.toString('utf8')).toContain('serviceWorker');
  });

  it('caches content-hashed assets for a year, immutable; revalidates the page, sw.js and registerSW.js', async () => {
    for (const file of [HASHED, '/assets/font-AAAAAAAA.woff2'])
      expect((await get(`${server.url}${file.slice(1)}`)).headers['cache-control']).toBe(
        'public, max-age=31536000, immutable',
      );
    for (const file of ['', 'index.html', 'sw.js', 'registerSW.js'])
      expect((await get(`${server.url}${file}`, { 'Accept-Encoding': 'br' })).headers['cache-control']).toBe(
        'no-cache',
      );
  });

  it('answers a revalidation with 304 and the same cache headers', async () => {
    const first = await get(`${server.url}index.html`);
    const etag = first.headers.etag;
    expect(etag).toBeTruthy();
    const again = await get(`${server.url}index.html`, { 'If-None-Match': String(etag) });
    expect(again.status).toBe(304);
    expect(again.headers['cache-control']).toBe('no-cache');
    expect(again.headers.vary).toBe('Accept-Encoding');
  });

  it('runs the same server in a process of its own, for the benchmark, and stops it on close', async () => {
    const own = await startServerProcess(dir);
    try {
      expect(own.url).not.toBe(server.url);
      const r = await get(`${own.url}${HASHED.slice(1)}`, { 'Accept-Encoding': 'br' });
      expect(r.status).toBe(200);
      expect(r.headers['content-encoding']).toBe('br');
      expect(zlib.brotliDecompressSync(r.body).toString('utf8')).toBe(SCRIPT);
      expect(r.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    } finally {
      await own.close();
    }
    await expect(get(own.url)).rejects.toThrow(/ECONNREFUSED/);
  });

  it('answers a missing file with a 404 that is not cached', async () => {
    const r = await get(`${server.url}assets/gone-ABCDEFGH.js`, { 'Accept-Encoding': 'br' });
    expect(r.status).toBe(404);
    expect(r.headers['cache-control']).toBe('no-store');
  });
});
