import { describe, expect, it } from 'vitest'
import { CONECTO_TYPES, Simulator } from '../../src/sim/simulator'
import { call, readJson } from './helpers'

interface UserBody {
  data: Record<string, unknown> & { plan_settings: Record<string, number> }
}

function setup() {
  const sim = new Simulator({ rateLimit: false })
  const account = sim.addAccount({
    name: 'Sara',
    email: 'sara@example.ir',
    timezone: 'Asia/Tehran',
    limits: { email: 3, slack: 0 },
  })
  return { sim, ...account }
}

describe('GET /api/user', () => {
  it('platform: describes the account and its per-type plan limits', async () => {
    const { sim, key, id } = setup()
    const response = await call(sim, 'GET', '/api/user', { key })
    expect(response.status).toBe(200)
    const { data } = await readJson<UserBody>(response)
    expect(data).toMatchObject({
      id,
      type: 'users',
      email: 'sara@example.ir',
      name: 'Sara',
      api_key: key,
      timezone: 'Asia/Tehran',
    })
    expect(Object.keys(data.plan_settings)).toHaveLength(CONECTO_TYPES.length)
    expect(data.plan_settings).toMatchObject({
      notification_handlers_email_limit: 3,
      notification_handlers_slack_limit: 0,
      notification_handlers_webhook_limit: -1,
      notification_handlers_internal_notification_limit: -1,
    })
  })

  it('platform: still needs a valid key', async () => {
    const { sim } = setup()
    const response = await call(sim, 'GET', '/api/user', { key: '0'.repeat(32) })
    expect(response.status).toBe(401)
  })

  it('documented: does not exist', async () => {
    const { sim, key } = setup()
    sim.setDialect('documented')
    const response = await call(sim, 'GET', '/api/user', { key })
    expect(response.status).toBe(404)
    expect(await response.text()).not.toContain(key)
  })
})
