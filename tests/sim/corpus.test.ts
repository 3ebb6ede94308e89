import { describe, expect, it } from 'vitest'
import { cleanValue } from '../../src/sim/form-values'
import { seedHandlers } from '../../src/sim/seed'
import { ALL_TYPES, CONECTO_TYPES, Simulator } from '../../src/sim/simulator'
import type { StoredHandler } from '../../src/sim/simulator'
import { T0 } from './helpers'

const options = { now: T0, userId: 7, seed: 42 }
const handlers = seedHandlers(1000, options)

const share = (list: StoredHandler[], predicate: (handler: StoredHandler) => boolean) =>
  list.filter(predicate).length / list.length
const nameShare = (predicate: (name: string) => boolean) =>
  share(handlers, (handler) => predicate(handler.name))
const length = (text: string) => Array.from(text).length

const PERSIAN_LETTER = /[\u0620-\u064A\u067E\u0686\u0698\u06A9\u06AF\u06CC]/
const ZWNJ_IN_WORD = /[\u0620-\u06FF]\u200C[\u0620-\u06FF]/
const PERSIAN_DIGIT = /[۰-۹]/
const LATIN_DIGIT = /[0-9]/
const LATIN_LETTER = /[A-Za-z]/
const ZWJ_SEQUENCE =
  /\p{Extended_Pictographic}[\p{Emoji_Modifier}\uFE0F]?\u200D\p{Extended_Pictographic}/u
const FLAG = /\p{Regional_Indicator}{2}/u
const BIDI_CONTROL = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/
const ZERO_WIDTH = /^[\u200B-\u200D\u2060\uFEFF]+$/u

const URL_HOSTS: Record<string, RegExp> = {
  slack: /^https:\/\/hooks\.slack\.com\/services\/T\w+\/B\w+\/\w+\?/,
  microsoft_teams:
    /^https:\/\/([\w-]+\.webhook\.office\.com\/webhookb2\/|prod-\d+\.\w+\.logic\.azure\.com:443\/workflows\/|outlook\.office\.com\/webhook\/)/,
  google_chat: /^https:\/\/chat\.googleapis\.com\/v1\/spaces\/\w+\/messages\?key=[\w-]+&token=/,
  discord: /^https:\/\/(discord|discordapp)\.com\/api\/webhooks\/\d+\/[\w-]+\?/,
  webhook: /^https?:\/\/[\w.-]+(:\d+)?[/?]/,
}

