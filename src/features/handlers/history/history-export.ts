// The history's deleted handlers, for an export file that the import reads back: a restore from
// a file, in this account or another.
import type { Handler } from '../../../api/types'
import type { HistoryEntry } from './entry'

/** Each handler deleted in this history, once, as it was just before its delete. */
export function deletedHandlers(entries: readonly HistoryEntry[]): Handler[] {
  const seen = new Set<number>()
  const handlers: Handler[] = []
  for (const entry of entries) {
    for (const { before, after } of entry.changes) {
      if (!before || after || seen.has(before.id)) continue
      seen.add(before.id)
      handlers.push(before)
    }
  }
  return handlers
}
