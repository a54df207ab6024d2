import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';
import { isPhonePagePath } from './src/core/phone-pages';

// In development, /m… gets the phone's page as the server gives it after a build (Vite's own fallback
// would answer index.html, the desk, which sends /m on to the phone's page again).
const phonePagesInDev = (): Plugin => ({
  name: 'jinlin-phone-pages',
  configureServer(server) {
    server.middlewares.use((req, _res, next) => {
      if (req.url && isPhonePagePath(req.url)) req.url = '/mobile.html';
      next();
    });
  },
});

// The web app lives in src/web; the built bundle in dist/web is served by the Fastify server. Two pages:
// index.html (the desk, antd) and mobile.html (the phone pages under /m, antd-mobile only).
export default defineConfig({
  root: '.',
  // Brotli and gzip copies beside each built file, served by @fastify/static (preCompressed): a phone on
  // 4G downloads a third of the bytes, and the server compresses nothing at request time.
  plugins: [
    react(),
    phonePagesInDev(),
    compression({
      algorithms: [defineAlgorithm('brotliCompress'), defineAlgorithm('gzip')],
      threshold: 1024,
    }),
  ],
  build: {
    outDir: 'dist/web',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    // .vite/manifest.json: which chunks each page and each lazy page loads, read by the size budgets
    // (scripts/web-budget.ts).
    manifest: true,
    rollupOptions: { input: { index: 'index.html', mobile: 'mobile.html' } },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': {
        target: 'http://localhost:3000',
        changeOrigin: false,
      },
    },
  },
});
