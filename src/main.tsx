import './fonts.css';
import './app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { warmUp } from './map/warmup';
import { hasWebGL2 } from './map/webgl';

// Without WebGL2 the map engine is never downloaded: the page draws a static overview map instead.
if (hasWebGL2()) warmUp();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
