import { describe, expect, it, vi } from 'vitest'
import type { Handler } from '../../src/api/types'
import {
  entriesOf,
  findDuplicates,
  preselected,
  validateEntry,
  type ImportRow,
} from '../../src/features/handlers/transfer/import-rows'
import type { ImportEntry } from '../../src/features/handlers/transfer/import-types'
import { NotDisabledError, transferRow } from '../../src/features/handlers/transfer/transfer-row'

const entry = (part: Partial<ImportEntry>): ImportEntry => ({
  line: 2,
  name: 'Ops',
  type: 'email',
  target: 'ops@example.com',
  settings: {},
  status: 'enabled',
  problems: [],
  ...part,
})

const keys = (row: ImportRow, list: 'problems' | 'warnings' = 'problems') =>
  row[list].map((issue) => issue.key)

const existing = (type: string, settings: Record<string, string>): Handler => ({
  id: 1,
  name: 'x',
  type,
  settings,
  status: 'enabled',
  createdAt: 0,
  updatedAt: null,
})

describe('each row is checked with the form’s rules', () => {
  it('accepts a valid row and gives what a create sends', () => {
    const row = validateEntry(entry({ name: '  Ops  ' }), 0)
    expect(row.problems).toEqual([])
    expect(row.values).toEqual({
      name: 'Ops',
      type: 'email',
      enabled: true,
      settings: { email: 'ops@example.com' },
    })
  })

  it('requires a name of at most 128 characters, counted as the server counts', () => {
    expect(keys(validateEntry(entry({ name: '   ' }), 0))).toEqual(['form.error.nameRequired'])
    expect(keys(validateEntry(entry({ name: 'x'.repeat(129) }), 0))).toEqual([
      'form.error.nameTooLong',
    ])
    expect(validateEntry(entry({ name: '😀'.repeat(128) }), 0).problems).toEqual([])
  })

  it('refuses a name of only invisible characters, with the form’s message', () => {
    for (const name of ['\u200c \u200c', '\u200b\u200d', '<b></b>\u200c']) {
      expect(keys(validateEntry(entry({ name }), 0))).toContain('form.error.nameInvisible')
    }
    // A row of a type the dashboard does not know is checked by the rename rule: the same.
    expect(keys(validateEntry(entry({ type: 'x', name: '\u200c\u200c' }), 0))).toContain(
      'form.error.nameInvisible',
    )
    expect(validateEntry(entry({ name: 'هشدار\u200cها' }), 0).problems).toEqual([])
  })

  it('requires a type the dashboard knows', () => {
    const unknown = validateEntry(entry({ type: 'x' }), 0)
    expect(unknown.problems).toEqual([
      { key: 'transfer.problem.unknownType', params: { type: 'x' } },
    ])
    expect(unknown.values).toBeNull()
    expect(keys(validateEntry(entry({ type: null, name: '' }), 0))).toEqual([
      'transfer.problem.noType',
      'form.error.nameRequired',
    ])
  })

  it('checks the target with its type’s rule', () => {
    const problem = (type: string, target: string) =>
      keys(validateEntry(entry({ type, target }), 0))
    expect(problem('email', 'not-an-address')).toEqual(['form.error.email'])
    expect(problem('email', '')).toEqual(['form.error.targetRequired'])
    expect(problem('webhook', 'http://example.com/h')).toEqual(['form.error.https'])
    expect(problem('slack', 'https://example.com/h')).toEqual(['type.slack.error.host'])
    expect(problem('webhook', `https://example.com/${'a'.repeat(520)}`)).toEqual([
      'form.error.targetTooLong',
    ])
    expect(problem('internal_notification', '')).toEqual([])
  })

  it('warns, without refusing, about a retired Teams connector URL', () => {
    const row = validateEntry(
      entry({ type: 'microsoft_teams', target: 'https://outlook.office.com/webhook/abc' }),
      0,
    )
    expect(row.values).not.toBeNull()
    expect(keys(row, 'warnings')).toEqual(['type.microsoft_teams.retired'])
  })

  it('flags HTML in a name and shows the name the server will keep', () => {
    const row = validateEntry(entry({ name: '<img src=x onerror=alert(1)>Alerts <b>now</b>' }), 0)
    expect(row.name).toBe('Alerts now')
    expect(row.values?.name).toBe('Alerts now')
    expect(row.warnings).toEqual([
      {
        key: 'transfer.warning.tags',
        params: { name: '<img src=x onerror=alert(1)>Alerts <b>now</b>' },
      },
    ])
    expect(keys(validateEntry(entry({ name: '<script>' }), 0))).toEqual(['form.error.nameRequired'])
    expect(validateEntry(entry({ name: 'a < b' }), 0).warnings).toEqual([])
  })

  it('removes direction controls from a name, and keeps the Persian zero-width non-joiner', () => {
    const row = validateEntry(entry({ name: '\u202eexe.\u202c هشدار\u200cها\u200f' }), 0)
    expect(row.name).toBe('exe. هشدار\u200cها')
    expect(keys(row, 'warnings')).toEqual(['transfer.warning.bidi'])
  })

  it('refuses direction controls inside a target', () => {
    const row = validateEntry(entry({ type: 'webhook', target: 'https://example.com/\u202eh' }), 0)
    expect(keys(row)).toContain('transfer.problem.hiddenInTarget')
    expect(row.values).toBeNull()
  })

  it('keeps problems found while reading the row', () => {
    const problems = [{ key: 'transfer.problem.outsideColumns' as const }]
    const row = validateEntry(entry({ problems }), 0)
    expect(row.problems).toEqual(problems)
    expect(row.values).toBeNull()
  })
})

