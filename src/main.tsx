// The font faces the build cuts from Noto Sans SC (scripts/vite/font-subset.ts).
import './generated/fonts.css';
// The colours and scales the style sheets share with the scripts (scripts/vite/tokens.ts).
import './generated/tokens.css';
import './styles/tokens.css';
import './styles/base.css';
// The frame and the map's status line: index.html's own "loading" line uses them before the app has loaded.
// Each part of the interface imports its own style sheet, so the lazy parts bring theirs with them.
import './App.css';
import './map/MapStatus.css';
// In the first stylesheet rather than with the map's script: the map's controls are styled from the first frame.
import 'maplibre-gl/dist/maplibre-gl.css';
import { warmUp } from './map/warmup';

// The page's first script is kept small on purpose: it starts the catalogue's download and the map before
// React and the app's own code have even been fetched (src/boot.tsx). It does not ask whether WebGL2 works
// first: the engine is already on its way (index.html preloads it), and the question takes the main thread
// for 15–25 ms with software rendering. Without WebGL2 the early map cannot be made, and the app draws a
// static overview map instead (src/App.tsx asks then).
const engine = warmUp();

// React renders once the engine has been evaluated too, and for a link that starts the map early
// (src/map/early.ts) once that map has drawn its first frame. Both run on the same thread; rendering
// first would only lay out a waiting page and hold the map back. Until then the page shows index.html's
// own "loading" line. On a slow connection, though, the panel waits no more than ENGINE_WAIT_MS in all:
// the map then shows its own loading line.
const ENGINE_WAIT_MS = 1000;
const engineOrTimeout = Promise.race([engine, new Promise((resolve) => setTimeout(resolve, ENGINE_WAIT_MS))]);

// The app's modules are fetched only then too (index.html preloads the early map's, not theirs): compiling
// and evaluating React and the explorer takes the main thread for a while, which the map needs first.
engineOrTimeout
  .then(() => import('./boot'))
  .then((boot) => boot.start())
  .catch((error: unknown) => {
    console.error(error);
    showFailure(error instanceof Error ? error.message : String(error));
  });

/** The app's own script failed to load (a broken copy of the site, a connection lost mid-load). */
function showFailure(detail: string) {
  const root = document.getElementById('root');
  const template = document.getElementById('boot-failed');
  if (!root || !(template instanceof HTMLTemplateElement)) return;
  const message = template.content.cloneNode(true) as DocumentFragment;
  const code = message.querySelector('code');
  if (code) code.textContent = detail;
  root.replaceChildren(message);
}
