import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { en } from '../../src/i18n/en'
import {
  HANDLER_TYPES,
  handlerTypes,
  isKnownType,
  SETTING_MAX_LENGTH,
  type HandlerType,
} from '../../src/handler-types/registry'
import { charCount, targetProblem, targetWarning } from '../../src/handler-types/target-rules'
import { targetSchema } from '../../src/features/handlers/form/form-schema'

const input = (type: HandlerType) => {
  const spec = handlerTypes[type].fields[0]
  if (!spec) throw new Error(`${type} has no input`)
  return spec
}
const problem = (type: HandlerType, value: string) => targetProblem(input(type), value)

describe('the handler type registry', () => {
  it('describes each type, its first setting under its own name, its target among its settings', () => {
    expect(Object.keys(handlerTypes).sort()).toEqual([...HANDLER_TYPES].sort())
    for (const type of HANDLER_TYPES) {
      const spec = handlerTypes[type]
      const names = spec.fields.map((field) => field.name)
      if (names.length > 0) expect(names[0], type).toBe(type)
      expect(spec.target === null ? names.length === 0 : names.includes(spec.target), type).toBe(
        true,
      )
    }
    expect(handlerTypes.internal_notification).toMatchObject({ fields: [], target: null })
  })

  it('asks for an e-mail address or a URL, at most 512 characters', () => {
    expect(input('email').kind).toBe('email')
    for (const type of ['webhook', 'slack', 'microsoft_teams', 'google_chat'] as const) {
      expect(input(type).kind, type).toBe('url')
    }
    for (const type of HANDLER_TYPES) {
      for (const spec of handlerTypes[type].fields) {
        expect(spec.maxLength, type).toBe(SETTING_MAX_LENGTH)
      }
    }
    expect(SETTING_MAX_LENGTH).toBe(512)
  })

  it('names only catalogue keys for its labels, hints and messages', () => {
    const keys = HANDLER_TYPES.flatMap((type) => {
      const spec = handlerTypes[type]
      const fields = spec.fields.flatMap(({ rule, label }) => {
        if (rule.kind === 'url') return [label, rule.hostError, rule.retiredWarning]
        return rule.kind === 'pattern' ? [label, rule.error] : [label]
      })
      return [`type.${type}`, spec.hint, ...fields].filter((key) => key !== undefined)
    })
    expect(keys.length).toBeGreaterThan(10)
    for (const key of keys) expect(Object.hasOwn(en, key), key).toBe(true)
  })

  it('knows its own types and nothing else', () => {
    expect(isKnownType('slack')).toBe(true)
    for (const other of ['x', 'push_subscriber_id', '', null, 'toString', '__proto__']) {
      expect(isKnownType(other), String(other)).toBe(false)
    }
  })
})