describe('duplicates', () => {
  const rows = [
    entry({ line: 2, target: 'OPS@example.com' }),
    entry({ line: 3, type: 'webhook', target: 'https://example.com/new' }),
    entry({ line: 4, type: 'webhook', target: 'https://example.com/new' }),
    entry({ line: 5, type: 'internal_notification', target: '' }),
    entry({ line: 6, type: 'email', target: 'broken' }),
  ].map(validateEntry)

  it('are rows whose target the account has, or an earlier row has; in-app rows have none', () => {
    const account = [
      existing('email', { email: 'ops@example.com' }),
      existing('internal_notification', { internal_notification: '' }),
    ]
    const duplicates = findDuplicates(rows, account)
    expect([...duplicates]).toEqual([
      [0, { kind: 'account' }],
      [2, { kind: 'file', line: 3 }],
    ])
    expect([...preselected(rows, duplicates)]).toEqual([1, 3])
  })

  it('are not marked against an account that has none of them', () => {
    const duplicates = findDuplicates(rows, [existing('email', { email: 'other@example.com' })])
    expect([...preselected(rows, duplicates)]).toEqual([0, 1, 3])
  })
})

describe('a copy between accounts', () => {
  it('makes one entry of each selected handler, with its state', () => {
    const handlers = [
      {
        ...existing('slack', { slack: 'https://hooks.slack.com/services/a' }),
        status: 'disabled' as const,
      },
      {
        ...existing('email', { email: 'p@example.com', email_is_confirmed: '0' }),
        status: 'pending' as const,
      },
    ]
    expect(
      entriesOf(handlers).map(({ line, type, target, status }) => ({
        line,
        type,
        target,
        status,
      })),
    ).toEqual([
      { line: 1, type: 'slack', target: 'https://hooks.slack.com/services/a', status: 'disabled' },
      { line: 2, type: 'email', target: 'p@example.com', status: 'pending' },
    ])
  })
})

describe('creating one row', () => {
  const row = validateEntry(
    entry({ type: 'webhook', target: 'https://example.com/h', status: 'disabled' }),
    0,
  )

  it('creates, then switches off a row exported as off', async () => {
    const client = {
      createHandler: vi.fn().mockResolvedValue({ id: 41, handler: null }),
      updateHandler: vi.fn().mockResolvedValue({ id: 41, handler: null }),
    }
    await transferRow(client, row, new Map())
    expect(client.createHandler).toHaveBeenCalledWith(
      { name: 'Ops', type: 'webhook', settings: { webhook: 'https://example.com/h' } },
      { signal: undefined },
    )
    expect(client.updateHandler).toHaveBeenCalledWith(
      41,
      { isEnabled: false },
      { signal: undefined },
    )
  })

  it('does not switch on rows: the API creates them on', async () => {
    const client = {
      createHandler: vi.fn().mockResolvedValue({ id: 1, handler: null }),
      updateHandler: vi.fn(),
    }
    await transferRow(client, validateEntry(entry({}), 0), new Map())
    expect(client.updateHandler).not.toHaveBeenCalled()
  })

  it('on a retry after a failed switch-off, does not create the handler again', async () => {
    const created = new Map<number, number>()
    const client = {
      createHandler: vi.fn().mockResolvedValue({ id: 41, handler: null }),
      updateHandler: vi
        .fn()
        .mockRejectedValueOnce(new Error('down'))
        .mockResolvedValue({ id: 41, handler: null }),
    }
    await expect(transferRow(client, row, created)).rejects.toBeInstanceOf(NotDisabledError)
    await transferRow(client, row, created)
    expect(client.createHandler).toHaveBeenCalledTimes(1)
    expect(client.updateHandler).toHaveBeenCalledTimes(2)
  })
})
