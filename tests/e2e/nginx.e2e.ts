// The nginx configuration in the repository, run for real: Debian's nginx on loopback serves
// the production build over TLS with a certificate of a throwaway CA, and forwards /api over
// TLS to upstreams of the test's own: the simulator, a recording upstream, and one whose
// certificate is for another name and signed by nothing anyone trusts.

import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { cacheControl, SECURITY_HEADERS } from '../../scripts/security-headers'
import {
  expectOnlyOurHeadersOnHostileAnswer,
  expectRefusalsToSpareRequestsInFlight,
  expectSecurityHeaders,
  preflight,
} from '../serving/checks'
import { expectNoEscape, tryEscapes } from '../serving/escapes'
import { rawRequest, type ServerAddress } from '../serving/raw-request'
import { makeThrowawayCa, type Certificate, type ThrowawayCa } from '../serving/throwaway-ca'
import { answerJson, startTlsFront, startUpstream, type TestUpstream } from '../serving/upstreams'
import { setupBrowser } from './browser'
import { eventually, handlerRows, text } from './app'
import { findNginx } from './tools'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const SYSTEM_CA_BUNDLE = '/etc/ssl/certs/ca-certificates.crt'
const SERVER_NAME = 'localhost'
const browser = setupBrowser()
const cleanups: (() => Promise<void> | void)[] = []
let ca: ThrowawayCa
let recording: TestUpstream
let wrongName: TestUpstream
let site: ServerAddress & { url: string }
let recordingSite: ServerAddress
let wrongNameSite: ServerAddress

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

