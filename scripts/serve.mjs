#!/usr/bin/env node
// A static server for the built app. Unlike `vite preview`, a missing file is a real 404, so a
// broken asset URL fails the browser tests instead of being answered with index.html.
// It sends the build's precompressed copies (`.br`, `.gz`, written by scripts/vite/compress.ts) to a
// browser that accepts them, and the cache headers the README gives for any server: content-hashed
// files under assets/ for a year, immutable; everything else (index.html, sw.js, registerSW.js, the
// manifest and icons) revalidated on each load, so that a new build is seen at once.
// Usage: node scripts/serve.mjs [DIR] [--port N] [--host H]  (also importable: startServer(dir, port), startServerProcess(dir))
import { spawn } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

/** The Cache-Control for a request path: immutable for the content-hashed assets, no-cache for the rest. */
export function cacheControlFor(pathname) {
  return /^\/assets\/[^/]+-[\w-]{8}\.[\w.]+$/.test(pathname) ? IMMUTABLE : REVALIDATE;
}

export function startServer(dir, port = 0, host = '127.0.0.1') {
  // sirv picks `x.br` or `x.gz` when the request's Accept-Encoding allows it and the file exists, with
  // Content-Encoding and Vary: Accept-Encoding; the plain file otherwise.
  const serve = sirv(dir, { dev: false, etag: true, gzip: true, brotli: true });
  const server = http.createServer((req, res) => {
    // Set before sirv answers, so that a 304 carries them too.
    res.setHeader('Cache-Control', cacheControlFor(new URL(req.url ?? '/', 'http://x').pathname));
    res.setHeader('Vary', 'Accept-Encoding');
    serve(req, res, () => {
      res.statusCode = 404;
      res.setHeader('Cache-Control', 'no-store');
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end(`404 Not Found: ${req.url}\n`);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      // Closing also drops idle keep-alive connections, so that a page sees the server gone at once.
      const close = () =>
        new Promise((r) => {
          server.close(r);
          server.closeAllConnections();
        });
      resolve({ server, url: `http://${host}:${actual}/`, close });
    });
  });
}

/**
 * startServer() in a process of its own, for measurements: in the driver's own process, the server's
 * replies wait behind the driver's work (the browser protocol's messages, polling), and a page that makes
 * more requests pays more for that than a visitor's server would make it pay.
 */
export function startServerProcess(dir, host = '127.0.0.1') {
  const child = spawn(
    process.execPath,
    [fileURLToPath(import.meta.url), path.resolve(dir), '--port', '0', '--host', host],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`serve.mjs ${dir} exited (${code}) before serving`)));
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const url = /at (http:\/\/\S+)/.exec(out)?.[1];
      if (!url) return;
      child.removeAllListeners('exit');
      const close = () =>
        new Promise((r) => {
          if (child.exitCode !== null) return r();
          child.once('exit', () => r());
          child.kill();
        });
      resolve({ url, close });
    });
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const portAt = args.indexOf('--port');
  const port = portAt >= 0 ? Number(args[portAt + 1]) : 4173;
  const hostAt = args.indexOf('--host');
  const host = hostAt >= 0 ? args[hostAt + 1] : undefined;
  const dir = args.find((a, i) => !a.startsWith('--') && !['--port', '--host'].includes(args[i - 1])) ?? 'dist';
  const { url } = await startServer(path.resolve(dir), port, host);
  console.log(`Serving ${dir} at ${url}`);
}
