/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite'
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

/**
 * What the production server sends with every page: only this origin may supply code, styles,
 * fonts and data (Mantine sets its theme variables in a style element, hence inline styles), the
 * page cannot be framed, and hashed assets are cached for a year while index.html never is.
 */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; '),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
}

function productionHeaders(): Plugin {
  return {
    name: 'production-headers',
    configurePreviewServer(server) {
      server.middlewares.use((request, response, next) => {
        for (const [name, value] of Object.entries(SECURITY_HEADERS))
          response.setHeader(name, value)
        const path = request.url?.split('?')[0] ?? ''
        // Everything under /assets/ has a content hash in its name; nothing else may be cached.
        response.setHeader(
          'Cache-Control',
          path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        )
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
  },
})
