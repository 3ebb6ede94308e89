import { describe, expect, it } from 'vitest'
import { Simulator } from '../../src/sim/simulator'
import { call, fakeClock } from './helpers'

const LIST = '/api/notification-handlers/'

function setup() {
  const clock = fakeClock()
  const sim = new Simulator({ rateLimit: { limit: 60, windowSeconds: 60 }, now: clock.now })
  const { key } = sim.addAccount({ handlers: 3 })
  return { sim, key }
}

describe('faults', () => {
  it('answers a 500 fault with an HTML page, once', async () => {
    const { sim, key } = setup()
    sim.injectFault({ status: 500 })
    const failed = await call(sim, 'GET', LIST, { key })
    expect(failed.status).toBe(500)
    expect(failed.headers.get('Content-Type')).toMatch(/^text\/html/)
    const page = await failed.text()
    expect(page).toContain('<html>')
    expect(() => JSON.parse(page) as unknown).toThrow()
    expect((await call(sim, 'GET', LIST, { key })).status).toBe(200)
  })

  it('answers other statuses in the platform’s JSON error shape', async () => {
    const { sim, key } = setup()
    sim.injectFault({ status: 404 })
    sim.injectFault({ status: 429 })
    const notFound = await call(sim, 'GET', LIST, { key })
    expect(notFound.status).toBe(404)
    expect(await notFound.json()).toMatchObject({ errors: [{ status: 404 }] })
    const limited = await call(sim, 'GET', LIST, { key })
    expect(limited.status).toBe(429)
    expect(limited.headers.get('X-RateLimit-Reset')).toBe('60')
  })

  it('answers exactly the given body, status and content type', async () => {
    const { sim, key } = setup()
    sim.injectFault({ body: '{"data":{"unexpected":true}}' })
    sim.injectFault({ body: 'Gateway timeout', status: 504, contentType: 'text/plain' })
    const wrongShape = await call(sim, 'GET', LIST, { key })
    expect(wrongShape.status).toBe(200)
    expect(wrongShape.headers.get('Content-Type')).toBe('application/json')
    expect(await wrongShape.text()).toBe('{"data":{"unexpected":true}}')
    const plain = await call(sim, 'GET', LIST, { key })
    expect([plain.status, plain.headers.get('Content-Type')]).toEqual([504, 'text/plain'])
    expect(await plain.text()).toBe('Gateway timeout')
  })

  it('drops the connection with Response.error()', async () => {
    const { sim, key } = setup()
    sim.injectFault({ drop: true })
    const dropped = await call(sim, 'GET', LIST, { key })
    expect(dropped.type).toBe('error')
    expect(dropped.status).toBe(0)
  })

  it('delays and then answers normally', async () => {
    const { sim, key } = setup()
    sim.injectFault({ delayMs: 80 })
    const started = performance.now()
    const response = await call(sim, 'GET', LIST, { key })
    expect(performance.now() - started).toBeGreaterThanOrEqual(70)
    expect(response.status).toBe(200)
    expect(response.headers.get('X-RateLimit-Remaining')).toBe('59')
  })

  it('applies to as many requests as `times` says', async () => {
    const { sim, key } = setup()
    sim.injectFault({ status: 500, times: 2 })
    const statuses = []
    for (let i = 0; i < 3; i++) statuses.push((await call(sim, 'GET', LIST, { key })).status)
    expect(statuses).toEqual([500, 500, 200])
  })

  it('matches by method and by path substring or regex', async () => {
    const { sim, key } = setup()
    sim.injectFault({ method: 'post', status: 500 })
    sim.injectFault({ path: /\/notification-handlers\/\d+$/, status: 503 })
    sim.injectFault({ path: 'page=2', status: 502 })
    expect((await call(sim, 'GET', LIST, { key })).status).toBe(200)
    expect((await call(sim, 'GET', '/api/notification-handlers/1', { key })).status).toBe(503)
    expect((await call(sim, 'GET', `${LIST}?page=2`, { key })).status).toBe(502)
    const form = { name: 'n', type: 'slack' }
    expect((await call(sim, 'POST', LIST, { key, form })).status).toBe(500)
    expect(sim.handlersOf(key)).toHaveLength(3)
  })

  it('matches by form fields, to aim at one write among several alike', async () => {
    const { sim, key } = setup()
    sim.injectFault({ method: 'POST', fields: { name: 'second' }, status: 500 })
    const create = (name: string) =>
      call(sim, 'POST', LIST, { key, form: { name, type: 'internal_notification' } })
    expect((await create('first')).status).toBe(201)
    expect((await call(sim, 'GET', LIST, { key })).status).toBe(200)
    expect((await create('second')).status).toBe(500)
    expect((await create('second')).status).toBe(201)
    expect(sim.handlersOf(key).map((handler) => handler.name)).toContain('second')
  })

  it('applies before authentication and rate limiting', async () => {
    const { sim } = setup()
    sim.injectFault({ status: 500 })
    const response = await call(sim, 'GET', LIST)
    expect(response.status).toBe(500)
    expect(response.headers.get('X-RateLimit-Limit')).toBeNull()
  })

  it('forgets queued faults on clearFaults', async () => {
    const { sim, key } = setup()
    sim.injectFault({ status: 500, times: 5 })
    sim.clearFaults()
    expect((await call(sim, 'GET', LIST, { key })).status).toBe(200)
  })
})
