import type { Plugin } from 'vite';

// The page's service-worker registration, `registerSW.js`, loaded with `<script defer>` (the Content
// Security Policy allows no inline script). It registers the worker only once the page has gone quiet
// after loading: the worker's install downloads and stores the whole build (about 2.5 MiB), and started at
// `load` it competed with the first view for the CPU and the network, so the map settled later.
// "Quiet" is QUIET_MS without a long task (PerformanceObserver 'longtask', Chromium), at most LATEST_MS
// after load; a browser without long-task timing registers DEFAULT_MS after load. The app's own code
// needs no knowledge of the service worker.
export const QUIET_MS = 2000;
export const LATEST_MS = 20_000;
export const DEFAULT_MS = 5000;

/** The registration script for a build served under `base`. Written small: it loads with every page. */
export function registrationScript(base: string): string {
  const sw = JSON.stringify(`${base}sw.js`);
  const scope = JSON.stringify(base);
  return `if("serviceWorker"in navigator)addEventListener("load",()=>{let d=0,t,o,c;const r=()=>{if(d)return;d=1;o&&o.disconnect();clearTimeout(t);clearTimeout(c);navigator.serviceWorker.register(${sw},{scope:${scope}})};if(!(PerformanceObserver.supportedEntryTypes||[]).includes("longtask")){setTimeout(r,${DEFAULT_MS});return}const q=()=>{clearTimeout(t);t=setTimeout(r,${QUIET_MS})};o=new PerformanceObserver(q);o.observe({type:"longtask"});q();c=setTimeout(r,${LATEST_MS})});\n`;
}

export function registerWhenQuiet(): Plugin {
  let base = '/';
  return {
    name: 'register-sw-when-quiet',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'registerSW.js', source: registrationScript(base) });
    },
    transformIndexHtml: () => [
      { tag: 'script', attrs: { id: 'register-sw', src: `${base}registerSW.js`, defer: true }, injectTo: 'head' },
    ],
  };
}
