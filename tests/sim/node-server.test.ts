// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startSimServer } from '../../src/sim/node-server'
import { Simulator } from '../../src/sim/simulator'
import type { LoggedRequest } from '../../src/sim/simulator'

const sim = new Simulator({ rateLimit: { limit: 100, windowSeconds: 60 } })
const { key } = sim.addAccount({ handlers: 30 })
const auth = { Authorization: `Bearer ${key}` }
let server: { url: string; close(): Promise<void> }

beforeAll(async () => {
  server = await startSimServer({ port: 0, sim })
})
afterAll(() => server.close())

describe('node server', () => {
  it('listens on a real port when asked for port 0', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(server.url).not.toMatch(/:0$/)
  })

  it('serves the API over real HTTP with links from the Host header', async () => {
    const response = await fetch(`${server.url}/api/notification-handlers/?page=2`, {
      headers: auth,
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('X-RateLimit-Limit')).toBe('100')
    const body = (await response.json()) as { data: unknown[]; links: { self: string } }
    expect(body.data).toHaveLength(5)
    expect(body.links.self).toBe(`${server.url}/api/notification-handlers?&page=2`)
  })

  it('passes multipart bodies through and writes empty bodies back', async () => {
    const form = new FormData()
    form.append('name', 'Über <b>HTTP</b>')
    form.append('type', 'email')
    form.append('email', 'http@example.com')
    const created = await fetch(`${server.url}/api/notification-handlers`, {
      method: 'POST',
      headers: auth,
      body: form,
    })
    expect(created.status).toBe(201)
    const { data } = (await created.json()) as { data: { id: number; name: string } }
    expect(data.name).toBe('Über HTTP')

    const deleted = await fetch(`${server.url}/api/notification-handlers/${data.id}`, {
      method: 'DELETE',
      headers: auth,
    })
    expect(deleted.status).toBe(200)
    expect(deleted.headers.get('Content-Type')).toBe('application/json')
    expect(await deleted.text()).toBe('')
  })

  it('exposes and clears the request log, without keys', async () => {
    await fetch(`${server.url}/__sim/requests`, { method: 'DELETE' })
    await fetch(`${server.url}/api/notification-handlers/1`, { headers: auth })
    const log = await fetch(`${server.url}/__sim/requests`)
    const entries = (await log.json()) as LoggedRequest[]
    expect(entries).toEqual([
      expect.objectContaining({ method: 'GET', path: '/api/notification-handlers/1', status: 200 }),
    ])
    expect(JSON.stringify(entries)).not.toContain(key)
    expect((await fetch(`${server.url}/__sim/requests`, { method: 'DELETE' })).status).toBe(204)
    expect(await (await fetch(`${server.url}/__sim/requests`)).json()).toEqual([])
  })

  it('injects faults over HTTP: a dropped connection makes fetch reject', async () => {
    const injected = await fetch(`${server.url}/__sim/faults`, {
      method: 'POST',
      body: JSON.stringify({ drop: true, path: '/api/user' }),
    })
    expect(injected.status).toBe(201)
    await expect(fetch(`${server.url}/api/user`, { headers: auth })).rejects.toThrow()
    expect((await fetch(`${server.url}/api/user`, { headers: auth })).status).toBe(200)
  })

  it('injects an HTML 500 and clears faults on DELETE', async () => {
    const post = (fault: object) =>
      fetch(`${server.url}/__sim/faults`, { method: 'POST', body: JSON.stringify(fault) })
    await post({ status: 500 })
    const failed = await fetch(`${server.url}/api/notification-handlers/`, { headers: auth })
    expect(failed.status).toBe(500)
    expect(failed.headers.get('Content-Type')).toMatch(/^text\/html/)

    await post({ status: 500, times: 3 })
    expect((await fetch(`${server.url}/__sim/faults`, { method: 'DELETE' })).status).toBe(204)
    const fine = await fetch(`${server.url}/api/notification-handlers/`, { headers: auth })
    expect(fine.status).toBe(200)
  })

  it('refuses a malformed fault', async () => {
    const bad = await fetch(`${server.url}/__sim/faults`, {
      method: 'POST',
      body: JSON.stringify({ status: '500' }),
    })
    expect(bad.status).toBe(400)
  })

  it('stops accepting connections after close()', async () => {
    const other = await startSimServer({ port: 0, sim })
    await other.close()
    await expect(fetch(`${other.url}/api/user`, { headers: auth })).rejects.toThrow()
  })
})
