import { describe, expect, it } from 'vitest'
import { Simulator, type Dialect } from '../../src/sim/simulator'
import { call, readJson, type ErrorBody, type WireHandler } from './helpers'

function setup(dialect: Dialect) {
  const sim = new Simulator({ dialect, rateLimit: false })
  const { key } = sim.addAccount({
    handlers: [
      {
        type: 'email',
        name: 'Work email',
        settings: { email: 'hey@example.com', email_is_confirmed: '1' },
        datetime: '2026-05-13 15:01:12',
      },
    ],
  })
  const { key: otherKey } = sim.addAccount({ handlers: [{ type: 'slack', name: 'Other' }] })
  return { sim, key, otherKey }
}

describe('get one', () => {
  it('documented: answers the documented handler shape', async () => {
    const { sim, key } = setup('documented')
    const response = await call(sim, 'GET', '/api/notification-handlers/1', { key })
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({
      data: {
        id: 1,
        type: 'email',
        name: 'Work email',
        settings: { email: 'hey@example.com' },
        is_enabled: true,
        last_datetime: null,
        datetime: '2026-05-13 15:01:12',
      },
    })
  })

  it('platform: adds user_id, an integer is_enabled and email_is_confirmed', async () => {
    const { sim, key } = setup('platform')
    const response = await call(sim, 'GET', '/api/notification-handlers/1/', { key })
    const { data } = await readJson<{ data: WireHandler }>(response)
    expect(data).toMatchObject({ id: 1, user_id: 1, is_enabled: 1 })
    expect(data.settings).toEqual({ email: 'hey@example.com', email_is_confirmed: '1' })
  })

  it.each([
    ['an unknown id', '999'],
    ['another account’s id', '2'],
    ['a non-numeric id', 'abc'],
    ['a negative id', '-1'],
  ])('answers 404 for %s', async (_label, id) => {
    const { sim, key } = setup('platform')
    const response = await call(sim, 'GET', `/api/notification-handlers/${id}`, { key })
    expect(response.status).toBe(404)
    expect((await readJson<ErrorBody>(response)).errors[0]?.status).toBe(404)
  })
})

describe('delete', () => {
  it('documented: answers 204 with no body and removes the handler', async () => {
    const { sim, key } = setup('documented')
    const response = await call(sim, 'DELETE', '/api/notification-handlers/1', { key })
    expect(response.status).toBe(204)
    expect(await response.text()).toBe('')
    expect(sim.handlersOf(key)).toEqual([])
    const again = await call(sim, 'GET', '/api/notification-handlers/1', { key })
    expect(again.status).toBe(404)
  })

  it('platform: answers 200 with an empty body that claims to be JSON', async () => {
    const { sim, key } = setup('platform')
    const response = await call(sim, 'DELETE', '/api/notification-handlers/1', { key })
    expect(response.status).toBe(200)
    expect(response.headers.get('Content-Type')).toBe('application/json')
    expect(await response.text()).toBe('')
    expect(sim.handlersOf(key)).toEqual([])
  })

  it('answers 404 for another account’s handler and keeps it', async () => {
    const { sim, key, otherKey } = setup('platform')
    const response = await call(sim, 'DELETE', '/api/notification-handlers/2', { key })
    expect(response.status).toBe(404)
    expect(sim.handlersOf(otherKey)).toHaveLength(1)
  })

  it('answers 404 to a DELETE on the collection', async () => {
    const { sim, key } = setup('platform')
    const response = await call(sim, 'DELETE', '/api/notification-handlers/', { key })
    expect(response.status).toBe(404)
    expect(sim.handlersOf(key)).toHaveLength(1)
  })
})
