import { describe, expect, it } from 'vitest'
import type { Handler } from '../../src/api/types'
import {
  exportFilename,
  toCsvExport,
  toJsonExport,
} from '../../src/features/handlers/transfer/export-format'
import { parseImport } from '../../src/features/handlers/transfer/import-file'
import type { ImportEntry } from '../../src/features/handlers/transfer/import-types'

let nextId = 1
const handler = (
  part: Partial<Handler> & Pick<Handler, 'name' | 'type' | 'settings'>,
): Handler => ({
  id: nextId++,
  status: 'enabled',
  createdAt: 0,
  updatedAt: null,
  ...part,
})

const HANDLERS: Handler[] = [
  handler({ name: 'Ops, "night" shift', type: 'email', settings: { email: 'ops@example.com' } }),
  handler({
    name: '=HYPERLINK("http://evil")',
    type: 'slack',
    settings: { slack: 'https://hooks.slack.com/services/T0/B0/secret' },
    status: 'disabled',
  }),
  handler({
    name: 'هشدار شبانه',
    type: 'internal_notification',
    settings: { internal_notification: '' },
  }),
  handler({
    name: 'Pending',
    type: 'email',
    settings: { email: 'new@example.com', email_is_confirmed: '0' },
    status: 'pending',
  }),
  handler({
    name: 'Bot',
    type: 'x',
    settings: { x_consumer_key: '123:tok', x_access_token: '9' },
  }),
]

const NOW = new Date(2026, 4, 13, 23, 30)

function entries(text: string): ImportEntry[] {
  const parsed = parseImport(text)
  if (!parsed.ok) throw new Error(parsed.problem.key)
  return parsed.entries
}

describe('JSON export', () => {
  it('keeps name, type, settings and the three states, with version and date', () => {
    const file = JSON.parse(toJsonExport(HANDLERS, NOW))
    expect(file).toMatchObject({ version: 2, exported_at: NOW.toISOString() })
    expect(file.handlers[1]).toEqual({
      name: '=HYPERLINK("http://evil")',
      type: 'slack',
      settings: { slack: 'https://hooks.slack.com/services/T0/B0/secret' },
      status: 'disabled',
    })
    // Awaiting confirmation is a state of its own, not "enabled".
    expect(file.handlers.map((item: { status: string }) => item.status)).toEqual([
      'enabled',
      'disabled',
      'enabled',
      'pending',
      'enabled',
    ])
    expect(file.handlers[4].settings).toEqual({ x_consumer_key: '123:tok', x_access_token: '9' })
    expect(Object.keys(file.handlers[0]).sort()).toEqual(['name', 'settings', 'status', 'type'])
  })

  it('reads back into the same entries', () => {
    const read = entries(toJsonExport(HANDLERS, NOW))
    expect(read.map(({ name, type, target, status }) => ({ name, type, target, status }))).toEqual([
      { name: 'Ops, "night" shift', type: 'email', target: 'ops@example.com', status: 'enabled' },
      {
        name: '=HYPERLINK("http://evil")',
        type: 'slack',
        target: 'https://hooks.slack.com/services/T0/B0/secret',
        status: 'disabled',
      },
      { name: 'هشدار شبانه', type: 'internal_notification', target: '', status: 'enabled' },
      { name: 'Pending', type: 'email', target: 'new@example.com', status: 'pending' },
      // An unknown type's target is its first setting, as the table shows it.
      { name: 'Bot', type: 'x', target: '123:tok', status: 'enabled' },
    ])
    expect(read[4]!.settings).toEqual({ x_consumer_key: '123:tok', x_access_token: '9' })
  })
})

describe('CSV export', () => {
  const csv = toCsvExport(HANDLERS)

  it('has the columns name, type, target, status and settings, after a byte-order mark', () => {
    expect(csv.startsWith('\uFEFFname,type,target,status,settings\r\n')).toBe(true)
  })

  it('says pending, not enabled, for an e-mail handler awaiting confirmation', () => {
    expect(csv.slice(1).split('\r\n')[4]).toBe('Pending,email,new@example.com,pending,')
  })

  it('neutralises formulas and quotes what needs quoting', () => {
    const lines = csv.slice(1).split('\r\n')
    expect(lines[1]).toBe('"Ops, ""night"" shift",email,ops@example.com,enabled,')
    expect(lines[2]).toBe(
      `"'=HYPERLINK(""http://evil"")",slack,https://hooks.slack.com/services/T0/B0/secret,disabled,`,
    )
  })

  it('writes an unknown type’s settings as raw JSON', () => {
    const lines = csv.slice(1).split('\r\n')
    expect(lines[5]).toBe(
      'Bot,x,,enabled,"{""x_consumer_key"":""123:tok"",""x_access_token"":""9""}"',
    )
  })

  it('reads back into the same names, types, targets and states', () => {
    const read = entries(csv)
    expect(read.map(({ name, type, target, status }) => [name, type, target, status])).toEqual([
      ['Ops, "night" shift', 'email', 'ops@example.com', 'enabled'],
      [
        '=HYPERLINK("http://evil")',
        'slack',
        'https://hooks.slack.com/services/T0/B0/secret',
        'disabled',
      ],
      ['هشدار شبانه', 'internal_notification', '', 'enabled'],
      ['Pending', 'email', 'new@example.com', 'pending'],
      ['Bot', 'x', '123:tok', 'enabled'],
    ])
    expect(read[4]!.settings).toEqual({ x_consumer_key: '123:tok', x_access_token: '9' })
    expect(read.every((entry) => entry.problems.length === 0)).toBe(true)
  })
})

describe('files of the first version', () => {
  it('still read, with enabled as the state', () => {
    const v1 = JSON.stringify({
      format: 'conecto-notification-handlers',
      version: 1,
      handlers: [{ name: 'Off', type: 'internal_notification', settings: {}, enabled: false }],
    })
    expect(entries(v1)[0]!.status).toBe('disabled')
    const csv = 'name,type,target,enabled\r\nOn,internal_notification,,true\r\n'
    expect(entries(csv)[0]).toMatchObject({ status: 'enabled', problems: [] })
  })
})

describe('export files', () => {
  it('are named with the local date', () => {
    expect(exportFilename('json', NOW)).toBe('conecto-handlers-2026-05-13.json')
    expect(exportFilename('csv', new Date(2026, 0, 2))).toBe('conecto-handlers-2026-01-02.csv')
  })
})
