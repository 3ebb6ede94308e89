import { describe, expect, it } from 'vitest'
import { seedHandlers } from '../../src/sim/seed'
import { CONECTO_TYPES, Simulator } from '../../src/sim/simulator'
import type { StoredHandler } from '../../src/sim/simulator'
import { T0 } from './helpers'

const options = { now: T0, userId: 7, seed: 42, corpus: 'simple' } as const
const handlers = seedHandlers(240, options)

function having(predicate: (handler: StoredHandler) => boolean) {
  return handlers.filter(predicate)
}

const PERSIAN = /[\u0600-\u06FF]/
const EMOJI = /\p{Extended_Pictographic}/u

describe('the simple corpus', () => {
  it('is the same for the same seed and differs for another', () => {
    expect(seedHandlers(240, options)).toEqual(handlers)
    expect(seedHandlers(240, { ...options, seed: 43 })).not.toEqual(handlers)
  })

  it('numbers handlers from startId and gives them to the user', () => {
    const batch = seedHandlers(5, { ...options, startId: 100 })
    expect(batch.map((handler) => handler.id)).toEqual([100, 101, 102, 103, 104])
    expect(batch.every((handler) => handler.user_id === 7)).toBe(true)
    expect(seedHandlers(0, options)).toEqual([])
  })

  it('covers all six known types and the extra ones', () => {
    const types = new Set(handlers.map((handler) => handler.type))
    for (const type of CONECTO_TYPES) expect(types).toContain(type)
    const [discord] = having((handler) => handler.type === 'discord')
    expect(discord?.settings.discord).toMatch(/^https:\/\/discord\.com\/api\/webhooks\/\d+\/\S+$/)
    const [telegram] = having((handler) => handler.type === 'telegram')
    expect(telegram?.settings.telegram).toMatch(/^\d+:[\w-]+$/)
    expect(telegram?.settings.telegram_chat_id).toMatch(/^-?\d+$/)
  })

  it('includes a handler whose type was lost', () => {
    const lost = having((handler) => handler.type === null)
    expect(lost.length).toBeGreaterThanOrEqual(1)
    expect(lost[0]?.settings).toEqual({ '': '' })
  })

  it('includes Persian, emoji and maximum-length names', () => {
    const names = handlers.map((handler) => handler.name)
    expect(names).toContain('هشدار سرور اصلی')
    expect(names).toContain('ایمیل تیم پشتیبانی')
    expect(names.filter((name) => PERSIAN.test(name)).length).toBeGreaterThan(5)
    expect(names.some((name) => EMOJI.test(name))).toBe(true)
    expect(names.some((name) => Array.from(name).length === 128)).toBe(true)
    expect(names.every((name) => Array.from(name).length <= 128)).toBe(true)
  })

  it('includes a pending e-mail and some disabled handlers', () => {
    const pending = having((handler) => handler.is_enabled === 2)
    expect(pending[0]).toMatchObject({ type: 'email', settings: { email_is_confirmed: '0' } })
    expect(having((handler) => handler.is_enabled === 0).length).toBeGreaterThan(3)
  })

  it('includes awkward targets: retired Teams, plain http and a shared target', () => {
    const targets = handlers.flatMap((handler) => Object.values(handler.settings))
    expect(targets.some((t) => t.startsWith('https://outlook.office.com/webhook/'))).toBe(true)
    expect(
      targets.some((t) => /^https:\/\/[\w-]+\.webhook\.office\.com\/webhookb2\//.test(t)),
    ).toBe(true)
    expect(having((h) => h.settings.webhook?.startsWith('http://') ?? false)).toHaveLength(1)
    const slackUrl = /^https:\/\/hooks\.slack\.com\/services\/T\w+\/B\w+\/\w+$/
    expect(
      having((h) => h.type === 'slack').every((h) => slackUrl.test(h.settings.slack ?? '')),
    ).toBe(true)
    const chat =
      /^https:\/\/chat\.googleapis\.com\/v1\/spaces\/\w+\/messages\?key=[\w-]+&token=[\w-]+$/
    expect(targets.some((t) => chat.test(t))).toBe(true)
    const urls = targets.filter((t) => t.startsWith('http'))
    expect(new Set(urls).size).toBeLessThan(urls.length)
  })

  it('dates handlers within the year before now, changes after creation', () => {
    const format = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/
    const yearAgo = T0 - 365 * 24 * 3600 * 1000
    const ms = (datetime: string) => Date.parse(`${datetime.replace(' ', 'T')}Z`)
    for (const handler of handlers) {
      expect(handler.datetime).toMatch(format)
      expect(ms(handler.datetime)).toBeGreaterThanOrEqual(yearAgo - 1000)
      expect(ms(handler.datetime)).toBeLessThanOrEqual(T0)
      if (handler.last_datetime !== null) {
        expect(handler.last_datetime).toMatch(format)
        expect(ms(handler.last_datetime)).toBeGreaterThan(ms(handler.datetime))
        expect(ms(handler.last_datetime)).toBeLessThanOrEqual(T0)
      }
    }
    expect(having((handler) => handler.last_datetime === null).length).toBeGreaterThan(0)
    expect(having((handler) => handler.last_datetime !== null).length).toBeGreaterThan(0)
  })

  it('puts the special cases right after a few ordinary handlers, as many as fit', () => {
    const small = seedHandlers(12, options)
    expect(small).toHaveLength(12)
    expect(small.slice(0, 3).map((handler) => handler.type)).toEqual(['email', 'slack', 'webhook'])
    expect(small.slice(3, 6).map((handler) => handler.type)).toEqual(['discord', 'telegram', null])
    const tiny = seedHandlers(3, options)
    expect(tiny.map((handler) => handler.type)).toEqual(['discord', 'telegram', null])
  })

  // How long it takes is for a benchmark to say: under load a timed test fails for nothing.
  it('generates 5,000 handlers, each with its own id', () => {
    const many = seedHandlers(5000, { ...options, seed: 9 })
    expect(many).toHaveLength(5000)
    expect(new Set(many.map((handler) => handler.id)).size).toBe(5000)
  })

  it('seeds accounts with consecutive ids and deterministic keys', () => {
    const first = new Simulator()
    const second = new Simulator()
    const a = first.addAccount({ handlers: 4 })
    const b = first.addAccount({ handlers: 2 })
    expect(a.key).toMatch(/^[0-9a-f]{32}$/)
    expect(a.key).not.toBe(b.key)
    expect(second.addAccount().key).toBe(a.key)
    expect(first.handlersOf(b.key).map((handler) => handler.id)).toEqual([5, 6])
    expect(() => first.addAccount({ key: a.key })).toThrow()
  })
})