/** nginx with the repository's site, its placeholders filled in, in front of `upstream`. */
async function startNginx(upstream: string, certificate: Certificate) {
  const workDir = await mkdtemp(join(tmpdir(), 'conecto-nginx-'))
  const port = await freePort()
  const recipe = await readFile(join(ROOT, 'scripts/nginx-site.conf'), 'utf8')
  // The recipe trusts the system's CA bundle; this test trusts its own CA instead, and only it.
  expect(recipe).toContain(`proxy_ssl_trusted_certificate ${SYSTEM_CA_BUNDLE};`)
  const siteConfig = recipe
    .replaceAll(SYSTEM_CA_BUNDLE, ca.caFile)
    .replaceAll('__LISTEN__', `127.0.0.1:${port}`)
    .replaceAll('__SERVER_NAME__', SERVER_NAME)
    .replaceAll('__CERTIFICATE_KEY__', certificate.keyFile)
    .replaceAll('__CERTIFICATE__', certificate.certFile)
    .replaceAll('__ROOT__', inject('distDir'))
    .replaceAll('__UPSTREAM__', upstream)
  expect(siteConfig).not.toMatch(/__[A-Z_]+__/)
  const main = `
user root;
daemon off;
worker_processes 1;
pid ${workDir}/nginx.pid;
error_log ${workDir}/error.log warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path ${workDir}/body;
  proxy_temp_path ${workDir}/proxy;
  fastcgi_temp_path ${workDir}/fastcgi;
  uwsgi_temp_path ${workDir}/uwsgi;
  scgi_temp_path ${workDir}/scgi;
${siteConfig}
}
`
  await writeFile(join(workDir, 'nginx.conf'), main)
  const nginx: ChildProcess = spawn(
    findNginx(),
    ['-p', workDir, '-c', join(workDir, 'nginx.conf')],
    {
      stdio: 'inherit',
    },
  )
  cleanups.push(async () => {
    nginx.kill('SIGQUIT')
    await new Promise((resolve) => setTimeout(resolve, 200))
    await rm(workDir, { recursive: true, force: true })
  })
  const address = {
    url: `https://${SERVER_NAME}:${port}`,
    port,
    host: `${SERVER_NAME}:${port}`,
    tls: { ca: ca.ca, servername: SERVER_NAME },
  }
  const deadline = Date.now() + 15_000
  while ((await rawRequest(address, '/')).status !== 200) {
    if (Date.now() > deadline) throw new Error(`nginx did not answer on ${address.url}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return address
}

beforeAll(async () => {
  ca = makeThrowawayCa()
  cleanups.push(() => ca.remove())
  const certificate = ca.issue(SERVER_NAME)
  const simFront = await startTlsFront(certificate, new URL(inject('simUrl')))
  recording = await startUpstream(certificate)
  wrongName = await startUpstream(ca.selfSigned('wrong.example'))
  cleanups.push(
    () => simFront.close(),
    () => recording.close(),
    () => wrongName.close(),
  )
  ;[site, recordingSite, wrongNameSite] = await Promise.all([
    startNginx(simFront.url, certificate),
    startNginx(recording.url, certificate),
    startNginx(wrongName.url, certificate),
  ])
})

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup()
})

describe('the nginx configuration', () => {
  it('sends the same headers as the production server of npm start, and HSTS', async () => {
    const page = await rawRequest(site, '/handlers?page=2')
    expect(page.status).toBe(200)
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      expect(page.headers[name.toLowerCase()], name).toBe(value)
    }
    expect(page.headers['cache-control']).toBe(cacheControl('/handlers'))
    expect(page.headers['strict-transport-security']).toMatch(/max-age=\d{8}/)
    expect(page.headers.server).toBe('nginx')
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(page.body)?.[1]
    const script = await rawRequest(site, asset!)
    expect(script.headers['cache-control']).toBe(cacheControl(asset!))
    expect(script.headers['content-type']).toMatch(/javascript/)
  })

  it('serves the dashboard over TLS and forwards /api over TLS: sign in and see the table', async () => {
    const { page, keys } = browser
    // The browser is not told of the throwaway CA; every other request here checks against it.
    const devtools = await page.context().newCDPSession(page)
    await devtools.send('Security.setIgnoreCertificateErrors', { ignore: true })
    await page.goto(`${site.url}/sign-in`)
    await page.getByLabel(text('signIn.key'), { exact: true }).fill(keys.main)
    await page.getByRole('button', { name: text('signIn.submit'), exact: true }).click()
    await eventually(() => handlerRows(page).count()).toBe(25)
    expect(new URL(page.url()).pathname).toBe('/handlers')
    expect(browser.errors).toEqual([])
  })

  it('forwards no path outside /api/ and refuses every escape with a clear answer', async () => {
    recording.answer = answerJson
    const tried = await tryEscapes(
      'nginx',
      (target) => rawRequest(recordingSite, target),
      recording,
    )
    expectNoEscape(tried)
    expect(tried.find(({ result }) => result.target === '/api/..;/admin')!.result.status).toBe(400)
  })

  it('keeps serving the requests in flight while it refuses escapes', async () => {
    await expectRefusalsToSpareRequestsInFlight(recordingSite, recording)
  })

  it('sends nothing to an upstream whose certificate it cannot verify, and says so', async () => {
    const answer = await rawRequest(wrongNameSite, '/api/user', {
      headers: { Authorization: 'Bearer 0123456789abcdef0123456789abcdef' },
    })
    expect(answer.status).toBe(502)
    const body = JSON.parse(answer.body) as { errors: { title: string; status: number }[] }
    expect(body.errors[0]!.status).toBe(502)
    expect(body.errors[0]!.title).toMatch(/upstream certificate could not be verified/)
    expectSecurityHeaders(answer.headers)
    expect(wrongName.seen).toEqual([])

    // The same request reaches an upstream whose certificate the trusted CA signed.
    recording.answer = answerJson
    const before = recording.seen.length
    expect((await rawRequest(recordingSite, '/api/user')).status).toBe(200)
    expect(recording.seen.slice(before).map((request) => request.target)).toEqual(['/api/user'])
  })

  it('puts its own headers on an upstream answer, and passes no cookie either way', async () => {
    await expectOnlyOurHeadersOnHostileAnswer(recordingSite, recording)
  })

  it('answers no other origin or host name, and every answer carries the security headers', async () => {
    await preflight(recordingSite)

    const missing = await rawRequest(recordingSite, '/api-internal')
    expect(missing.status).toBe(404)
    expectSecurityHeaders(missing.headers, 'the 404')

    // Another name gets no answer: neither by TLS name nor by Host header.
    const otherName = { ...recordingSite, tls: { ca: ca.ca, servername: 'rebound.example' } }
    expect((await rawRequest(otherName, '/')).status).toBe(0)
    const otherHost = { ...recordingSite, host: `rebound.example:${recordingSite.port}` }
    expect((await rawRequest(otherHost, '/')).status).toBe(0)
  })
})
