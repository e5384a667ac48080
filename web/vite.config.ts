import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'

// The server serves the built app from its wwwroot (SPA fallback to index.html).
const serverUrl = process.env.REALTIME_SERVER ?? 'http://localhost:5080'

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    outDir: '../src/Realtime.Server/wwwroot',
    emptyOutDir: true,
  },
  server: {
    proxy: {
      '/api': serverUrl,
      '/health': serverUrl,
      '/hubs': { target: serverUrl, ws: true },
    },
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'scripts/**/*.test.mjs'],
  },
})
