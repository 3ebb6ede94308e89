// The types other sites on the platform offer: their rules, Persian digits, and telegram's two
// settings through everything that reads a handler's target.
import { describe, expect, it } from 'vitest'
import type { Handler } from '../../src/api/types'
import { compareSaved } from '../../src/features/handlers/form/compare-saved'
import { changedElsewhere } from '../../src/features/handlers/form/conflict'
import { handlerFormSchema, targetSchema } from '../../src/features/handlers/form/form-schema'
import { createInput, editInput, valuesOf } from '../../src/features/handlers/form/form-values'
import { maskTarget } from '../../src/handler-types/mask'
import { handlerTypes, type HandlerType } from '../../src/handler-types/registry'
import { duplicateKey } from '../../src/handler-types/target'
import { targetProblem } from '../../src/handler-types/target-rules'

const field = (type: HandlerType, index = 0) => handlerTypes[type].fields[index]!
const problem = (type: HandlerType, value: string, index = 0) =>
  targetProblem(field(type, index), value)

const BOT = '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw'
const CHAT = '-1001234567890'

const telegram = (settings: Record<string, string> = {}): Handler => ({
  id: 3,
  name: 'On call',
  type: 'telegram',
  settings: { telegram: BOT, telegram_chat_id: CHAT, ...settings },
  status: 'enabled',
  createdAt: 0,
  updatedAt: null,
})

describe('a Discord webhook', () => {
  it('is /api/webhooks/{id}/{token} on discord.com or discordapp.com', () => {
    for (const good of [
      'https://discord.com/api/webhooks/123456789012345678/AbC-d_9',
      'https://discordapp.com/api/webhooks/1/t',
      'https://ptb.discord.com/api/v10/webhooks/1/t/',
    ]) {
      expect(problem('discord', good), good).toBeNull()
    }
    for (const bad of [
      'https://discord.com/api/webhooks/abc/token',
      'https://discord.com/api/webhooks/123/',
      'https://discord.com/api/webhooks/123',
      'https://discord.com/channels/1/2',
      'https://discord.com.evil.io/api/webhooks/1/t',
      'https://example.com/api/webhooks/1/t',
    ]) {
      expect(problem('discord', bad), bad).toBe('type.discord.error.host')
    }
    expect(problem('discord', 'http://discord.com/api/webhooks/1/t')).toBe('form.error.https')
  })

  it('is masked in the table like any webhook secret, its token hidden', () => {
    const url = 'https://discord.com/api/webhooks/123456/secret-token-xyz9'
    const masked = maskTarget({ type: 'discord', settings: { discord: url } })
    expect(masked).toEqual({ kind: 'secret', text: 'https://discord.com/…xyz9' })
  })
})

describe('a phone number', () => {
  const types = ['twilio', 'twilio_call', 'whatsapp'] as const

  it('is + and 8 to 15 digits, for each type that calls or texts', () => {
    for (const type of types) {
      for (const good of ['+989121234567', '+14155550123', '+4915123456']) {
        expect(problem(type, good), `${type} ${good}`).toBeNull()
      }
      for (const bad of ['09121234567', '+0989121234567', '+1234567', '+1234567890123456']) {
        expect(problem(type, bad), `${type} ${bad}`).toBe('form.error.phone')
      }
      expect(problem(type, '+98 912 123 4567')).toBe('form.error.phone')
    }
  })

  it('is sent with Latin digits when typed with Persian or Arabic ones', () => {
    const schema = targetSchema(field('whatsapp'))
    expect(schema.parse(' +۹۸۹۱۲۱۲۳۴۵۶۷ ')).toBe('+989121234567')
    expect(schema.parse('+٩٨٩١٢١٢٣٤٥٦٧')).toBe('+989121234567')
    const values = {
      name: 'SMS',
      type: 'twilio',
      enabled: true,
      targets: { twilio: '+۱۴۱۵۵۵۵۰۱۲۳' },
    }
    expect(handlerFormSchema.parse(values)).toMatchObject({ settings: { twilio: '+14155550123' } })
  })

  it('is shown in the table as it is, not masked', () => {
    const masked = maskTarget({ type: 'twilio_call', settings: { twilio_call: '+14155550123' } })
    expect(masked).toEqual({ kind: 'plain', text: '+14155550123' })
  })
})

describe('a Telegram bot and chat', () => {
  it('wants a bot token: digits, a colon and 30 or more letters, digits, - or _', () => {
    expect(problem('telegram', BOT)).toBeNull()
    expect(problem('telegram', `1:${'a-_'.repeat(10)}`)).toBeNull()
    for (const bad of [
      'AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw',
      '123:short',
      `12 3:${'a'.repeat(30)}`,
    ]) {
      expect(problem('telegram', bad), bad).toBe('type.telegram.error')
    }
  })

  it('wants a chat id: a number, negative for groups and channels, or a channel’s @name', () => {
    for (const good of ['123456789', CHAT, '@alerts_channel']) {
      expect(problem('telegram', good, 1), good).toBeNull()
    }
    for (const bad of ['--100', '12a', '@ab', 'alerts', '@1alerts']) {
      expect(problem('telegram', bad, 1), bad).toBe('type.telegram_chat_id.error')
    }
    expect(targetSchema(field('telegram', 1)).parse('-۱۰۰۱۲۳۴۵۶۷۸۹۰')).toBe(CHAT)
  })

  it('needs both fields, each checked by its own rule', () => {
    const result = handlerFormSchema.safeParse({
      name: 'Tg',
      type: 'telegram',
      enabled: true,
      targets: { telegram: BOT, telegram_chat_id: '' },
    })
    const issues = result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])
    expect(issues).toEqual([['targets.telegram_chat_id', 'form.error.targetRequired']])
  })

  it('creates with both settings, and edits with only the one that changed', () => {
    const values = handlerFormSchema.parse({ ...valuesOf(telegram()), type: 'telegram' })
    if (!('type' in values) || values.type === '') throw new Error('not valid')
    expect(createInput(values).settings).toEqual({ telegram: BOT, telegram_chat_id: CHAT })
    expect(editInput(telegram(), values)).toEqual({})
    const moved = { ...values, settings: { ...values.settings, telegram_chat_id: '@ops_room' } }
    expect(editInput(telegram(), moved)).toEqual({ settings: { telegram_chat_id: '@ops_room' } })
  })

  it('shows the chat in the table, never the bot’s token', () => {
    expect(maskTarget(telegram())).toEqual({ kind: 'plain', text: CHAT })
  })

  it('is another destination with another bot, the same with the same bot', () => {
    const other = telegram({ telegram: `9${BOT}` })
    expect(duplicateKey(telegram())).toBe(duplicateKey(telegram()))
    expect(duplicateKey(other)).not.toBe(duplicateKey(telegram()))
  })

  it('reports a token the server changed, and one changed elsewhere, though the chat is the same', () => {
    const intended = {
      name: 'On call',
      type: 'telegram',
      enabled: null,
      settings: telegram().settings,
    }
    const held = telegram({ telegram: BOT.slice(0, 20) })
    expect(compareSaved(intended, held)).toEqual([
      { kind: 'target-cut', field: 'telegram', count: 20 },
    ])
    expect(changedElsewhere(telegram(), held)).toEqual(['target'])
  })
})
