import { describe, expect, it, vi } from 'vitest'
import { createApiClient } from '../../src/api/client'
import { ApiError } from '../../src/api/errors'
import type { Clock } from '../../src/api/rate-pacer'
import { runQueue } from '../../src/features/handlers/work/queue'
import type { Dialect } from '../../src/sim/simulator'
import { setupSimulator } from '../sim-server'

const env = setupSimulator()

function clientFor(key: string, options: { clock?: Clock; timeoutMs?: number } = {}) {
  return createApiClient({ baseUrl: '/api', apiKey: key, ...options })
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof ApiError) return error
    throw error
  }
  throw new Error('expected the call to fail')
}

const dialects: Dialect[] = ['documented', 'platform']

describe.each(dialects)('the client against the %s dialect', (dialect) => {
  function account(handlers: number) {
    env.sim.setDialect(dialect)
    const { key } = env.sim.addAccount({ handlers })
    return { key, client: clientFor(key) }
  }

  it('lists a page as one domain shape', async () => {
    const { client } = account(30)
    const page = await client.listHandlers({ page: 2, perPage: 10 })
    expect(page).toMatchObject({ page: 2, perPage: 10, total: 30, totalPages: 3 })
    expect(page.items).toHaveLength(10)
    for (const handler of page.items) {
      expect(['enabled', 'disabled', 'pending']).toContain(handler.status)
      expect(Number.isFinite(handler.createdAt)).toBe(true)
      expect(typeof handler.name).toBe('string')
    }
  })

  it('reads one handler and reports an unknown id as not found', async () => {
    const { client } = account(3)
    const [first] = (await client.listHandlers({ page: 1, perPage: 10 })).items
    expect(await client.getHandler(first!.id)).toEqual(first)
    expect((await failure(client.getHandler(99999))).kind).toBe('not-found')
  })

  it('creates with a form body and reads the new id', async () => {
    const { key, client } = account(0)
    const result = await client.createHandler({
      name: 'Ops',
      type: 'email',
      settings: { email: 'ops@example.com' },
    })
    const stored = env.sim.handlersOf(key)
    expect(stored).toHaveLength(1)
    expect(result.id).toBe(stored[0]!.id)
    const logged = env.sim.requests.at(-1)!
    expect(logged.contentType).toMatch(/^multipart\/form-data/)
    expect(logged.fields).toEqual({ name: 'Ops', type: 'email', email: 'ops@example.com' })
    if (dialect === 'platform') expect(result.handler).toMatchObject({ name: 'Ops', type: 'email' })
    else expect(result.handler).toBeNull()
  })

  it('updates only the fields given, with booleans as 1 and 0', async () => {
    const { key, client } = account(1)
    const id = env.sim.handlersOf(key)[0]!.id
    await client.updateHandler(id, { isEnabled: false })
    expect(env.sim.requests.at(-1)!.fields).toEqual({ is_enabled: '0' })
    expect(env.sim.handlersOf(key)[0]!.is_enabled).toBe(0)
    await client.updateHandler(id, { name: 'Renamed', isEnabled: true })
    expect(env.sim.requests.at(-1)!.fields).toEqual({ name: 'Renamed', is_enabled: '1' })
    expect(env.sim.handlersOf(key)[0]).toMatchObject({ name: 'Renamed', is_enabled: 1 })
  })

  it('deletes, whatever the empty answer looks like', async () => {
    const { key, client } = account(2)
    const id = env.sim.handlersOf(key)[0]!.id
    await expect(client.deleteHandler(id)).resolves.toBeUndefined()
    expect(env.sim.handlersOf(key).map((handler) => handler.id)).not.toContain(id)
    expect((await failure(client.deleteHandler(id))).kind).toBe('not-found')
  })

  it('reads the account profile where the server has one', async () => {
    const { key, client } = account(0)
    const profile = await client.getProfile()
    if (dialect === 'documented') {
      expect(profile).toBeNull()
      return
    }
    expect(profile).toMatchObject({ name: expect.any(String), email: expect.any(String) })
    expect(JSON.stringify(profile)).not.toContain(key)
  })
})

