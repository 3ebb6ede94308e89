/// <reference types="vitest/config" />
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

const upstream = process.env.CONECTO_API_URL || 'https://app.conecto.ir'
const port = Number(process.env.PORT) || 4173
const host = process.env.HOST || '127.0.0.1'

// The real API sends no CORS headers, so the browser reaches it through this same-origin proxy.
const apiProxy = {
  '/api': {
    target: upstream,
    changeOrigin: true,
    secure: true,
  },
}

export default defineConfig({
  plugins: [react()],
  server: { port, host, strictPort: true, proxy: apiProxy },
  preview: { port, host, strictPort: true, proxy: apiProxy },
  build: { target: 'es2022', sourcemap: false },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['tests/setup.ts'],
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    restoreMocks: true,
  },
})
