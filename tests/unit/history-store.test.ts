import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Handler } from '../../src/api/types'
import { fieldChanges } from '../../src/features/handlers/history/describe'
import { newEntry } from '../../src/features/handlers/history/entry'
import {
  clearHistoryProblem,
  HISTORY_LIMIT,
  historyOf,
  historyProblem,
  recordChange,
} from '../../src/features/handlers/history/history-store'
import { recordDelete } from '../../src/features/handlers/history/record'
import {
  addAccount,
  removeAccount,
  removeAllAccounts,
  accountsStore,
} from '../../src/session/accounts-store'

const SLACK = 'https://hooks.slack.com/services/T0001/B0002/secretsecretXY12'

const handler = (id: number, name = `Handler ${id}`): Handler => ({
  id,
  name,
  type: 'slack',
  settings: { slack: SLACK },
  status: 'enabled',
  createdAt: 0,
  updatedAt: null,
})

const signIn = (apiKey: string, remember = false) =>
  addAccount({ kind: 'server', apiKey, label: '', remember })

afterEach(() => {
  vi.restoreAllMocks()
  removeAllAccounts()
  clearHistoryProblem()
  sessionStorage.clear()
  localStorage.clear()
})

describe('the history store', () => {
  it('keeps the newest 500 changes, newest first', () => {
    const { id } = signIn('key-cap')
    for (let i = 1; i <= HISTORY_LIMIT + 10; i++) recordDelete(id, handler(i))
    const kept = historyOf(id)
    expect(kept).toHaveLength(500)
    expect(kept[0]!.changes[0]!.before!.id).toBe(510)
    expect(kept.at(-1)!.changes[0]!.before!.id).toBe(11)
    expect(JSON.parse(sessionStorage.getItem(`conecto.history.${id}`)!)).toHaveLength(500)
  })

  it('shows a secret target masked as the table does, and keeps it whole for a restore', () => {
    const change = { before: handler(1), after: null }
    const shown = fieldChanges(change)
    expect(shown).toContainEqual({
      field: 'target',
      before: 'https://hooks.slack.com/…XY12',
      after: null,
    })
    expect(JSON.stringify(shown)).not.toContain('secretsecret')
    expect(change.before.settings.slack).toBe(SLACK)
  })

  it('keeps each account’s history apart, under its own key', () => {
    const first = signIn('key-one')
    const second = signIn('key-two')
    recordDelete(first.id, handler(1, 'One'))
    recordDelete(second.id, handler(2, 'Two'))
    recordDelete(second.id, handler(3, 'Three'))
    expect(historyOf(first.id).map((entry) => entry.changes[0]!.before!.name)).toEqual(['One'])
    expect(historyOf(second.id)).toHaveLength(2)
    expect(sessionStorage.getItem(`conecto.history.${first.id}`)).toContain('One')
    expect(sessionStorage.getItem(`conecto.history.${first.id}`)).not.toContain('Two')
  })

  it.each([
    ['damaged JSON', '{"not json'],
    ['entries of another shape', '[{"id":1}]'],
  ])('drops a history read back as %s, and says so', (_, stored) => {
    const id = 'server-damaged'
    sessionStorage.setItem(`conecto.history.${id}`, stored)
    addAccount({ id, kind: 'server', apiKey: 'key-damaged', label: '', remember: false })
    expect(historyOf(id)).toEqual([])
    expect(historyProblem()).toBe('unreadable')
    expect(sessionStorage.getItem(`conecto.history.${id}`)).toBeNull()
    recordDelete(id, handler(1))
    expect(historyOf(id)).toHaveLength(1)
  })

  it('drops what storage refuses and keeps the history in memory', () => {
    const { id } = signIn('key-full')
    recordDelete(id, handler(1))
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    recordDelete(id, handler(2))
    expect(historyOf(id)).toHaveLength(2)
    expect(historyProblem()).toBe('unwritable')
    expect(sessionStorage.getItem(`conecto.history.${id}`)).toBeNull()
  })

  it('never writes to localStorage, even for an account remembered on this device', () => {
    const { id } = signIn('key-remembered', true)
    recordDelete(id, handler(1))
    expect(localStorage.getItem('conecto.accounts')).toContain('key-remembered')
    expect(Object.keys(localStorage).filter((key) => key.includes('history'))).toEqual([])
    expect(sessionStorage.getItem(`conecto.history.${id}`)).not.toBeNull()
  })

  it('forgets an account’s history when it signs out', () => {
    const leaving = signIn('key-leaving')
    const staying = signIn('key-staying')
    recordDelete(leaving.id, handler(1))
    recordDelete(staying.id, handler(2))
    removeAccount(leaving.id)
    expect(accountsStore.get().accounts.map((account) => account.id)).toEqual([staying.id])
    expect(historyOf(leaving.id)).toEqual([])
    expect(sessionStorage.getItem(`conecto.history.${leaving.id}`)).toBeNull()
    expect(historyOf(staying.id)).toHaveLength(1)
  })

  it('records nothing for a change that changed no handler', () => {
    const { id } = signIn('key-empty')
    recordChange(id, newEntry('bulk-enable', []))
    expect(historyOf(id)).toEqual([])
    expect(sessionStorage.getItem(`conecto.history.${id}`)).toBeNull()
  })
})