describe('the client with the platform backend', () => {
  it('reads pending confirmation, unknown types and a null type', async () => {
    const { key } = env.sim.addAccount({
      handlers: [
        {
          type: 'email',
          name: 'Pending',
          settings: { email: 'a@b.co', email_is_confirmed: '0' },
          is_enabled: 2,
        },
        {
          type: 'discord',
          name: 'Discord',
          settings: { discord: 'https://discord.com/api/webhooks/1/x' },
        },
        { type: null, name: 'Broken', settings: { '': '' } },
      ],
    })
    const { items } = await clientFor(key).listHandlers({ page: 1, perPage: 10 })
    expect(items.map((handler) => [handler.type, handler.status])).toEqual([
      ['email', 'pending'],
      ['discord', 'enabled'],
      [null, 'enabled'],
    ])
  })

  it('reads plan limits, unlimited as null', async () => {
    const { key } = env.sim.addAccount({ limits: { email: 5 } })
    const profile = await clientFor(key).getProfile()
    expect(profile!.limits.email).toBe(5)
    expect(profile!.limits.webhook).toBeNull()
  })
})

describe('what every request leaves with', () => {
  it('asks for no caching, no cookies and no redirects, on reads and writes alike', async () => {
    const { key } = env.sim.addAccount({ handlers: 1 })
    // The simulator sees each request as msw hands it over, with the init fetch was given.
    const handle = vi.spyOn(env.sim, 'handle')
    const client = clientFor(key)
    const [handler] = (await client.listHandlers({ page: 1, perPage: 10 })).items
    await client.getProfile()
    await client.updateHandler(handler!.id, { name: 'Renamed' })
    await client.deleteHandler(handler!.id)

    const seen = handle.mock.calls.map(([request]) => ({
      method: request.method,
      cache: request.cache,
      credentials: request.credentials,
      redirect: request.redirect,
    }))
    expect(seen.map((request) => request.method)).toEqual(['GET', 'GET', 'POST', 'DELETE'])
    for (const request of seen) {
      expect(request).toMatchObject({ cache: 'no-store', credentials: 'omit', redirect: 'error' })
    }
  })

  it('fails on a redirect instead of sending the key again to where it points', async () => {
    const { key } = env.sim.addAccount({ handlers: 1 })
    const handle = vi
      .spyOn(env.sim, 'handle')
      .mockImplementationOnce(
        async () => new Response(null, { status: 302, headers: { Location: '/api/elsewhere' } }),
      )
    const error = await failure(clientFor(key).listHandlers({ page: 1, perPage: 10 }))
    expect(error.kind).toBe('network')
    expect(handle).toHaveBeenCalledTimes(1)
  })
})

describe('errors', () => {
  it('tells a bad key from a refused write', async () => {
    const bad = await failure(
      clientFor('ffffffffffffffffffffffffffffffff').listHandlers({ page: 1, perPage: 10 }),
    )
    expect(bad.kind).toBe('unauthorized')

    const { key } = env.sim.addAccount({ limits: { email: 0 } })
    const refused = await failure(
      clientFor(key).createHandler({ name: 'x', type: 'email', settings: { email: 'a@b.co' } }),
    )
    expect(refused.kind).toBe('refused')
    expect(refused.serverMessage).toBeTruthy()
  })

  it('reads a bad key on a write as a bad key', async () => {
    const error = await failure(
      clientFor('ffffffffffffffffffffffffffffffff').createHandler({ name: 'x', type: 'webhook' }),
    )
    expect(error.kind).toBe('unauthorized')
  })

  it('reports an HTML error page as a server error', async () => {
    const { key } = env.sim.addAccount()
    env.sim.injectFault({ status: 500 })
    const error = await failure(clientFor(key).listHandlers({ page: 1, perPage: 10 }))
    expect(error).toMatchObject({ kind: 'server', status: 500, serverMessage: null })
  })

  it('reports a body that is not JSON, or JSON of the wrong shape, as unreadable', async () => {
    const { key } = env.sim.addAccount()
    env.sim.injectFault({ body: 'not json at all' })
    expect((await failure(clientFor(key).listHandlers({ page: 1, perPage: 10 }))).kind).toBe(
      'unreadable',
    )
    env.sim.injectFault({ body: '{"data":[{"id":"x"}],"meta":{}}' })
    expect((await failure(clientFor(key).listHandlers({ page: 1, perPage: 10 }))).kind).toBe(
      'unreadable',
    )
  })

  it('reports a dropped connection and a silent server as network errors', async () => {
    const { key } = env.sim.addAccount()
    env.sim.injectFault({ drop: true })
    expect((await failure(clientFor(key).getHandler(1))).kind).toBe('network')
    env.sim.injectFault({ delayMs: 300 })
    expect((await failure(clientFor(key, { timeoutMs: 50 }).getHandler(1))).kind).toBe('network')
  })

  it('can be cancelled', async () => {
    const { key } = env.sim.addAccount()
    env.sim.injectFault({ delayMs: 300 })
    const controller = new AbortController()
    const pending = clientFor(key).listHandlers(
      { page: 1, perPage: 10 },
      { signal: controller.signal },
    )
    setTimeout(() => controller.abort(), 20)
    expect((await failure(pending)).kind).toBe('aborted')
  })

  it('never puts the key in an error', async () => {
    const key = 'feedfacefeedfacefeedfacefeedface'
    const error = await failure(clientFor(key).listHandlers({ page: 1, perPage: 10 }))
    expect(`${error.message} ${String(error)} ${JSON.stringify(error)}`).not.toContain(key)
  })
})

