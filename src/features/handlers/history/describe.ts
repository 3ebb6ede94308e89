// An entry as the drawer shows it: what changed, field by field, with targets masked as the
// table masks them. The full values stay in the entry, for a restore to send.
import type { Handler, HandlerStatus } from '../../../api/types'
import { maskTarget } from '../../../handler-types/mask'
import { targetValue } from '../../../handler-types/target'
import type { HandlerChange } from './entry'

export type FieldChange =
  | { field: 'name'; before: string | null; after: string | null }
  | { field: 'target'; before: string | null; after: string | null }
  | { field: 'status'; before: HandlerStatus | null; after: HandlerStatus | null }

/** The target as the table shows it; null for a handler that sends to no target of its own. */
export function maskedTarget(handler: Pick<Handler, 'type' | 'settings'>): string | null {
  const masked = maskTarget(handler)
  return masked.kind === 'none' ? null : masked.text
}

const sameTarget = (a: Handler, b: Handler) =>
  a.type === b.type && targetValue(a) === targetValue(b)

/** A created or deleted handler shows all it held; an edited one what differs. */
export function fieldChanges({ before, after }: HandlerChange): FieldChange[] {
  const changes: FieldChange[] = []
  if (!before || !after || before.name !== after.name) {
    changes.push({ field: 'name', before: before?.name ?? null, after: after?.name ?? null })
  }
  if (!before || !after || !sameTarget(before, after)) {
    const masked = {
      before: before && maskedTarget(before),
      after: after && maskedTarget(after),
    }
    if (masked.before !== null || masked.after !== null)
      changes.push({ field: 'target', ...masked })
  }
  if (before && after && before.status !== after.status) {
    changes.push({ field: 'status', before: before.status, after: after.status })
  }
  return changes
}

/** The name an entry goes by: its handler's, after the change or else before it. */
export const changeName = ({ before, after }: HandlerChange) => after?.name ?? before?.name ?? ''

/** Whether the handler now differs from what the change left (someone changed it since). */
export function changedSince(after: Handler, current: Handler): boolean {
  return (
    after.name !== current.name || !sameTarget(after, current) || after.status !== current.status
  )
}
