import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { fontSubset } from './scripts/vite/font-subset.ts';

export default defineConfig({
  plugins: [fontSubset(), react()],
  build: {
    target: 'es2022',
    // The basemap and the font are separate, cacheable assets; never inline them as data URLs.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
