import { describe, expect, it } from 'vitest'
import type { Handler } from '../../src/api/types'
import { deletedHandlers } from '../../src/features/handlers/history/history-export'
import { newEntry } from '../../src/features/handlers/history/entry'
import { revertInput } from '../../src/features/handlers/history/restore-work'

const handler = (changes: Partial<Handler> = {}): Handler => ({
  id: 7,
  name: 'Ops',
  type: 'webhook',
  settings: { webhook: 'https://example.com/old' },
  status: 'enabled',
  createdAt: 0,
  updatedAt: null,
  ...changes,
})

describe('reverting a change', () => {
  it('sends back only the fields the change altered', () => {
    const before = handler()
    expect(revertInput(handler({ name: 'Ops 2' }), before)).toEqual({ name: 'Ops' })
    expect(revertInput(handler({ status: 'disabled' }), before)).toEqual({ isEnabled: true })
    expect(
      revertInput(handler({ settings: { webhook: 'https://example.com/new' } }), before),
    ).toEqual({ settings: { webhook: 'https://example.com/old' } })
  })

  it('sends a type only where the change altered it', () => {
    const before = handler()
    const after = handler({ type: 'email', settings: { email: 'ops@example.com' } })
    expect(revertInput(after, before)).toEqual({
      type: 'webhook',
      settings: { webhook: 'https://example.com/old' },
    })
  })

  it('never sends an unknown type’s settings back', () => {
    const before = handler({ type: 'x', settings: { x_api_key: 'key-a' } })
    const after = { ...before, name: 'Renamed', settings: { x_api_key: 'key-b' } }
    expect(revertInput(after, before)).toEqual({ name: 'Ops' })
  })
})

describe('the deleted handlers of a history', () => {
  it('are each handler deleted, once, as it was before the delete', () => {
    const gone = handler({ id: 1, name: 'Gone' })
    const entries = [
      newEntry('restore', [{ before: null, after: { ...gone, id: 9 } }]),
      newEntry('bulk-delete', [
        { before: gone, after: null },
        { before: handler({ id: 2, name: 'Also gone' }), after: null },
      ]),
      newEntry('delete', [{ before: gone, after: null }]),
      newEntry('edit', [{ before: handler({ id: 3 }), after: handler({ id: 3, name: 'Kept' }) }]),
    ]
    expect(deletedHandlers(entries).map((h) => h.name)).toEqual(['Gone', 'Also gone'])
  })
})
