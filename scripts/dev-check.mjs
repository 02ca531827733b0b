#!/usr/bin/env node
// A newcomer's first `npm start`, checked (`npm run check:dev`): starts the dev server as `npm start` does,
// but with an empty dependency cache (a fresh clone has none), opens the page in headless Chromium and
// waits until the map has drawn. It fails when the server prints a warning or an error, when the page
// logs an error, or when the page loads more than once — Vite reloads it when it meets a dependency it
// had not bundled before the first request (see optimizeDeps in vite.config.ts).
// Usage: node scripts/dev-check.mjs [--port N]
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { launchChromium } from './chromium.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const START_TIMEOUT = 30_000;
const MAP_TIMEOUT = 45_000;
// After the map has drawn: long enough for a reload that the last lazily loaded modules would set off.
const SETTLE_MS = 3_000;
// Lines the dev server prints when something is wrong or its first start is not clean. On a first start
// Vite also says "[optimizer] bundling dependencies...": that is the cache being filled, as it should be;
// "dependencies optimized: …" (or "dependency …") comes only for one it had not bundled up front.
const TROUBLE = /warn|error|fail|\(!\)|dependenc(y|ies) optimized|reload|could not|cannot|unable|missing/i;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the escape character starts a terminal colour code.
const ANSI = /\u001b\[[0-9;]*m/g;

const started = Date.now();
const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

function option(name) {
  const at = process.argv.indexOf(name);
  if (at < 0) return undefined;
  const value = Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value < 1 || value > 65535) throw new Error(`${name} takes a port number`);
  return value;
}

/** A port nobody listens on right now (the server is started with --strictPort on it). */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** The dev server as `npm start` runs it (without --open), its output kept line by line. */
function startVite(port, cacheDir) {
  const bin = path.join(path.dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin/vite.js');
  const env = { ...process.env, DEV_CACHE_DIR: cacheDir, NO_COLOR: '1' };
  // Settings that would hide what a newcomer sees.
  delete env.FORCE_COLOR;
  delete env.VITE_CONFIG_NATIVE_IGNORE_WARNING;
  const child = spawn(process.execPath, [bin, '--port', String(port), '--strictPort'], { cwd: ROOT, env });
  const lines = [];
  let onLine = () => {};
  for (const [stream, name] of [
    [child.stdout, 'stdout'],
    [child.stderr, 'stderr'],
  ]) {
    let rest = '';
    const keep = (part) => {
      const text = part.replace(ANSI, '').trimEnd();
      if (text.trim() === '') return;
      lines.push({ stream: name, text });
      onLine(text);
    };
    stream.setEncoding('utf8');
    stream.on('data', (chunk) => {
      const parts = (rest + chunk).split(/\r?\n/);
      rest = parts.pop() ?? '';
      parts.forEach(keep);
    });
    stream.on('end', () => keep(rest));
  }
  // 'close' rather than 'exit': by then the last of the output has been read too.
  const exited = new Promise((resolve) => child.once('close', (code, signal) => resolve(code ?? signal)));
  const url = new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the dev server printed no address in ${START_TIMEOUT} ms`)),
      START_TIMEOUT,
    );
    onLine = (text) => {
      const found = /Local:\s+(http\S+)/.exec(text);
      if (found) {
        clearTimeout(timer);
        resolve(found[1]);
      }
    };
    exited.then((how) => {
      clearTimeout(timer);
      reject(new Error(`the dev server stopped (${how}) before it printed its address`));
    });
  });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    const stubborn = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(stubborn);
  };
  return { url, lines, stop };
}

/** Opens the page and waits for the map; counts the page's loads and collects what it logs as errors. */
async function visit(browser, url) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const loads = [];
  const errors = [];
  // Document requests only: the app also changes its address in place (history.replaceState), which
  // Playwright reports as a navigation too.
  page.on('request', (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame())
      loads.push(`${seconds()}  ${request.url()}`);
  });
  // And counted by the documents themselves, in case a reload were served without a request.
  await page.addInitScript(() => {
    sessionStorage.setItem('dev-check:documents', String(Number(sessionStorage.getItem('dev-check:documents')) + 1));
  });
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  // A locator outlives a reload, so a page that reloads on the way still ends up drawn and counted.
  const map = page.locator('.map[data-map-phase="ready"], .map[data-map-phase="error"]');
  await map.waitFor({ timeout: MAP_TIMEOUT });
  const phase = await map.getAttribute('data-map-phase');
  const drawnAt = seconds();
  await page.waitForTimeout(SETTLE_MS);
  const documents = Number(await page.evaluate(() => sessionStorage.getItem('dev-check:documents')));
  return { phase, drawnAt, loads, documents, errors };
}

async function main() {
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dev-check-cache-'));
  const port = option('--port') ?? (await freePort());
  const vite = startVite(port, cacheDir);
  let browser;
  const problems = [];
  try {
    const url = await vite.url;
    console.log(`dev-check: the dev server is up at ${url} (${seconds()}), with an empty dependency cache`);
    browser = await launchChromium();
    const { phase, drawnAt, loads, documents, errors } = await visit(browser, url);
    if (phase === 'ready') console.log(`dev-check: the map has drawn (${drawnAt})`);
    else problems.push(`the map shows its error state (data-map-phase="${phase}")`);
    console.log(`dev-check: the page loaded ${loads.length} time(s):`);
    for (const load of loads) console.log(`  ${load}`);
    if (loads.length !== 1 || documents !== 1) {
      problems.push(`the page loaded ${loads.length} times (${documents} documents); once is right`);
    }
    for (const error of errors) problems.push(`the page logged ${error}`);
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
  } finally {
    await browser?.close();
    await vite.stop();
    fs.rmSync(cacheDir, { recursive: true, force: true });
  }
  console.log('dev-check: what the dev server printed:');
  for (const { stream, text } of vite.lines) console.log(`  ${stream === 'stderr' ? '[stderr] ' : ''}${text}`);
  for (const { stream, text } of vite.lines) {
    if (stream === 'stderr' || TROUBLE.test(text)) problems.push(`the dev server printed: ${text.trim()}`);
  }
  if (problems.length > 0) {
    console.error(`dev-check: FAILED (${seconds()})`);
    for (const p of problems) console.error(`  - ${p}`);
    process.exitCode = 1;
  } else {
    console.log(`dev-check: ok — no warning, no error, one page load (${seconds()})`);
  }
}

await main();
