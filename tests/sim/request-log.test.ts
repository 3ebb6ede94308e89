import { describe, expect, it } from 'vitest'
import { Simulator } from '../../src/sim/simulator'
import { call, fakeClock, T0 } from './helpers'

describe('request log', () => {
  it('records each request without the key', async () => {
    const clock = fakeClock()
    const sim = new Simulator({ rateLimit: false, now: clock.now })
    const { key, id } = sim.addAccount({ handlers: 2 })
    await call(sim, 'GET', '/api/notification-handlers/?page=2&results_per_page=10', { key })
    clock.advance(1000)
    await call(sim, 'POST', '/api/notification-handlers', {
      key,
      urlencoded: { name: 'Ops', type: 'slack' },
    })
    await call(sim, 'GET', '/api/notification-handlers/', { key: 'nope' })

    expect(sim.requests).toEqual([
      {
        method: 'GET',
        path: '/api/notification-handlers/?page=2&results_per_page=10',
        query: { page: '2', results_per_page: '10' },
        fields: null,
        contentType: null,
        account: String(id),
        status: 200,
        at: T0,
      },
      {
        method: 'POST',
        path: '/api/notification-handlers',
        query: {},
        fields: { name: 'Ops', type: 'slack' },
        contentType: 'application/x-www-form-urlencoded;charset=UTF-8',
        account: String(id),
        status: 201,
        at: T0 + 1000,
      },
      expect.objectContaining({ account: null, status: 401 }),
    ])
    expect(JSON.stringify(sim.requests)).not.toContain(key)
  })

  it('logs a JSON POST with empty fields, and faulted requests too', async () => {
    const sim = new Simulator({ rateLimit: false })
    const { key } = sim.addAccount()
    sim.injectFault({ drop: true })
    await call(sim, 'GET', '/api/notification-handlers/', { key })
    await call(sim, 'POST', '/api/notification-handlers', { key, json: { name: 'x' } })
    expect(sim.requests.map(({ status, fields }) => ({ status, fields }))).toEqual([
      { status: 0, fields: null },
      { status: 401, fields: {} },
    ])
  })

  it('clears in place, so a held reference sees the empty log', async () => {
    const sim = new Simulator({ rateLimit: false })
    const { key } = sim.addAccount()
    const log = sim.requests
    await call(sim, 'GET', '/api/notification-handlers/', { key })
    expect(log).toHaveLength(1)
    sim.clearLog()
    expect(log).toHaveLength(0)
    expect(sim.requests).toBe(log)
  })
})
