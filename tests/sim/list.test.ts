import { describe, expect, it } from 'vitest'
import { Simulator, type Dialect } from '../../src/sim/simulator'
import { call, ORIGIN, readJson, type ListBody } from './helpers'

function setup(dialect: Dialect, handlers = 30) {
  const sim = new Simulator({ dialect, rateLimit: false })
  const { key } = sim.addAccount({ handlers })
  return { sim, key }
}

async function list(sim: Simulator, key: string, query = '', path = '/api/notification-handlers/') {
  const response = await call(sim, 'GET', `${path}${query}`, { key })
  expect(response.status).toBe(200)
  return readJson<ListBody>(response)
}

describe('list, documented dialect', () => {
  it('pages with numeric meta.page, total and plain ?page= links', async () => {
    const { sim, key } = setup('documented')
    const body = await list(sim, key, '?page=2&results_per_page=10')
    expect(body.data.map((handler) => handler.id)).toEqual([11, 12, 13, 14, 15, 16, 17, 18, 19, 20])
    expect(body.meta).toEqual({ page: 2, results_per_page: 10, total: 30, total_pages: 3 })
    const base = `${ORIGIN}/api/notification-handlers?page=`
    expect(body.links).toEqual({
      first: `${base}1`,
      last: `${base}3`,
      next: `${base}3`,
      prev: `${base}1`,
      self: `${base}2`,
    })
  })

  it('sends is_enabled as a boolean that is true only for 1, and no user_id', async () => {
    const { sim, key } = setup('documented', 240)
    const body = await list(sim, key, '?results_per_page=250')
    const stored = sim.handlersOf(key)
    expect(body.data).toHaveLength(240)
    for (const [index, handler] of body.data.entries()) {
      expect(handler.is_enabled).toBe(stored[index]?.is_enabled === 1)
      expect(handler).not.toHaveProperty('user_id')
      expect(handler.settings).not.toHaveProperty('email_is_confirmed')
    }
    expect(stored.some((handler) => handler.is_enabled === 2)).toBe(true)
  })
})

describe('list, platform dialect', () => {
  it('echoes meta.page as the query string and uses total_results and ?&page= links', async () => {
    const { sim, key } = setup('platform')
    const body = await list(sim, key, '?page=2&results_per_page=10')
    expect(body.meta).toEqual({
      page: '2',
      results_per_page: 10,
      total_results: 30,
      total_pages: 3,
    })
    const base = `${ORIGIN}/api/notification-handlers?&page=`
    expect(body.links).toEqual({
      first: `${base}1`,
      last: `${base}3`,
      next: `${base}3`,
      prev: `${base}1`,
      self: `${base}2`,
    })
    expect(body.data[0]).toMatchObject({ id: 11, user_id: 1 })
    expect(typeof body.data[0]?.is_enabled).toBe('number')
  })

  it('sends meta.page as the number 1 when no page was asked for', async () => {
    const { sim, key } = setup('platform')
    const body = await list(sim, key)
    expect(body.meta.page).toBe(1)
    expect(body.links.prev).toBeNull()
    expect(body.links.next).toBe(`${ORIGIN}/api/notification-handlers?&page=2`)
  })
})

describe('list paging rules', () => {
  it('defaults to 25 per page', async () => {
    const { sim, key } = setup('documented')
    const body = await list(sim, key)
    expect(body.data).toHaveLength(25)
    expect(body.meta).toMatchObject({ page: 1, results_per_page: 25, total_pages: 2 })
  })

  it.each(['7', 'abc', '2000', '-10'])('turns results_per_page=%s into 25', async (size) => {
    const { sim, key } = setup('documented')
    const body = await list(sim, key, `?results_per_page=${size}`)
    expect(body.meta.results_per_page).toBe(25)
    expect(body.data).toHaveLength(25)
  })

  it.each([10, 50, 100, 250, 500, 1000])('accepts results_per_page=%i', async (size) => {
    const { sim, key } = setup('documented', 1001)
    const body = await list(sim, key, `?results_per_page=${size}`)
    expect(body.meta.results_per_page).toBe(size)
    expect(body.data).toHaveLength(size)
  })

  it('answers a page past the end with no data', async () => {
    const { sim, key } = setup('platform')
    const body = await list(sim, key, '?page=9&results_per_page=10')
    expect(body.data).toEqual([])
    expect(body.meta).toMatchObject({ page: '9', total_pages: 3, total_results: 30 })
    expect(body.links.next).toBeNull()
  })

  it('reports at least one page for an empty account', async () => {
    const { sim, key } = setup('documented', 0)
    const body = await list(sim, key)
    expect(body.data).toEqual([])
    expect(body.meta).toEqual({ page: 1, results_per_page: 25, total: 0, total_pages: 1 })
    expect(body.links.last).toBe(`${ORIGIN}/api/notification-handlers?page=1`)
  })

  it('orders by id ascending whatever order handlers were added in', async () => {
    const sim = new Simulator({ rateLimit: false })
    const { key } = sim.addAccount({
      handlers: [
        { id: 9, type: 'email', name: 'c' },
        { id: 2, type: 'slack', name: 'a' },
        { id: 5, type: 'webhook', name: 'b' },
      ],
    })
    const body = await list(sim, key)
    expect(body.data.map((handler) => handler.id)).toEqual([2, 5, 9])
  })

  it('lists only the key owner’s handlers', async () => {
    const sim = new Simulator({ rateLimit: false })
    sim.addAccount({ handlers: 4 })
    const { key } = sim.addAccount({ handlers: 3 })
    const body = await list(sim, key)
    expect(body.data.map((handler) => handler.id)).toEqual([5, 6, 7])
  })

  it('answers with and without the trailing slash, and under another prefix', async () => {
    const { sim, key } = setup('documented')
    const bare = await list(sim, key, '', '/api/notification-handlers')
    expect(bare.meta.total).toBe(30)
    const demo = await list(sim, key, '?page=2', '/demo/api/notification-handlers/')
    expect(demo.links.self).toBe(`${ORIGIN}/demo/api/notification-handlers?page=2`)
  })
})
