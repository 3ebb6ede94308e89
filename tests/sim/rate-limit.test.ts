import { describe, expect, it } from 'vitest'
import { Simulator } from '../../src/sim/simulator'
import { call, fakeClock } from './helpers'

const LIST = '/api/notification-handlers/'

function setup(limit = 3, windowSeconds = 10) {
  const clock = fakeClock()
  const sim = new Simulator({ rateLimit: { limit, windowSeconds }, now: clock.now })
  const { key } = sim.addAccount({ handlers: 2 })
  const { key: otherKey } = sim.addAccount()
  return { sim, clock, key, otherKey }
}

function rateHeaders(response: Response) {
  return {
    status: response.status,
    limit: response.headers.get('X-RateLimit-Limit'),
    remaining: response.headers.get('X-RateLimit-Remaining'),
    reset: response.headers.get('X-RateLimit-Reset'),
  }
}

describe('rate limit', () => {
  it('counts down, then answers 429 with the seconds left in the window', async () => {
    const { sim, clock, key } = setup()
    const seen = []
    for (let i = 0; i < 3; i++) seen.push(rateHeaders(await call(sim, 'GET', LIST, { key })))
    expect(seen.map((headers) => headers.remaining)).toEqual(['2', '1', '0'])
    expect(seen.every((headers) => headers.limit === '3' && headers.reset === null)).toBe(true)

    clock.advance(4_500)
    const limited = await call(sim, 'GET', LIST, { key })
    expect(rateHeaders(limited)).toEqual({ status: 429, limit: '3', remaining: null, reset: '6' })
    expect(limited.headers.get('Retry-After')).toBeNull()
    expect(await limited.json()).toMatchObject({ errors: [{ status: 429 }] })
  })

  it('never tells a client to wait less than one second', async () => {
    const { sim, clock, key } = setup(1)
    await call(sim, 'GET', LIST, { key })
    clock.advance(9_999)
    expect(rateHeaders(await call(sim, 'GET', LIST, { key })).reset).toBe('1')
  })

  it('opens a fresh window once the old one is over', async () => {
    const { sim, clock, key } = setup(1)
    await call(sim, 'GET', LIST, { key })
    expect((await call(sim, 'GET', LIST, { key })).status).toBe(429)
    clock.advance(10_000)
    const fresh = await call(sim, 'GET', LIST, { key })
    expect(rateHeaders(fresh)).toMatchObject({ status: 200, remaining: '0' })
  })

  it('counts every endpoint against one allowance per key', async () => {
    const { sim, key, otherKey } = setup()
    await call(sim, 'GET', LIST, { key })
    await call(sim, 'GET', '/api/notification-handlers/1', { key })
    await call(sim, 'POST', LIST, { key, form: { name: 'x', type: 'slack' } })
    const fourth = await call(sim, 'GET', '/api/user', { key })
    expect(fourth.status).toBe(429)
    expect(sim.handlersOf(key)).toHaveLength(3)
    const other = await call(sim, 'GET', LIST, { key: otherKey })
    expect(rateHeaders(other)).toMatchObject({ status: 200, remaining: '2' })
  })

  it('defaults to 60 requests per 60 seconds', async () => {
    const sim = new Simulator()
    const { key } = sim.addAccount()
    const response = await call(sim, 'GET', LIST, { key })
    expect(rateHeaders(response)).toMatchObject({ limit: '60', remaining: '59' })
  })

  it('sends no rate headers when turned off, and can be turned on later', async () => {
    const sim = new Simulator({ rateLimit: false })
    const { key } = sim.addAccount()
    const off = await call(sim, 'GET', LIST, { key })
    expect(rateHeaders(off)).toEqual({ status: 200, limit: null, remaining: null, reset: null })
    sim.setRateLimit({ limit: 5, windowSeconds: 60 })
    const on = await call(sim, 'GET', LIST, { key })
    expect(rateHeaders(on)).toMatchObject({ limit: '5', remaining: '4' })
  })

  it('does not count requests with an unknown key', async () => {
    const { sim, key } = setup(1)
    const unknown = await call(sim, 'GET', LIST, { key: 'a'.repeat(32) })
    expect(rateHeaders(unknown)).toMatchObject({ status: 401, limit: null })
    expect((await call(sim, 'GET', LIST, { key })).status).toBe(200)
  })
})
