// The dashboard's type registry against the simulator's own table of the platform's types,
// through the real API client over msw. Neither side reads the other's: where they disagree
// about a type or a field name, a handler created here comes back without its target.

import { describe, expect, it } from 'vitest'
import { createApiClient } from '../../src/api/client'
import { HANDLER_TYPES, handlerTypes } from '../../src/handler-types/registry'
import { ALL_TYPES, type Dialect } from '../../src/sim/simulator'
import { setupSimulator } from '../sim-server'

const env = setupSimulator({ rateLimit: false, types: ALL_TYPES })

const dialects: Dialect[] = ['platform', 'documented']

describe.each(dialects)('the client’s registry against the simulator (%s)', (dialect) => {
  function signedIn() {
    env.sim.setDialect(dialect)
    const { key } = env.sim.addAccount({ name: 'Contract' })
    return createApiClient({ baseUrl: '/api', apiKey: key })
  }

  it.each(HANDLER_TYPES)(
    '%s: created with the client’s field, read back under it',
    async (type) => {
      const client = signedIn()
      const names = handlerTypes[type].fields.map((field) => field.name)
      const target = (name: string, n: number) => `https://contract.example.com/${name}/${n}`
      const settingsAt = (n: number) =>
        Object.fromEntries(names.map((name) => [name, target(name, n)]))
      const settings = names.length > 0 ? settingsAt(1) : undefined

      const { id } = await client.createHandler({ name: `Contract ${type}`, type, settings })
      const created = await client.getHandler(id)
      expect(created).toMatchObject({ id, name: `Contract ${type}`, type, status: 'enabled' })
      if (settings) expect(created.settings).toMatchObject(settings)
      // A type without a field keeps nothing the dashboard would show as its target.
      else expect(Object.values(created.settings).every((value) => value === '')).toBe(true)

      // Each setting on its own: an edit sends only the one that changed.
      for (const name of names) {
        await client.updateHandler(id, { settings: { [name]: target(name, 2) } })
        const held = (await client.getHandler(id)).settings
        expect(held[name], name).toBe(target(name, 2))
      }
      if (names.length > 0)
        expect((await client.getHandler(id)).settings).toMatchObject(settingsAt(2))
      const { items } = await client.listHandlers({ page: 1, perPage: 10 })
      expect(items.map((handler) => handler.type)).toEqual([type])
    },
  )
})

it('plans a limit for every type the client knows, under the name the client reads', async () => {
  const { key } = env.sim.addAccount()
  const profile = await createApiClient({ baseUrl: '/api', apiKey: key }).getProfile()
  const limits = Object.keys(profile?.limits ?? {})
  for (const type of HANDLER_TYPES) expect(limits, type).toContain(type)
})
