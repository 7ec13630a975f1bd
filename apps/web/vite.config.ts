import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const api = process.env.ACCORD_API_URL ?? 'http://localhost:3000';

/** The web interface: built into dist/web (served by the API), or served by Vite with hot reload in development. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    // .vite/manifest.json: which chunks each route loads, read by `npm run bench` (web_first_screen_js).
    manifest: true,
    // No inline module-preload polyfill: the CSP allows scripts from the origin only.
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1200,
  },
  server: {
    proxy: {
      '/api': { target: api, changeOrigin: false },
      '/health': api,
      '/app-config.json': api,
    },
  },
});
