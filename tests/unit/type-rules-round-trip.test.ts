// Every handler type through the table's rules and the import's: an account is exported, the file
// read back, and each handler gets the same answers from both — its target as shown, whether it can
// be saved and why not, which handlers it duplicates — and the import creates what was exported.
import { describe, expect, it } from 'vitest'
import type { Handler } from '../../src/api/types'
import { createInput } from '../../src/features/handlers/form/form-values'
import { computeFindings, type Finding } from '../../src/features/handlers/review/findings'
import { toCsvExport, toJsonExport } from '../../src/features/handlers/transfer/export-format'
import { parseImport } from '../../src/features/handlers/transfer/import-file'
import {
  findDuplicates,
  validateEntries,
  type ImportRow,
} from '../../src/features/handlers/transfer/import-rows'
import { maskTarget, maskValue } from '../../src/handler-types/mask'
import { HANDLER_TYPES, type HandlerType } from '../../src/handler-types/registry'
import { settingsOf, targetValue } from '../../src/handler-types/target'

const BOT = '123456789:AAE' + 'x'.repeat(32)

/** Good settings of each known type: a new type needs some here. */
const SETTINGS: Record<HandlerType, Record<string, string>> = {
  email: { email: 'ops@example.com' },
  webhook: { webhook: 'https://example.com/hooks/1' },
  slack: { slack: 'https://hooks.slack.com/services/T1/B2/token1' },
  microsoft_teams: {
    microsoft_teams: 'https://contoso.webhook.office.com/webhookb2/a/IncomingWebhook/b/c',
  },
  google_chat: { google_chat: 'https://chat.googleapis.com/v1/spaces/AAA/messages?key=k' },
  internal_notification: { internal_notification: '' },
  discord: { discord: 'https://discord.com/api/webhooks/123456/tok-9_a' },
  telegram: { telegram: BOT, telegram_chat_id: '-1001234567890' },
  twilio: { twilio: '+989121234567' },
  twilio_call: { twilio_call: '+989121234567' },
  whatsapp: { whatsapp: '+14155550123' },
}

let nextId = 1
function handler(type: string | null, settings: Record<string, string>, status = 'enabled') {
  const id = nextId++
  return {
    id,
    name: `Handler ${id}`,
    type,
    settings,
    status: status as Handler['status'],
    createdAt: 0,
    updatedAt: null,
  } satisfies Handler
}

const ACCOUNT: Handler[] = [
  ...HANDLER_TYPES.map((type) => handler(type, SETTINGS[type])),
  // The same address in other letters, a second in-app handler, and one switched off.
  handler('email', { email: 'OPS@example.com' }, 'disabled'),
  handler('internal_notification', { internal_notification: '' }),
  // What the findings flag, and the import refuses or warns about.
  handler('webhook', { webhook: 'http://intranet.example.com/hook' }),
  handler('microsoft_teams', { microsoft_teams: 'https://outlook.office.com/webhook/a/b' }),
  handler('slack', { slack: 'https://example.com/not-slack' }),
  handler('google_chat', { google_chat: '' }),
  handler('discord', { discord: 'https://discord.com/api/webhook/1/tok9' }),
  handler('whatsapp', { whatsapp: '09121234567' }),
  // The same chat through another bot is another destination; a bad token is refused.
  handler('telegram', { telegram: `9${BOT}`, telegram_chat_id: '-1001234567890' }),
  handler('telegram', { telegram: '12:short', telegram_chat_id: '@alerts_channel' }),
  // Types the dashboard does not know, or lost.
  handler('x', { x_consumer_key: 'k', x_consumer_secret: 's' }),
  handler(null, { '': '' }),
]

function rowsOf(text: string): ImportRow[] {
  const parsed = parseImport(text)
  if (!parsed.ok) throw new Error(parsed.problem.key)
  return validateEntries(parsed.entries)
}

const kinds = (findings: readonly Finding[]) => findings.map((finding) => finding.kind)

describe.each([
  ['JSON', toJsonExport(ACCOUNT, new Date(0))],
  ['CSV', toCsvExport(ACCOUNT)],
])('every type, exported as %s and read back', (_format, file) => {
  const rows = rowsOf(file)
  const findings = computeFindings(ACCOUNT)
  const pairs = ACCOUNT.map((h, index) => ({ handler: h, row: rows[index]! }))

  it('is one row per handler, of its name and type', () => {
    expect(rows.map((row) => [row.name, row.type])).toEqual(ACCOUNT.map((h) => [h.name, h.type]))
  })

  it('shows the same target in the preview as in the table', () => {
    for (const { handler: h, row } of pairs) {
      expect(maskValue(row.type, row.target), h.name).toEqual(maskTarget(h))
    }
  })

  it('can be imported exactly where the findings see nothing wrong, for the same reasons', () => {
    for (const { handler: h, row } of pairs) {
      const found = findings.byId.get(h.id)!
      const problems = row.problems.map((issue) => issue.key)
      const refused = found.some((f) => ['invalid', 'insecure', 'unknownType'].includes(f.kind))
      expect(row.values === null, h.name).toBe(refused)
      for (const finding of found) {
        if (finding.kind === 'invalid') expect(problems, h.name).toContain(finding.problem)
        if (finding.kind === 'insecure') expect(problems, h.name).toContain('form.error.https')
      }
      expect(row.warnings.length > 0, h.name).toBe(kinds(found).includes('retired'))
      const unknown =
        problems.includes('transfer.problem.unknownType') ||
        problems.includes('transfer.problem.noType')
      expect(unknown, h.name).toBe(kinds(found).includes('unknownType'))
    }
  })

  it('marks as duplicates in the file the handlers the findings flag as sharing a target', () => {
    const inFile = findDuplicates(rows, [])
    const sharing = new Set<number>()
    for (const [index, duplicate] of inFile) {
      if (duplicate.kind !== 'file') continue
      sharing.add(index)
      sharing.add(rows.findIndex((row) => row.line === duplicate.line))
    }
    for (const [index, { handler: h, row }] of pairs.entries()) {
      if (!row.values) continue
      expect(sharing.has(index), h.name).toBe(kinds(findings.byId.get(h.id)!).includes('duplicate'))
    }
  })

  it('marks a row as already there exactly where the findings would flag a handler and its copy', () => {
    for (const { handler: h, row } of pairs) {
      if (!row.values) continue
      const withCopy = computeFindings([h, { ...h, id: h.id + 1000 }])
      const flagged = kinds(withCopy.byId.get(h.id)!).includes('duplicate')
      expect(findDuplicates([row], [h]).has(row.index), h.name).toBe(flagged)
    }
    // An in-app handler has no target: a second one is not a duplicate, in either place.
    const inApp = pairs.filter(({ handler: h }) => h.type === 'internal_notification')
    expect(inApp).toHaveLength(2)
    for (const { handler: h, row } of inApp) {
      expect(kinds(findings.byId.get(h.id)!)).not.toContain('duplicate')
      expect(findDuplicates([row], ACCOUNT).has(row.index)).toBe(false)
    }
  })

  it('creates each importable handler as it was exported', () => {
    for (const { handler: h, row } of pairs) {
      if (!row.values) continue
      const input = createInput(row.values)
      const created = { type: input.type ?? null, settings: input.settings ?? {} }
      expect(input.name, h.name).toBe(h.name)
      expect(input.type, h.name).toBe(h.type)
      expect(targetValue(created), h.name).toBe(targetValue(h))
      expect(created.settings, h.name).toEqual(settingsOf(h))
      expect(row.values.enabled, h.name).toBe(h.status !== 'disabled')
    }
  })
})
