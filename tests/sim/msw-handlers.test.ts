import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { simHandlers } from '../../src/sim/msw-handlers'
import { Simulator } from '../../src/sim/simulator'

// jsdom is the environment the dashboard's own tests use, so the simulator is tried in it here.
const server = setupServer()
const unhandled: string[] = []
beforeAll(() =>
  server.listen({
    // Recorded rather than printed: one test expects a path to stay unhandled.
    onUnhandledRequest: (request) => {
      unhandled.push(new URL(request.url).pathname)
      throw new Error(`Unhandled ${request.method} ${request.url}`)
    },
  }),
)
afterEach(() => {
  server.resetHandlers()
  unhandled.length = 0
})
afterAll(() => server.close())

function host(pathPattern?: string) {
  const sim = new Simulator({ rateLimit: false })
  const { key } = sim.addAccount({ handlers: 30 })
  server.use(...simHandlers(sim, pathPattern))
  return { sim, auth: { Authorization: `Bearer ${key}` }, key }
}

describe('simHandlers through msw', () => {
  it('answers any origin, with and without the trailing slash', async () => {
    expect(unhandled).toEqual([])
    const { auth } = host()
    const slash = await fetch('https://app.conecto.ir/api/notification-handlers/', {
      headers: auth,
    })
    const bare = await fetch('http://localhost:5173/api/notification-handlers?page=2', {
      headers: auth,
    })
    expect([slash.status, bare.status]).toEqual([200, 200])
    const body = (await bare.json()) as { links: { self: string } }
    expect(body.links.self).toBe('http://localhost:5173/api/notification-handlers?&page=2')
  })

  it('reads a FormData body built in the page', async () => {
    const { sim, key, auth } = host()
    const form = new FormData()
    form.append('name', 'From the form')
    form.append('type', 'slack')
    form.append('slack', 'https://hooks.slack.com/services/T1/B1/x')
    const response = await fetch('https://app.conecto.ir/api/notification-handlers', {
      method: 'POST',
      headers: auth,
      body: form,
    })
    expect(response.status).toBe(201)
    expect(sim.handlersOf(key).at(-1)).toMatchObject({ name: 'From the form', type: 'slack' })
  })

  it('turns a dropped connection into a rejected fetch', async () => {
    const { sim, auth } = host()
    sim.injectFault({ drop: true })
    await expect(fetch('https://app.conecto.ir/api/user', { headers: auth })).rejects.toThrow()
  })

  it('serves only the demo prefix when asked to', async () => {
    const { auth } = host('*/demo/api/*')
    const demo = await fetch('http://localhost/demo/api/notification-handlers/', { headers: auth })
    expect(demo.status).toBe(200)
    const body = (await demo.json()) as { meta: { total_results: number } }
    expect(body.meta.total_results).toBe(30)
    // msw turns the unhandled-request error into a 500 of its own; the simulator never saw it.
    const real = await fetch('http://localhost/api/notification-handlers/', { headers: auth })
    expect(real.status).toBe(500)
    expect(unhandled).toEqual(['/api/notification-handlers/'])
  })
})
