// `npm start` after the build: serves dist/ on loopback and forwards /api to CONECTO_API_URL.
// `--dist <folder>` serves another build (the e2e suite builds into a folder of its own).

import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { createApp } from './app.ts'
import { isLoopback } from './hosts.ts'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const { values } = parseArgs({ options: { dist: { type: 'string' } } })
const distDir = resolve(values.dist ?? join(ROOT, 'dist'))
const host = process.env.HOST || '127.0.0.1'
const port = Number(process.env.PORT) || 4173
const upstream = upstreamUrl(process.env.CONECTO_API_URL || 'https://app.conecto.ir')

function upstreamUrl(value: string): URL {
  const url = URL.canParse(value) ? new URL(value) : null
  if (url?.protocol === 'https:' || url?.protocol === 'http:') return url
  console.error(
    `CONECTO_API_URL must be the address of a site, such as https://app.conecto.ir, not "${value}".`,
  )
  process.exit(1)
}

if (!isLoopback(host)) {
  console.warn(
    `WARNING: HOST=${host} serves the dashboard to other machines over plain HTTP: API keys ` +
      'would travel in clear text. To serve it beyond this machine, put it behind TLS; see ' +
      '"Deploying behind TLS" in README.md.',
  )
}
if (!existsSync(join(distDir, 'index.html'))) {
  console.error(
    `There is no build in ${distDir}: run \`npm run build\` first (\`npm start\` does).`,
  )
  process.exit(1)
}
if (upstream.protocol === 'http:' && !isLoopback(upstream.hostname)) {
  console.warn(
    `WARNING: ${upstream.origin} is plain HTTP: API keys would travel to it in clear text.`,
  )
}

const app = await createApp({ distDir, upstream, hostNames: [host] })
await app.listen({ host, port })
console.log(
  `The dashboard is at http://${host.includes(':') ? `[${host}]` : host}:${port}/, /api goes to ${upstream.origin}`,
)

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void app.close().then(() => process.exit(0)))
}
