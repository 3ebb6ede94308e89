/// <reference types="vitest/config" />
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import {
  defineConfig,
  type HtmlTagDescriptor,
  type Plugin,
  type ProxyOptions,
  type Rollup,
} from 'vite'
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

/**
 * Starts the table screen's chunk, and what it imports, with the page: loaded only once the
 * entry has run, it was a round trip and 40 kB later, and on a phone's connection a first row
 * half a second later. A signed-out visitor gets it on the sign-in screen, where it is needed
 * the moment the key is accepted. The Persian catalogue (10 kB) starts too, after everything
 * else: most of Conecto's users read Persian, and the first render waits for it.
 */
function preloadFirstScreen(): Plugin {
  return {
    name: 'preload-first-screen',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        const chunks = Object.values(bundle ?? {}).filter(
          (file): file is Rollup.OutputChunk => file.type === 'chunk',
        )
        const chunkOf = (module: string) => {
          const found = chunks.find((chunk) => chunk.facadeModuleId?.endsWith(module))
          if (!found) throw new Error(`preload-first-screen: ${module} has no chunk of its own.`)
          return found
        }
        const table = chunkOf('/src/features/handlers/handlers-page.tsx')
        const persian = chunkOf('/src/i18n/fa.ts')
        const files = new Set<string>()
        const add = (chunk: Rollup.OutputChunk) => {
          if (files.has(chunk.fileName)) return
          files.add(chunk.fileName)
          for (const name of chunk.imports) {
            const imported = chunks.find((other) => other.fileName === name)
            if (imported) add(imported)
          }
        }
        add(table)
        const tags: HtmlTagDescriptor[] = [...files]
          .filter((file) => !html.includes(`/${file}"`))
          .map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` },
            injectTo: 'head',
          }))
        tags.push({
          tag: 'link',
          attrs: {
            rel: 'modulepreload',
            crossorigin: true,
            fetchpriority: 'low',
            href: `/${persian.fileName}`,
          },
          injectTo: 'head',
        })
        for (const css of table.viteMetadata?.importedCss ?? []) {
          tags.push({
            tag: 'link',
            attrs: { rel: 'preload', as: 'style', crossorigin: true, href: `/${css}` },
            injectTo: 'head',
          })
        }
        return tags
      },
    },
  }
}

export default defineConfig({
  plugins: [react(), precompress(), preloadFirstScreen()],
  // Loopback only, whatever HOST says: the development server is not for serving.
  server: { port, host: '127.0.0.1', strictPort: true, cors: false, proxy: { '^/api': apiProxy } },
  build: {
    target: 'es2022',
    sourcemap: false,
    // Code that two or more chunks share goes into one chunk, not dozens of small ones: each file
    // is a request, and on a phone's connection each request waits its turn.
    rolldownOptions: {
      output: { codeSplitting: { experimentalInlineCommonChunks: { maxSize: 40_000 } } },
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
