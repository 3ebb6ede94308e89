import { describe, expect, it } from 'vitest'
import { Simulator, type Dialect } from '../../src/sim/simulator'
import { call, fakeClock, readJson, type WireHandler } from './helpers'

const SLACK = 'https://hooks.slack.com/services/T0000/B0000/XXXXXXXX'

function setup(dialect: Dialect) {
  const clock = fakeClock()
  const sim = new Simulator({ dialect, rateLimit: false, now: clock.now })
  const { key } = sim.addAccount({
    handlers: [
      {
        type: 'email',
        name: 'Mail',
        settings: { email: 'a@example.com', email_is_confirmed: '1' },
      },
      { type: 'slack', name: 'Slack', settings: { slack: SLACK } },
      { type: 'telegram', name: 'TG', settings: { telegram: '1:AA', telegram_chat_id: '-100' } },
    ],
  })
  clock.advance(60_000)
  return { sim, key }
}

function update(sim: Simulator, key: string, id: number, form: Record<string, string>) {
  return call(sim, 'POST', `/api/notification-handlers/${id}`, { key, form })
}

describe('update', () => {
  it('documented: answers 200 with the id and sets last_datetime', async () => {
    const { sim, key } = setup('documented')
    const response = await update(sim, key, 2, { name: 'Slack #ops', slack: `${SLACK}2` })
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ data: { id: 2 } })
    expect(sim.handlersOf(key)[1]).toMatchObject({
      name: 'Slack #ops',
      type: 'slack',
      settings: { slack: `${SLACK}2` },
      last_datetime: '2026-05-13 15:02:12',
    })
  })

  it('platform: answers 200 with the whole handler', async () => {
    const { sim, key } = setup('platform')
    const response = await update(sim, key, 1, { is_enabled: '0' })
    expect(response.status).toBe(200)
    const { data } = await readJson<{ data: WireHandler }>(response)
    expect(data).toMatchObject({ id: 1, user_id: 1, is_enabled: 0, name: 'Mail' })
    expect(data.settings).toEqual({ email: 'a@example.com', email_is_confirmed: '1' })
  })

  it.each([
    ['1', 1],
    ['0', 0],
    ['true', 0],
    ['false', 0],
    ['on', 0],
    ['yes', 0],
    ['', 0],
    ['2', 2],
    [' 1', 1],
    ['1abc', 1],
  ])('reads is_enabled=%j as %i, like PHP’s integer cast', async (sent, stored) => {
    const { sim, key } = setup('platform')
    await update(sim, key, 2, { is_enabled: '0' })
    await update(sim, key, 2, { is_enabled: sent })
    expect(sim.handlersOf(key)[1]?.is_enabled).toBe(stored)
  })

  it('documented: shows is_enabled as true only when it is 1', async () => {
    const { sim, key } = setup('documented')
    await update(sim, key, 1, { is_enabled: '2' })
    const response = await call(sim, 'GET', '/api/notification-handlers/1', { key })
    expect((await readJson<{ data: WireHandler }>(response)).data.is_enabled).toBe(false)
  })

  it('platform: sending type at all wipes the type and the settings', async () => {
    const { sim, key } = setup('platform')
    const response = await update(sim, key, 1, { type: 'slack', slack: SLACK, name: 'Now Slack' })
    expect(response.status).toBe(200)
    const { data } = await readJson<{ data: WireHandler }>(response)
    expect(data).toMatchObject({ type: null, settings: { '': '' }, name: 'Now Slack' })
    expect(sim.handlersOf(key)[0]).toMatchObject({ type: null, settings: { '': '' } })
  })

  it('platform: even the unchanged type corrupts the handler', async () => {
    const { sim, key } = setup('platform')
    await update(sim, key, 2, { type: 'slack' })
    expect(sim.handlersOf(key)[1]).toMatchObject({ type: null, settings: { '': '' } })
  })

  it('documented: changes the type and rebuilds the settings', async () => {
    const { sim, key } = setup('documented')
    await update(sim, key, 1, { type: 'slack', slack: SLACK })
    expect(sim.handlersOf(key)[0]).toMatchObject({ type: 'slack', settings: { slack: SLACK } })
  })

  it('documented: refuses an unknown type and leaves the handler alone', async () => {
    const { sim, key } = setup('documented')
    const response = await update(sim, key, 1, { type: 'pager', name: 'Changed' })
    expect(response.status).toBe(401)
    expect(sim.handlersOf(key)[0]).toMatchObject({
      type: 'email',
      name: 'Mail',
      last_datetime: null,
    })
  })

  it('updates an extra type’s settings without losing its other keys', async () => {
    const { sim, key } = setup('platform')
    await update(sim, key, 3, { telegram_chat_id: '-1002', name: '<b>TG</b> alerts' })
    expect(sim.handlersOf(key)[2]).toMatchObject({
      type: 'telegram',
      name: 'TG alerts',
      settings: { telegram: '1:AA', telegram_chat_id: '-1002' },
    })
  })

  it('ignores fields that do not belong to the handler’s type', async () => {
    const { sim, key } = setup('platform')
    await update(sim, key, 2, { email: 'x@example.com', webhook: 'https://x.example' })
    expect(sim.handlersOf(key)[1]?.settings).toEqual({ slack: SLACK })
  })

  it('ignores a JSON body', async () => {
    const { sim, key } = setup('platform')
    const json = { name: 'Renamed', is_enabled: 0 }
    const response = await call(sim, 'POST', '/api/notification-handlers/2', { key, json })
    expect(response.status).toBe(200)
    expect(sim.handlersOf(key)[1]).toMatchObject({ name: 'Slack', is_enabled: 1 })
  })

  it('answers 404 for another account’s handler and does not touch it', async () => {
    const { sim, key } = setup('platform')
    const { key: other } = sim.addAccount()
    const response = await update(sim, other, 1, { name: 'Hijacked' })
    expect(response.status).toBe(404)
    expect(sim.handlersOf(key)[0]?.name).toBe('Mail')
  })
})
