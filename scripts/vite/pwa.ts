import type { PluginOption } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { registerWhenQuiet } from './register-sw.ts';

// Offline after the first visit: a Workbox service worker precaches every file of the build — the page,
// every chunk (meeting mode, image export and the QR encoder load lazily and must open with the cable
// pulled too), the MapLibre worker, the style sheet, the font, the basemap and catalogue data, the
// items' long texts and the icons — and answers navigations with the cached index.html, so a link such
// as ?present=default opens offline as well.
//
// The icons in public/icons/ are public/favicon.svg drawn at 192 and 512 px; the maskable one puts the
// same mark at 72 % on a full-bleed square so that a launcher's round or squircle crop keeps it whole.
export function offline(): PluginOption {
  return [
    VitePWA({
      // The page registers the worker itself, once the first view has settled (register-sw.ts).
      injectRegister: false,
      registerType: 'autoUpdate',
      manifest: {
        name: '济南蓝图 · Jinan Blueprint',
        short_name: '济南蓝图',
        description:
          '中共济南市第十二次党代会报告规划项目离线地图 · An offline map of the projects in the plan of Jinan',
        lang: 'zh-CN',
        dir: 'ltr',
        // start_url and scope default to the build's base; icon paths are relative to the manifest.
        display: 'standalone',
        theme_color: '#1f4e79',
        background_color: '#fffdf8',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        ],
      },
      workbox: {
        // The manifest and its icons (favicon.svg among them) are added by the plugin itself.
        globPatterns: ['**/*.{html,js,css,woff2,json,geojson}'],
        // Workbox skips files over 2 MiB by default and only warns; MapLibre's main chunk is over 1 MB.
        // A higher ceiling keeps a growing engine in the cache; the offline test checks every file is listed.
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        // Hashed file names are their own revision: no cache-busting query needed.
        dontCacheBustURLsMatching: /^assets\/.+-[\w-]{8}\./,
        navigateFallback: 'index.html',
        // The first visit is kept at once: the worker takes the open page (so that the lazy chunks it
        // loads later come through the cache), and a new build takes over on install, so that a reload
        // while online is all an update needs.
        clientsClaim: true,
        skipWaiting: true,
        cleanupOutdatedCaches: true,
      },
    }),
    registerWhenQuiet(),
  ];
}
