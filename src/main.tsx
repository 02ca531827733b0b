import './fonts.css';
import './app.css';
import 'maplibre-gl/dist/maplibre-gl.css';
import { warmUp } from './map/warmup';
import { hasWebGL2 } from './map/webgl';

performance.mark('entry');
// Without WebGL2 the map engine is never downloaded: the page draws a static overview map instead.
const engine = hasWebGL2() ? warmUp() : Promise.resolve();
void Promise.all([import('./boot'), engine.catch(() => undefined)]).then(([boot]) => boot.start());