describe('target rules', () => {
  it('counts characters as the server does, an emoji as one', () => {
    expect(charCount('🚨 ops')).toBe(5)
  })

  it('want a real e-mail address', () => {
    expect(problem('email', 'ops@example.com')).toBeNull()
    expect(problem('email', 'sara.ahmadi+alerts@mail.example.ir')).toBeNull()
    for (const bad of [
      'ops',
      'ops@',
      '@example.com',
      'ops@example',
      'ops @example.com',
      'a@b@c.com',
    ]) {
      expect(problem('email', bad), bad).toBe('form.error.email')
    }
    expect(problem('email', '')).toBe('form.error.targetRequired')
  })

  it('take the e-mail addresses zod takes, and refuse the ones it refuses', () => {
    const zodEmail = z.email()
    for (const address of [
      "o'neil@example.ie",
      'a.b-c@my--site.example.com',
      'user_1+tag@sub.example.ir',
      '-x@example.com',
      'a..b@example.com',
      '.a@example.com',
      'a.@example.com',
      'a@-example.com',
      'a@example.c',
      'a@example.com.',
      'سارا@example.com',
      'a@مثال.ایران',
      '"quoted"@example.com',
      'a@[192.0.2.1]',
    ]) {
      const takenByZod = zodEmail.safeParse(address).success
      expect(problem('email', address) === null, address).toBe(takenByZod)
    }
  })

  it('want an https URL for a webhook', () => {
    expect(problem('webhook', 'https://example.com/hook?token=1')).toBeNull()
    expect(problem('webhook', 'http://example.com/hook')).toBe('form.error.https')
    for (const bad of [
      'example.com/hook',
      'ftp://example.com/x',
      'https://',
      'https://intranet/hook',
      'https://a b.com/x',
      'javascript:alert(1)',
    ]) {
      expect(problem('webhook', bad), bad).toBe('form.error.url')
    }
  })

  it('want Slack webhooks on hooks.slack.com, with a path', () => {
    expect(problem('slack', 'https://hooks.slack.com/services/T0/B0/x')).toBeNull()
    expect(problem('slack', 'https://HOOKS.SLACK.COM/services/T0/B0/x')).toBeNull()
    for (const bad of [
      'https://hooks.slack.com',
      'https://hooks.slack.com/',
      'https://slack.com/services/x',
      'https://hooks.slack.com.evil.io/services/x',
      'https://evilhooks.slack.com/services/x',
    ]) {
      expect(problem('slack', bad), bad).toBe('type.slack.error.host')
    }
    expect(problem('slack', 'http://hooks.slack.com/services/x')).toBe('form.error.https')
  })

  it('want Google Chat webhooks on chat.googleapis.com', () => {
    expect(
      problem('google_chat', 'https://chat.googleapis.com/v1/spaces/A/messages?key=k'),
    ).toBeNull()
    expect(problem('google_chat', 'https://chat.google.com/room/A')).toBe(
      'type.google_chat.error.host',
    )
  })

  it('want Microsoft Teams webhooks on its webhook and workflow hosts', () => {
    for (const good of [
      'https://contoso.webhook.office.com/webhookb2/a@b/IncomingWebhook/c/d',
      'https://prod-12.westeurope.logic.azure.com:443/workflows/abc/triggers/manual/paths/invoke',
      'https://default1234.56.environment.api.powerplatform.com:443/powerautomate/automations/direct/workflows/x',
      'https://outlook.office.com/webhook/a@b/IncomingWebhook/c/d',
    ]) {
      expect(problem('microsoft_teams', good), good).toBeNull()
    }
    for (const bad of [
      'https://outlook.office.com/mail',
      'https://webhook.office.com.evil.io/x',
      'https://example.com/webhookb2/x',
    ]) {
      expect(problem('microsoft_teams', bad), bad).toBe('type.microsoft_teams.error.host')
    }
  })

  it('warn, without refusing, about the retired Teams connector URLs', () => {
    const retired = 'https://outlook.office.com/webhook/a@b/IncomingWebhook/c/d'
    expect(targetWarning(input('microsoft_teams'), retired)).toBe('type.microsoft_teams.retired')
    expect(targetWarning(input('microsoft_teams'), 'https://outlook.office365.com/webhook/x')).toBe(
      'type.microsoft_teams.retired',
    )
    expect(
      targetWarning(input('microsoft_teams'), 'https://contoso.webhook.office.com/webhookb2/x'),
    ).toBeNull()
    expect(targetWarning(input('webhook'), retired)).toBeNull()
  })

  it('refuse more than 512 characters, counted as the server counts them', () => {
    const base = 'https://example.com/'
    expect(problem('webhook', base + 'a'.repeat(512 - base.length))).toBeNull()
    expect(problem('webhook', base + 'a'.repeat(513 - base.length))).toBe(
      'form.error.targetTooLong',
    )
    const local = 'a'.repeat(501)
    expect(problem('email', `${local}@example.com`)).toBe('form.error.targetTooLong')
  })

  it('build a zod schema that trims and gives the message key', () => {
    const schema = targetSchema(input('slack'))
    expect(schema.parse('  https://hooks.slack.com/services/x  ')).toBe(
      'https://hooks.slack.com/services/x',
    )
    const result = schema.safeParse('https://example.com/x')
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['type.slack.error.host'])
  })
})
