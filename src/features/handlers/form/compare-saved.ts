// The server validates nothing and cuts, strips or (on some builds) wipes what it is sent
// without saying so. After a write the form compares what the server holds with what was meant.
import type { Handler, HandlerStatus } from '../../../api/types'
import { charCount } from '../../../handler-types/target-rules'

/** The handler as the user meant it after this save. */
export interface Intended {
  name: string
  type: string | null
  /** The settings the form owns, by key; empty where there are none, or the type is unknown. */
  settings: Record<string, string>
  /** Null where the save says nothing about it (a create). */
  enabled: boolean | null
}

export type Difference =
  | { kind: 'name-cut'; name: string; count: number }
  | { kind: 'name'; name: string }
  | { kind: 'type-lost' }
  | { kind: 'type'; type: string }
  | { kind: 'target-cut'; field: string; count: number }
  | { kind: 'target'; field: string }
  | { kind: 'enabled'; status: HandlerStatus }
  /** The server's copy could not be read back, so nothing was compared. */
  | { kind: 'unchecked' }

const isCut = (meant: string, held: string) =>
  held !== '' && held.length < meant.length && meant.startsWith(held)

export function compareSaved(intended: Intended, held: Handler): Difference[] {
  const found: Difference[] = []
  if (held.name !== intended.name) {
    found.push(
      isCut(intended.name, held.name)
        ? { kind: 'name-cut', name: held.name, count: charCount(held.name) }
        : { kind: 'name', name: held.name },
    )
  }
  if (held.type !== intended.type) {
    // With the type gone, the settings went too: one sentence says both.
    found.push(held.type === null ? { kind: 'type-lost' } : { kind: 'type', type: held.type })
  } else {
    for (const [field, value] of Object.entries(intended.settings)) {
      const stored = held.settings[field] ?? ''
      if (stored === value) continue
      found.push(
        isCut(value, stored)
          ? { kind: 'target-cut', field, count: charCount(stored) }
          : { kind: 'target', field },
      )
    }
  }
  if (intended.enabled !== null && (held.status !== 'disabled') !== intended.enabled) {
    found.push({ kind: 'enabled', status: held.status })
  }
  return found
}
