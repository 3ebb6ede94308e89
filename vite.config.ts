/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite'
import react from '@vitejs/plugin-react'
import { cacheControl, SECURITY_HEADERS } from './scripts/security-headers.ts'

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

/** What the production server of `npm start` sends with every response. */
function productionHeaders(): Plugin {
  return {
    name: 'production-headers',
    configurePreviewServer(server) {
      server.middlewares.use((request, response, next) => {
        for (const [name, value] of Object.entries(SECURITY_HEADERS))
          response.setHeader(name, value)
        response.setHeader('Cache-Control', cacheControl(request.url?.split('?')[0] ?? ''))
        next()
      })
    },
  }
}

export default defineConfig({
  plugins: [react(), productionHeaders()],
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
    // The browser tests run alongside, on a machine that may be shared: a slow pass is a pass.
    testTimeout: 60_000,
    // Both cores: Vitest's default leaves one of two idle, and half of the suite's time is waiting.
    maxWorkers: 2,
  },
})
