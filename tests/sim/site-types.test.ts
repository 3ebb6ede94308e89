import { describe, expect, it } from 'vitest'
import { UNKNOWN_TYPE } from '../../src/sim/create-route'
import { ALL_TYPES, CONECTO_TYPES, Simulator } from '../../src/sim/simulator'
import type { AccountInit, PlatformType } from '../../src/sim/simulator'
import { call, readJson, type ErrorBody } from './helpers'

const COLLECTION = '/api/notification-handlers'

function setup(types?: readonly PlatformType[], init: AccountInit = {}) {
  const sim = new Simulator({ rateLimit: false, ...(types ? { types } : {}) })
  const { key } = sim.addAccount(init)
  return { sim, key }
}

async function planOf(sim: Simulator, key: string): Promise<Record<string, number>> {
  const response = await call(sim, 'GET', '/api/user', { key })
  return (await readJson<{ data: { plan_settings: Record<string, number> } }>(response)).data
    .plan_settings
}

const limitKey = (type: string) => `notification_handlers_${type}_limit`

/** The form each type takes on a site that offers it, and the settings the platform keeps. */
const FORMS: Record<PlatformType, [Record<string, string>, Record<string, string>]> = {
  email: [{ email: 'ops@example.com' }, { email: 'ops@example.com', email_is_confirmed: '1' }],
  webhook: [{ webhook: 'https://example.com/hook' }, { webhook: 'https://example.com/hook' }],
  slack: [{ slack: 'https://hooks.slack.com/x' }, { slack: 'https://hooks.slack.com/x' }],
  microsoft_teams: [{ microsoft_teams: 'https://t' }, { microsoft_teams: 'https://t' }],
  google_chat: [{ google_chat: 'https://g' }, { google_chat: 'https://g' }],
  internal_notification: [{ internal_notification: 'ignored' }, { internal_notification: '' }],
  discord: [
    { discord: 'https://discord.com/api/webhooks/1/a' },
    { discord: 'https://discord.com/api/webhooks/1/a' },
  ],
  telegram: [
    { telegram: '123:AA', telegram_chat_id: ' -100 ', email: 'stray@example.com' },
    { telegram: '123:AA', telegram_chat_id: '-100' },
  ],
  twilio: [{ twilio: '+989121234567' }, { twilio: '+989121234567' }],
  twilio_call: [{ twilio_call: '+49151234567' }, { twilio_call: '+49151234567' }],
  whatsapp: [{ whatsapp: '+905321234567' }, { whatsapp: '+905321234567' }],
  x: [
    { x_consumer_key: 'ck', x_consumer_secret: 'cs', x_access_token: 'at' },
    {
      x_consumer_key: 'ck',
      x_consumer_secret: 'cs',
      x_access_token: 'at',
      x_access_token_secret: '',
    },
  ],
  push_subscriber_id: [{ push_subscriber_id: '4821' }, { push_subscriber_id: '4821' }],
}

describe('the types a site offers', () => {
  it('are Conecto’s six by default: the plan names those, a seventh type is refused', async () => {
    const { sim, key } = setup()
    expect(Object.keys(await planOf(sim, key))).toEqual(CONECTO_TYPES.map(limitKey))
    const form = { name: 'Discord', type: 'discord', discord: 'https://discord.com/x' }
    const response = await call(sim, 'POST', COLLECTION, { key, form })
    expect(response.status).toBe(401)
    expect((await readJson<ErrorBody>(response)).errors).toEqual([
      { title: UNKNOWN_TYPE, status: 401 },
    ])
    expect(sim.handlersOf(key)).toEqual([])
  })

  it.each(ALL_TYPES)('all thirteen: %s is created with its own fields', async (type) => {
    const { sim, key } = setup(ALL_TYPES)
    const [fields, stored] = FORMS[type]
    const response = await call(sim, 'POST', COLLECTION, {
      key,
      form: { name: type, type, ...fields },
    })
    expect(response.status).toBe(201)
    expect(sim.handlersOf(key)[0]).toMatchObject({ type, settings: stored })
  })

  it('updates only the fields of the handler’s own type', async () => {
    const { sim, key } = setup(ALL_TYPES)
    const [fields] = FORMS.x
    await call(sim, 'POST', COLLECTION, { key, form: { name: 'X', type: 'x', ...fields } })
    const id = sim.handlersOf(key)[0]!.id
    const form = { x_access_token_secret: 'ats', x_access_token: 'at2', x: 'stray' }
    await call(sim, 'POST', `${COLLECTION}/${id}`, { key, form })
    expect(sim.handlersOf(key)[0]?.settings).toEqual({
      x_consumer_key: 'ck',
      x_consumer_secret: 'cs',
      x_access_token: 'at2',
      x_access_token_secret: 'ats',
    })
  })

  it('plans every type the site knows, -1 unless the account’s plan says otherwise', async () => {
    const { sim, key } = setup(ALL_TYPES, { limits: { twilio: 0, email: 2 } })
    const plan = await planOf(sim, key)
    expect(Object.keys(plan)).toEqual(ALL_TYPES.map(limitKey))
    expect(plan).toMatchObject({
      [limitKey('twilio')]: 0,
      [limitKey('email')]: 2,
      [limitKey('x')]: -1,
    })
    const twilio = await call(sim, 'POST', COLLECTION, {
      key,
      form: { name: 'SMS', type: 'twilio', twilio: '+989121234567' },
    })
    expect(twilio.status).toBe(401)
    expect((await readJson<ErrorBody>(twilio)).errors[0]?.title).toMatch(/limit of 0 twilio/)
  })

  it('can be a list of the site’s own, in its order', async () => {
    const { sim, key } = setup(['email', 'discord'], { limits: { slack: 3 } })
    expect(Object.keys(await planOf(sim, key))).toEqual([limitKey('email'), limitKey('discord')])
    const slack = await call(sim, 'POST', COLLECTION, { key, form: { name: 'S', type: 'slack' } })
    expect(slack.status).toBe(401)
    const discord = await call(sim, 'POST', COLLECTION, {
      key,
      form: { name: 'D', type: 'discord', discord: 'https://discord.com/api/webhooks/1/a' },
    })
    expect(discord.status).toBe(201)
  })

  it('shape the realistic corpus: all thirteen where all are offered', () => {
    const { sim, key } = setup(ALL_TYPES, { handlers: 60 })
    const types = new Set(sim.handlersOf(key).map((handler) => handler.type))
    for (const type of ALL_TYPES) expect(types).toContain(type)
  })
})
