import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  base: './',
  resolve: { conditions: ['teamflame-source'] },
  // The manifest tells which chunks the first screen loads (bench/run.ts sums them against the budget).
  // auth-start.html and auth-end.html: Teams SSO's consent pop-up (src/auth).
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    manifest: true,
    rollupOptions: {
      input: {
        index: resolve(import.meta.dirname, 'index.html'),
        'auth-start': resolve(import.meta.dirname, 'auth-start.html'),
        'auth-end': resolve(import.meta.dirname, 'auth-end.html'),
      },
    },
  },
  server: { proxy: { '/api': 'http://localhost:3978' } },
});