describe('the realistic corpus', () => {
  it('is the same for the same seed and count, and differs for another seed', () => {
    expect(seedHandlers(1000, options)).toEqual(handlers)
    expect(seedHandlers(1000, { ...options, seed: 43 })).not.toEqual(handlers)
    // A longer account starts with the same handlers, only dated differently.
    const names = (list: StoredHandler[]) => list.map((handler) => handler.name)
    expect(names(seedHandlers(100, options))).toEqual(names(handlers.slice(0, 100)))
  })

  it('names most handlers in Persian, with ZWNJ inside words and both kinds of digits', () => {
    expect(nameShare((name) => PERSIAN_LETTER.test(name))).toBeGreaterThan(0.5)
    expect(nameShare((name) => ZWNJ_IN_WORD.test(name))).toBeGreaterThan(0.1)
    expect(nameShare((name) => PERSIAN_DIGIT.test(name))).toBeGreaterThan(0.1)
    expect(
      nameShare((name) => PERSIAN_LETTER.test(name) && LATIN_DIGIT.test(name)),
    ).toBeGreaterThan(0)
  })

  it('puts 5 to 10% of names at the 128-character limit, counted in code points, none past it', () => {
    const atLimit = nameShare((name) => length(name) === 128)
    expect(atLimit).toBeGreaterThanOrEqual(0.05)
    expect(atLimit).toBeLessThanOrEqual(0.1)
    expect(handlers.every((handler) => length(handler.name) <= 128)).toBe(true)
  })

  it('has emoji with ZWJ sequences and flags, mixed directions and stray bidi controls', () => {
    expect(nameShare((name) => ZWJ_SEQUENCE.test(name))).toBeGreaterThan(0.02)
    expect(nameShare((name) => FLAG.test(name))).toBeGreaterThan(0.01)
    const mixed = nameShare((name) => PERSIAN_LETTER.test(name) && LATIN_LETTER.test(name))
    expect(mixed).toBeGreaterThan(0.1)
    expect(nameShare((name) => BIDI_CONTROL.test(name))).toBeGreaterThan(0.01)
  })

  it('holds only what the server would have stored: no tags, trimmed, within the limits', () => {
    for (const handler of handlers) {
      expect(cleanValue(handler.name, 128)).toBe(handler.name)
      for (const value of Object.values(handler.settings)) {
        expect(cleanValue(value, 512)).toBe(value)
      }
    }
  })

  it('gives every URL type a real-looking URL of 200 to 512 characters with a query string', () => {
    const urls = handlers.filter((handler) => handler.type !== null && handler.type in URL_HOSTS)
    expect(new Set(urls.map((handler) => handler.type))).toEqual(new Set(Object.keys(URL_HOSTS)))
    for (const { type, settings } of urls) {
      const url = settings[type!] ?? ''
      expect(url.length).toBeGreaterThanOrEqual(200)
      expect(url.length).toBeLessThanOrEqual(512)
      expect(url).toContain('?')
      expect(url).toMatch(URL_HOSTS[type!]!)
    }
    expect(
      share(urls, (handler) =>
        /utm_\w+=.*&signature=|&signature=.*utm_/.test(Object.values(handler.settings)[0] ?? ''),
      ),
    ).toBeGreaterThan(0.9)
  })

  it('has Conecto’s six types, types the site does not offer, an unknown type and null', () => {
    const types = new Set(handlers.map((handler) => handler.type))
    for (const type of CONECTO_TYPES) expect(types).toContain(type)
    expect(types).toContain('discord')
    expect(types).toContain('telegram')
    expect(types).toContain('pushover')
    expect(types).toContain(null)
    expect(handlers.find((handler) => handler.type === null)?.settings).toEqual({ '': '' })
  })

  it('has every one of the thirteen types where the site offers them, with their settings keys', () => {
    const all = seedHandlers(300, { ...options, types: ALL_TYPES })
    const types = new Set(all.map((handler) => handler.type))
    for (const type of ALL_TYPES) expect(types).toContain(type)
    const settingsOf = (type: string) => all.find((handler) => handler.type === type)!.settings
    expect(Object.keys(settingsOf('x')).sort()).toEqual([
      'x_access_token',
      'x_access_token_secret',
      'x_consumer_key',
      'x_consumer_secret',
    ])
    expect(settingsOf('telegram')).toEqual({
      telegram: expect.stringMatching(/^\d+:[\w-]+$/),
      telegram_chat_id: expect.stringMatching(/^-100\d+$/),
    })
    for (const type of ['twilio', 'twilio_call', 'whatsapp']) {
      expect(settingsOf(type)).toEqual({ [type]: expect.stringMatching(/^\+\d{11,13}$/) })
    }
    expect(settingsOf('push_subscriber_id')).toEqual({
      push_subscriber_id: expect.stringMatching(/^\d+$/),
    })
  })

  it('has pending e-mails and about 15% disabled handlers', () => {
    const pending = handlers.filter((handler) => handler.is_enabled === 2)
    expect(pending.length).toBeGreaterThan(3)
    for (const handler of pending) {
      expect(handler).toMatchObject({ type: 'email', settings: { email_is_confirmed: '0' } })
    }
    const disabled = share(handlers, (handler) => handler.is_enabled === 0)
    expect(disabled).toBeGreaterThan(0.1)
    expect(disabled).toBeLessThan(0.2)
  })

  it('puts the hostile rows on the first page of 25, after a few ordinary ones', () => {
    const first = seedHandlers(25, options)
    const named = (predicate: (name: string) => boolean) => first.find((h) => predicate(h.name))
    expect(named((name) => [...name].every((char) => BIDI_CONTROL.test(char)))).toBeDefined()
    expect(
      named((name) => length(name) === 128 && /^\p{Extended_Pictographic}+$/u.test(name)),
    ).toBeDefined()
    expect(named((name) => ZERO_WIDTH.test(name))).toBeDefined()
    const slashless = first.find((handler) =>
      /^https:\/\/[^/?#]+\?/.test(handler.settings.webhook ?? ''),
    )
    expect(slashless?.settings.webhook).toHaveLength(512)
    expect(first.slice(0, 4).map((handler) => handler.type)).toEqual([
      'email',
      'webhook',
      'slack',
      'microsoft_teams',
    ])
  })

  it('is what an account gets unless the simple corpus is asked for', () => {
    const sim = new Simulator({ now: () => T0 })
    const realistic = sim.handlersOf(sim.addAccount({ handlers: 30 }).key)
    const simple = sim.handlersOf(sim.addAccount({ handlers: 30, corpus: 'simple' }).key)
    expect(share(realistic, (handler) => length(handler.name) === 128)).toBeGreaterThan(0)
    expect(realistic.some((handler) => ZERO_WIDTH.test(handler.name))).toBe(true)
    expect(simple.map((handler) => handler.name)).toContain('Discord #status')
    expect(simple.some((handler) => ZERO_WIDTH.test(handler.name))).toBe(false)
  })
})