describe('rate limiting', () => {
  /** Time that passes only when the client waits, shared with the simulator. */
  function fakeTime() {
    let now = Date.UTC(2026, 10, 26)
    const sleeps: number[] = []
    const clock: Clock = {
      now: () => now,
      sleep: async (ms) => {
        sleeps.push(ms)
        now += ms
      },
    }
    return { clock, sleeps, now: () => now }
  }

  it('waits out a 429 for the seconds the server says, then retries', async () => {
    const time = fakeTime()
    const { key } = env.sim.addAccount({ handlers: 2 })
    env.sim.injectFault({ status: 429 })
    const page = await clientFor(key, { clock: time.clock }).listHandlers({ page: 1, perPage: 10 })
    expect(page.total).toBe(2)
    expect(time.sleeps).toHaveLength(1)
    expect(time.sleeps[0]).toBeGreaterThanOrEqual(1000)
  })

  it('reports a 429 when told not to wait', async () => {
    const { key } = env.sim.addAccount()
    env.sim.injectFault({ status: 429 })
    const error = await failure(
      clientFor(key).listHandlers({ page: 1, perPage: 10 }, { rateLimitRetries: 0 }),
    )
    expect(error.kind).toBe('rate-limited')
    expect(error.retryAfter).toBeGreaterThanOrEqual(1)
  })

  it('paces itself by the headers instead of running into 429s', async () => {
    const time = fakeTime()
    // The simulator reads the same clock as the client.
    env.restart({ rateLimit: { limit: 5, windowSeconds: 60 }, now: time.now })
    const { key } = env.sim.addAccount({ handlers: 1 })
    const client = clientFor(key, { clock: time.clock })
    for (let i = 0; i < 12; i += 1) await client.listHandlers({ page: 1, perPage: 10 })
    const statuses = env.sim.requests.map((request) => request.status)
    // One 429 teaches the window's length; after it, none.
    expect(statuses.filter((status) => status === 429)).toHaveLength(1)
    expect(statuses.filter((status) => status === 200)).toHaveLength(12)
    expect(time.sleeps.length).toBeGreaterThanOrEqual(2)
  })

  it('learns a window shorter than the default from one 429, and keeps its pace', async () => {
    const time = fakeTime()
    env.restart({ rateLimit: { limit: 5, windowSeconds: 5 }, now: time.now })
    const { key } = env.sim.addAccount({ handlers: 1 })
    const client = clientFor(key, { clock: time.clock })
    const start = time.now()
    for (let i = 0; i < 30; i += 1) await client.listHandlers({ page: 1, perPage: 10 })
    const statuses = env.sim.requests.map((request) => request.status)
    expect(statuses.filter((status) => status === 429)).toHaveLength(1)
    // 30 requests at 5 per 5 s take about 25 s, not the 5 minutes a 60 s guess would.
    expect(time.now() - start).toBeLessThan(40_000)
  })

  it('paces requests running side by side, with at most one 429 and no failure', async () => {
    const sim = env.restart({ rateLimit: { limit: 5, windowSeconds: 1 } })
    const { key } = sim.addAccount({ handlers: 8 })
    const client = clientFor(key)
    const ids = sim.handlersOf(key).map((handler) => handler.id)
    const result = await runQueue(
      ids,
      (id) => client.updateHandler(id, { isEnabled: false }).then(),
      {
        concurrency: 3,
      },
    )
    expect(result.succeeded).toHaveLength(8)
    expect(result.failed).toEqual([])
    expect(sim.requests.filter((request) => request.status === 429).length).toBeLessThanOrEqual(1)
    expect(sim.handlersOf(key).every((handler) => handler.is_enabled === 0)).toBe(true)
  })

  it('waits instead of asking when the caller does not want a 429 waited out', async () => {
    const time = fakeTime()
    env.restart({ rateLimit: { limit: 2, windowSeconds: 60 }, now: time.now })
    const { key } = env.sim.addAccount({ handlers: 1 })
    const client = clientFor(key, { clock: time.clock })
    for (let i = 0; i < 3; i += 1) {
      await client.listHandlers({ page: 1, perPage: 10 }, { rateLimitRetries: 0 })
    }
    expect(env.sim.requests.map((request) => request.status)).toEqual([200, 200, 200])
  })
})
