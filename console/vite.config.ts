import { defineConfig } from 'vite';

// Served by Junction under /console/; the API is the same origin, so nothing is proxied.
export default defineConfig({
  base: '/console/',
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 900, sourcemap: false },
  server: { proxy: { '^/(v1|integration|environment|integrated-account|proxy|oauth|schemas|applications)': 'http://127.0.0.1:3000' } },
});
