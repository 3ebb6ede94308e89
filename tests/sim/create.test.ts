import { describe, expect, it } from 'vitest'
import { Simulator, type Dialect, type SimOptions } from '../../src/sim/simulator'
import { call, fakeClock, readJson, type ErrorBody, type WireHandler } from './helpers'

const COLLECTION = '/api/notification-handlers'
const SLACK = 'https://hooks.slack.com/services/T0000/B0000/XXXXXXXX'

function setup(dialect: Dialect, init: Parameters<Simulator['addAccount']>[0] = {}) {
  const clock = fakeClock()
  const options: SimOptions = { dialect, rateLimit: false, now: clock.now }
  const sim = new Simulator(options)
  const { key, id } = sim.addAccount(init)
  return { sim, key, id }
}

async function errorOf(response: Response) {
  expect(response.status).toBe(401)
  return (await readJson<ErrorBody>(response)).errors[0]
}

describe('create', () => {
  it('documented: answers 200 with only the id and stores the handler', async () => {
    const { sim, key, id } = setup('documented')
    const form = { name: 'Work email', type: 'email', email: 'hey@example.com' }
    const response = await call(sim, 'POST', COLLECTION, { key, form })
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ data: { id: 1 } })
    expect(sim.handlersOf(key)).toEqual([
      {
        id: 1,
        user_id: id,
        type: 'email',
        name: 'Work email',
        settings: { email: 'hey@example.com' },
        is_enabled: 1,
        datetime: '2026-05-13 15:01:12',
        last_datetime: null,
      },
    ])
  })

  it('platform: answers 201 with the whole handler, e-mail confirmation included', async () => {
    const { sim, key, id } = setup('platform')
    const form = { name: 'Work email', type: 'email', email: 'hey@example.com' }
    const response = await call(sim, 'POST', `${COLLECTION}/`, { key, form })
    expect(response.status).toBe(201)
    expect(await readJson<{ data: WireHandler }>(response)).toEqual({
      data: {
        id: 1,
        user_id: id,
        type: 'email',
        name: 'Work email',
        settings: { email: 'hey@example.com', email_is_confirmed: '1' },
        is_enabled: 1,
        last_datetime: null,
        datetime: '2026-05-13 15:01:12',
      },
    })
  })

  it('reads an urlencoded body as well as multipart', async () => {
    const { sim, key } = setup('platform')
    const urlencoded = { name: 'Ops', type: 'slack', slack: SLACK }
    const response = await call(sim, 'POST', COLLECTION, { key, urlencoded })
    expect(response.status).toBe(201)
    expect(sim.handlersOf(key)[0]).toMatchObject({ type: 'slack', settings: { slack: SLACK } })
  })

  it('ignores a JSON body, so it fails as missing fields', async () => {
    const { sim, key } = setup('platform')
    const json = { name: 'Ops', type: 'slack', slack: SLACK }
    const error = await errorOf(await call(sim, 'POST', COLLECTION, { key, json }))
    expect(error).toEqual({ title: 'You must fill all the required fields.', status: 401 })
    expect(sim.handlersOf(key)).toEqual([])
  })

  it.each([
    ['name', { type: 'email', email: 'a@example.com' }],
    ['type', { name: 'Nameless type' }],
    ['an empty name', { name: '', type: 'email' }],
  ])('answers 401 without %s', async (_label, form) => {
    const { sim, key } = setup('documented')
    const error = await errorOf(await call(sim, 'POST', COLLECTION, { key, form }))
    expect(error?.title).toBe('You must fill all the required fields.')
    expect(sim.handlersOf(key)).toEqual([])
  })

  it.each(['discord', 'telegram', 'EMAIL', 'sms'])('answers 401 to type %s', async (type) => {
    const { sim, key } = setup('platform')
    const form = { name: 'Extra', type, [type]: 'x' }
    const error = await errorOf(await call(sim, 'POST', COLLECTION, { key, form }))
    expect(error?.status).toBe(401)
    expect(error?.title).not.toMatch(/required/)
    expect(sim.handlersOf(key)).toEqual([])
  })

  it('gives internal notifications an empty setting whatever is sent', async () => {
    const { sim, key } = setup('platform')
    const form = { name: 'Bell', type: 'internal_notification', internal_notification: 'x' }
    await call(sim, 'POST', COLLECTION, { key, form })
    expect(sim.handlersOf(key)[0]?.settings).toEqual({ internal_notification: '' })
  })

  it('stores an empty target when the type’s field is missing', async () => {
    const { sim, key } = setup('documented')
    await call(sim, 'POST', COLLECTION, { key, form: { name: 'Hook', type: 'webhook' } })
    expect(sim.handlersOf(key)[0]?.settings).toEqual({ webhook: '' })
  })

  it('strips tags, trims and truncates by characters, not bytes', async () => {
    const { sim, key } = setup('platform')
    const form = {
      name: `  <b>هشدار</b> ${'🚨'.repeat(200)}  `,
      type: 'webhook',
      webhook: ` https://example.com/${'a'.repeat(600)}<script>alert(1)</script>`,
    }
    await call(sim, 'POST', COLLECTION, { key, form })
    const [stored] = sim.handlersOf(key)
    expect(Array.from(stored?.name ?? '')).toHaveLength(128)
    expect(stored?.name.startsWith('هشدار 🚨')).toBe(true)
    expect(stored?.name.endsWith('🚨')).toBe(true)
    const webhook = stored?.settings.webhook ?? ''
    expect(webhook).toHaveLength(512)
    expect(webhook.startsWith('https://example.com/aaa')).toBe(true)
  })

  it('trims as PHP does: spaces and line breaks, never zero-width or no-break characters', async () => {
    const { sim, key } = setup('platform')
    const name = '\u200B\u200C\u200D\u2060\uFEFF'
    await call(sim, 'POST', COLLECTION, { key, form: { name: ` \t${name}\r\n`, type: 'email' } })
    await call(sim, 'POST', COLLECTION, { key, form: { name: '\u00A0Ops\u00A0', type: 'email' } })
    expect(sim.handlersOf(key).map((handler) => handler.name)).toEqual([name, '\u00A0Ops\u00A0'])
  })

  it('removes tags entirely, including an unclosed one', async () => {
    const { sim, key } = setup('platform')
    const form = { name: 'Ops <i>team</i> <img src=x onerror=alert(1) <rest', type: 'email' }
    await call(sim, 'POST', COLLECTION, { key, form })
    expect(sim.handlersOf(key)[0]?.name).toBe('Ops team')
  })

  it('refuses a type whose plan limit is reached, and only that type', async () => {
    const { sim, key } = setup('platform', {
      limits: { email: 1, slack: 0 },
      handlers: [{ type: 'email', name: 'Existing' }],
    })
    const email = await call(sim, 'POST', COLLECTION, { key, form: { name: 'Two', type: 'email' } })
    const error = await errorOf(email)
    expect(error?.title).toMatch(/limit of 1 email/)
    const slack = await call(sim, 'POST', COLLECTION, { key, form: { name: 'S', type: 'slack' } })
    expect(slack.status).toBe(401)
    const webhook = await call(sim, 'POST', COLLECTION, {
      key,
      form: { name: 'W', type: 'webhook' },
    })
    expect(webhook.status).toBe(201)
    expect(sim.handlersOf(key).map((handler) => handler.type)).toEqual(['email', 'webhook'])
  })

  it('gives ids after the highest one, across accounts', async () => {
    const sim = new Simulator({ rateLimit: false })
    sim.addAccount({ handlers: 5 })
    const { key } = sim.addAccount()
    const response = await call(sim, 'POST', COLLECTION, {
      key,
      form: { name: 'n', type: 'slack' },
    })
    expect((await readJson<{ data: WireHandler }>(response)).data.id).toBe(6)
  })
})
