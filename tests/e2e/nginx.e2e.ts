// The nginx configuration in the repository, run for real: Debian's nginx on loopback serves
// the production build and forwards /api to the simulator.

import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { cacheControl, SECURITY_HEADERS } from '../../scripts/security-headers'
import { setupBrowser } from './browser'
import { eventually, handlerRows, text } from './app'
import { findNginx } from './tools'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const browser = setupBrowser()
let nginx: ChildProcess | undefined
let workDir = ''
let baseUrl = ''

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

beforeAll(async () => {
  const binary = findNginx()
  workDir = await mkdtemp(join(tmpdir(), 'conecto-nginx-'))
  const port = await freePort()
  const site = (await readFile(join(ROOT, 'scripts/nginx-site.conf'), 'utf8'))
    .replaceAll('__LISTEN__', `127.0.0.1:${port}`)
    .replaceAll('__ROOT__', inject('distDir'))
    .replaceAll('__UPSTREAM__', inject('simUrl'))
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
${site}
}
`
  await writeFile(join(workDir, 'nginx.conf'), main)
  nginx = spawn(binary, ['-p', workDir, '-c', join(workDir, 'nginx.conf')], { stdio: 'inherit' })
  baseUrl = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 15_000
  for (;;) {
    try {
      if ((await fetch(`${baseUrl}/`)).ok) break
    } catch {
      if (Date.now() > deadline) throw new Error(`nginx did not answer on ${baseUrl}`)
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
})

afterAll(async () => {
  nginx?.kill('SIGQUIT')
  await new Promise((resolve) => setTimeout(resolve, 200))
  if (workDir) await rm(workDir, { recursive: true, force: true })
})

describe('the nginx configuration', () => {
  it('sends the same headers as the production server of npm start', async () => {
    const page = await fetch(`${baseUrl}/handlers?page=2`)
    expect(page.status).toBe(200)
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      expect(page.headers.get(name), name).toBe(value)
    }
    expect(page.headers.get('cache-control')).toBe(cacheControl('/handlers'))
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(await page.text())?.[1]
    const script = await fetch(`${baseUrl}${asset}`)
    expect(script.headers.get('cache-control')).toBe(cacheControl(asset!))
    expect(script.headers.get('content-type')).toMatch(/javascript/)
  })

  it('serves the dashboard and forwards /api: sign in and see the table', async () => {
    const { page, keys } = browser
    await page.goto(`${baseUrl}/sign-in`)
    await page.getByLabel(text('signIn.key'), { exact: true }).fill(keys.main)
    await page.getByRole('button', { name: text('signIn.submit'), exact: true }).click()
    await eventually(() => handlerRows(page).count()).toBe(25)
    expect(new URL(page.url()).pathname).toBe('/handlers')
    expect(browser.errors).toEqual([])
  })
})
