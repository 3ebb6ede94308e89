import { describe, expect, it } from 'vitest'
import { Simulator } from '../../src/sim/simulator'
import { call, readJson, type ErrorBody } from './helpers'

const LIST = '/api/notification-handlers/'

function setup() {
  const sim = new Simulator({ rateLimit: false })
  const { key } = sim.addAccount({ handlers: 3 })
  const { key: noAccess } = sim.addAccount({ apiAccess: false, handlers: 2 })
  return { sim, key, noAccess }
}

describe('authentication', () => {
  it('answers a request without Authorization with 401 and a string status', async () => {
    const { sim } = setup()
    const response = await call(sim, 'GET', LIST)
    expect(response.status).toBe(401)
    expect(response.headers.get('Content-Type')).toBe('application/json')
    const body = await readJson<ErrorBody>(response)
    expect(body.errors).toHaveLength(1)
    expect(body.errors[0]?.status).toBe('401')
  })

  it('treats a non-Bearer Authorization header as missing', async () => {
    const { sim, key } = setup()
    const response = await call(sim, 'GET', LIST, { headers: { Authorization: `Basic ${key}` } })
    expect(response.status).toBe(401)
    expect((await readJson<ErrorBody>(response)).errors[0]?.status).toBe('401')
  })

  it('answers an unknown key with 401 and a numeric status', async () => {
    const { sim } = setup()
    const response = await call(sim, 'GET', LIST, { key: 'f'.repeat(32) })
    expect(response.status).toBe(401)
    const body = await readJson<ErrorBody>(response)
    expect(body.errors[0]).toEqual({ title: 'The API key is not valid.', status: 401 })
  })

  it('answers 401 to an account whose plan has no API access, on every endpoint', async () => {
    const { sim, noAccess } = setup()
    const [id] = sim.handlersOf(noAccess).map((handler) => handler.id)
    const responses = await Promise.all([
      call(sim, 'GET', LIST, { key: noAccess }),
      call(sim, 'GET', `/api/notification-handlers/${id}`, { key: noAccess }),
      call(sim, 'POST', LIST, { key: noAccess, form: { name: 'x', type: 'email' } }),
      call(sim, 'GET', '/api/user', { key: noAccess }),
    ])
    expect(responses.map((response) => response.status)).toEqual([401, 401, 401, 401])
    expect(sim.handlersOf(noAccess)).toHaveLength(2)
  })

  it('lets a valid key through', async () => {
    const { sim, key } = setup()
    const response = await call(sim, 'GET', LIST, { key })
    expect(response.status).toBe(200)
  })

  it('answers a CORS preflight with 401 and no CORS headers', async () => {
    const { sim } = setup()
    const response = await call(sim, 'OPTIONS', LIST, {
      headers: { Origin: 'https://elsewhere.example', 'Access-Control-Request-Method': 'POST' },
    })
    expect(response.status).toBe(401)
    expect(response.headers.get('Access-Control-Allow-Origin')).toBeNull()
  })

  it('answers unknown API paths with a JSON 404, before looking at the key', async () => {
    const { sim } = setup()
    const response = await call(sim, 'GET', '/api/monitors/')
    expect(response.status).toBe(404)
    expect((await readJson<ErrorBody>(response)).errors[0]?.status).toBe(404)
  })

  it('answers methods other than GET, POST and DELETE with 404 once the key is valid', async () => {
    const { sim, key } = setup()
    const [id] = sim.handlersOf(key).map((handler) => handler.id)
    const put = await call(sim, 'PUT', `/api/notification-handlers/${id}`, { key })
    const patch = await call(sim, 'PATCH', `/api/notification-handlers/${id}`, { key })
    expect([put.status, patch.status]).toEqual([404, 404])
  })
})
