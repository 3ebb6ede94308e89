// @vitest-environment node
// The server of `npm start` (scripts/server/) in front of upstreams of the test's own: a
// recording one with a certificate of a throwaway CA, and one whose certificate is for another
// name and signed by nothing anyone trusts.

import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApiClient } from '../../src/api/client'
import { ApiError } from '../../src/api/errors'
import { startAppServer, type AppServer } from '../e2e/global-setup'
import {
  expectOnlyOurHeadersOnHostileAnswer,
  expectRefusalsToSpareRequestsInFlight,
  expectSecurityHeaders,
  preflight,
} from './checks'
import { expectNoEscape, tryEscapes } from './escapes'
import { rawRequest, type ServerAddress } from './raw-request'
import { makeThrowawayCa, type ThrowawayCa } from './throwaway-ca'
import { answerJson, startUpstream, type TestUpstream } from './upstreams'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const TSX = join(ROOT, 'node_modules/.bin/tsx')
const KEY = '0123456789abcdef0123456789abcdef'
let ca: ThrowawayCa
let distDir: string
let trusted: TestUpstream
let wrongName: TestUpstream
const apps: AppServer[] = []
let app: ServerAddress & { url: string }
let appOfWrongName: ServerAddress & { url: string }

async function serve(upstream: TestUpstream) {
  const server = await startAppServer(distDir, upstream.url, { NODE_EXTRA_CA_CERTS: ca.caFile })
  apps.push(server)
  const address = {
    url: server.url,
    port: Number(new URL(server.url).port),
    host: new URL(server.url).host,
  }
  const deadline = Date.now() + 30_000
  while ((await rawRequest(address, '/')).status !== 200) {
    if (Date.now() > deadline) throw new Error(`The app server did not start:\n${server.output()}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return address
}

beforeAll(async () => {
  ca = makeThrowawayCa()
  distDir = mkdtempSync(join(tmpdir(), 'conecto-dist-'))
  mkdirSync(join(distDir, 'assets'))
  writeFileSync(join(distDir, 'index.html'), '<!doctype html><title>Dashboard</title>')
  writeFileSync(join(distDir, 'assets/app-1234.js'), 'export {}')
  // The build's brotli copy, told apart from the file by its content here.
  writeFileSync(join(distDir, 'assets/app-1234.js.br'), 'brotli bytes')
  trusted = await startUpstream(ca.issue('localhost'))
  wrongName = await startUpstream(ca.selfSigned('wrong.example'))
  ;[app, appOfWrongName] = await Promise.all([serve(trusted), serve(wrongName)])
}, 60_000)

afterAll(async () => {
  await Promise.all(apps.map((server) => server.stop()))
  await trusted?.close()
  await wrongName?.close()
  ca?.remove()
  if (distDir) rmSync(distDir, { recursive: true, force: true })
})

describe('the server of npm start', () => {
  it('forwards no path outside /api/ and refuses every escape with a clear answer', async () => {
    trusted.answer = answerJson
    const tried = await tryEscapes('npm-start', (target) => rawRequest(app, target), trusted)
    expectNoEscape(tried)
    // Nothing of the table is forwarded: each is refused before the upstream is asked.
    expect(tried.flatMap(({ result }) => result.upstreamSaw)).toEqual([])
    expect(tried.find(({ result }) => result.target === '/api/..;/admin')!.answer.body).toMatch(
      /"status":400/,
    )
  })

  it("sends the build's compressed copy to a browser that accepts it, and the file to others", async () => {
    const compressed = await rawRequest(app, '/assets/app-1234.js', {
      headers: { 'Accept-Encoding': 'gzip, deflate, br' },
    })
    expect(compressed.status).toBe(200)
    expect(compressed.headers['content-encoding']).toBe('br')
    expect(compressed.headers.vary).toMatch(/accept-encoding/i)
    expect(compressed.body).toBe('brotli bytes')
    expectSecurityHeaders(compressed.headers, 'a compressed asset')

    const plain = await rawRequest(app, '/assets/app-1234.js')
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body).toBe('export {}')
  })

  it('keeps serving the requests in flight while it refuses escapes', async () => {
    await expectRefusalsToSpareRequestsInFlight(app, trusted)
  })

  it('sends nothing to an upstream whose certificate it cannot verify, and says so', async () => {
    const client = createApiClient({ baseUrl: `${appOfWrongName.url}/api`, apiKey: KEY })
    const error = await client.listHandlers({ page: 1, perPage: 10 }).catch((caught) => caught)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ kind: 'server', status: 502 })
    expect((error as ApiError).serverMessage).toMatch(
      /upstream certificate .* could not be verified/,
    )
    expect(wrongName.seen).toEqual([])

    // The same request reaches an upstream whose certificate a trusted CA signed.
    trusted.answer = answerJson
    const before = trusted.seen.length
    const answer = await rawRequest(app, '/api/notification-handlers/?page=1', {
      headers: { Authorization: `Bearer ${KEY}` },
    })
    expect(answer.status).toBe(200)
    expect(trusted.seen.slice(before).map((request) => request.target)).toEqual([
      '/api/notification-handlers/?page=1',
    ])
    expect(trusted.seen.at(-1)!.headers.authorization).toBe(`Bearer ${KEY}`)
  })

  it('puts its own headers on an upstream answer, and passes no cookie either way', async () => {
    await expectOnlyOurHeadersOnHostileAnswer(app, trusted)
  })

  it('answers no other origin, and every answer carries the security headers', async () => {
    await preflight(app)

    const otherHost = await rawRequest({ ...app, host: `rebound.example:${app.port}` }, '/')
    expect(otherHost.status).toBe(403)
    expectSecurityHeaders(otherHost.headers, 'the host refusal')

    const unparsable = await rawRequest(app, '/a b')
    expect(unparsable.status).toBe(400)
    expectSecurityHeaders(unparsable.headers, 'the answer to a request Node cannot parse')

    for (const target of ['/api-internal', '/assets/missing-0000.js']) {
      const missing = await rawRequest(app, target)
      expect(missing.status, target).toBe(404)
      expectSecurityHeaders(missing.headers, target)
    }

    const route = await rawRequest(app, '/handlers?page=2', {
      headers: { Origin: 'http://localhost:3000' },
    })
    expect(route.status).toBe(200)
    expect(route.body).toContain('<title>Dashboard</title>')
    expect(route.headers['cache-control']).toBe('no-cache')
    expectSecurityHeaders(route.headers, 'a route of the dashboard')
    const asset = await rawRequest(app, '/assets/app-1234.js')
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable')
  })
})

describe('starting the server of npm start', () => {
  it('says plainly that keys would travel in clear text when bound beyond loopback', () => {
    // A build that is not there stops it right after the warning, before it listens anywhere.
    const run = spawnSync(
      TSX,
      ['scripts/server/main.ts', '--dist', join(tmpdir(), 'no-build-here')],
      {
        cwd: ROOT,
        env: { ...process.env, HOST: '0.0.0.0', PORT: '9' },
        encoding: 'utf8',
      },
    )
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(/HOST=0\.0\.0\.0 .*API keys would travel in clear text/s)
    expect(run.stderr).toContain('README.md')
    expect(run.stderr).toMatch(/no build in/)
  })
})
