// The dashboard's type registry against the simulator's own table of the platform's types,
// through the real API client over msw. Neither side reads the other's: where they disagree
// about a type or a field name, a handler created here comes back without its target.

import { describe, expect, it } from 'vitest'
import { createApiClient } from '../../src/api/client'
import { HANDLER_TYPES, handlerTypes } from '../../src/handler-types/registry'
import type { Dialect } from '../../src/sim/simulator'
import { setupSimulator } from '../sim-server'

const env = setupSimulator()

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
      const { field } = handlerTypes[type]
      const target = (n: number) => `https://contract.example.com/${type}/${n}`
      const settings = field ? { [field]: target(1) } : undefined

      const { id } = await client.createHandler({ name: `Contract ${type}`, type, settings })
      const created = await client.getHandler(id)
      expect(created).toMatchObject({ id, name: `Contract ${type}`, type, status: 'enabled' })
      if (field) expect(created.settings[field]).toBe(target(1))
      // A type without a field keeps nothing the dashboard would show as its target.
      else expect(Object.values(created.settings).every((value) => value === '')).toBe(true)

      if (field) {
        await client.updateHandler(id, { settings: { [field]: target(2) } })
        expect((await client.getHandler(id)).settings[field]).toBe(target(2))
      }
      const { items } = await client.listHandlers({ page: 1, perPage: 10 })
      expect(items.map((handler) => handler.type)).toEqual([type])
    },
  )
})

it('plans a limit for every type the client knows, under the name the client reads', async () => {
  const { key } = env.sim.addAccount()
  const profile = await createApiClient({ baseUrl: '/api', apiKey: key }).getProfile()
  expect(Object.keys(profile?.limits ?? {}).sort()).toEqual([...HANDLER_TYPES].sort())
})
