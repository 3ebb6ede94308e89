/// <reference types="vitest/config" />
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import { defineConfig, type Plugin, type ProxyOptions } from 'vite'
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

/**
 * Writes a brotli and a gzip copy beside each text file of the build, for the servers to send to
 * browsers that accept them (`preCompressed` in scripts/server/, `gzip_static` in the nginx
 * recipe): on a phone's connection the first screen's JavaScript is a fifth of its size.
 */
function precompress(): Plugin {
  let outDir = 'dist'
  return {
    name: 'precompress',
    apply: 'build',
    configResolved: (config) => void (outDir = config.build.outDir),
    writeBundle(_options, bundle) {
      for (const fileName of Object.keys(bundle)) {
        if (!/\.(js|css|html|svg|json)$/.test(fileName)) continue
        const path = join(outDir, fileName)
        const content = readFileSync(path)
        if (content.length < 1024) continue
        writeFileSync(`${path}.gz`, gzipSync(content, { level: 9 }))
        const brotli = { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY }
        writeFileSync(`${path}.br`, brotliCompressSync(content, { params: brotli }))
      }
    },
  }
}

export default defineConfig({
  plugins: [react(), precompress()],
  // Loopback only, whatever HOST says: the development server is not for serving.
  server: { port, host: '127.0.0.1', strictPort: true, cors: false, proxy: { '^/api': apiProxy } },
  build: {
    target: 'es2022',
    // The first screen's chunk is one file on purpose (see codeSplitting below): about 510 kB
    // before compression, 158 kB gzip.
    chunkSizeWarningLimit: 650,
    sourcemap: false,
    // Everything the entry imports, the table screen with it, is one chunk: split by what each
    // lazy screen shares, it would be 25 files before the first row, each a request that waits
    // its turn on a phone's connection, and each compressed on its own. Dialogs, menus and the form
    // stay lazy chunks of their own.
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: 'first-screen', tags: ['$initial'] }] } },
    },
  },
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
