#!/usr/bin/env node
// A static server for the built app. Unlike `vite preview`, a missing file is a real 404, so a
// broken asset URL fails the browser tests instead of being answered with index.html.
// Usage: node scripts/serve.mjs [DIR] [--port N]  (also importable: startServer(dir, port))
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

export function startServer(dir, port = 0, host = '127.0.0.1') {
  const serve = sirv(dir, { dev: false, etag: true, gzip: false, brotli: false });
  const server = http.createServer((req, res) =>
    serve(req, res, () => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end(`404 Not Found: ${req.url}\n`);
    }),
  );
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

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const portAt = args.indexOf('--port');
  const port = portAt >= 0 ? Number(args[portAt + 1]) : 4173;
  const dir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--port') ?? 'dist';
  const { url } = await startServer(path.resolve(dir), port);
  console.log(`Serving ${dir} at ${url}`);
}
