/// <reference types="vitest/config" />
import { defineConfig, type ProxyOptions } from 'vite'
import react from '@vitejs/plugin-react'
import { API_HEADERS, UPSTREAM_HEADERS_KEPT } from './scripts/security-headers.ts'
import { judgeTarget } from './scripts/server/request-target.ts'

const upstream = process.env.CONECTO_API_URL || 'https://app.conecto.ir'
const port = Number(process.env.PORT) || 4173

// `npm run dev` only: the production server is scripts/server/. The real API sends no CORS
// headers, so the browser reaches it through this same-origin proxy, which forwards what the
// production server would and strips what it would.
const apiProxy: ProxyOptions = {
  target: upstream,
  changeOrigin: true,
  secure: true,
  bypass: (request) => (judgeTarget(request.url ?? '') === 'api' ? undefined : false),
  configure: (proxy) => {
    proxy.on('proxyReq', (upstreamRequest) => upstreamRequest.removeHeader('cookie'))
    proxy.on('proxyRes', (upstreamResponse) => {
      for (const name of Object.keys(upstreamResponse.headers)) {
        if (!UPSTREAM_HEADERS_KEPT.test(name)) delete upstreamResponse.headers[name]
      }
      for (const [name, value] of Object.entries(API_HEADERS)) {
        upstreamResponse.headers[name.toLowerCase()] = value
      }
    })
  },
}

export default defineConfig({
  plugins: [react()],
  // Loopback only, whatever HOST says: the development server is not for serving.
  server: { port, host: '127.0.0.1', strictPort: true, cors: false, proxy: { '^/api': apiProxy } },
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
