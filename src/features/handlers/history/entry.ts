// One change made through the dashboard, as the history keeps it. The handler's whole state
// before and after is kept, so that a restore can send it back; the screen shows it masked.
import * as v from 'valibot'
import type { Handler } from '../../../api/types'

export type HistoryAction =
  | 'create'
  | 'copy'
  | 'edit'
  | 'enable'
  | 'disable'
  | 'delete'
  | 'import'
  | 'copy-in'
  | 'bulk-enable'
  | 'bulk-disable'
  | 'bulk-delete'
  | 'restore'

/** One handler's part of a change: null before it was created, null after it was deleted. */
export interface HandlerChange {
  before: Handler | null
  after: Handler | null
}

export interface HistoryEntry {
  id: string
  /** Milliseconds since the epoch. */
  at: number
  action: HistoryAction
  changes: HandlerChange[]
}

const handlerSchema = v.object({
  id: v.number(),
  name: v.string(),
  type: v.nullable(v.string()),
  settings: v.record(v.string(), v.string()),
  status: v.picklist(['enabled', 'disabled', 'pending']),
  createdAt: v.number(),
  updatedAt: v.nullable(v.number()),
})

const actions = [
  'create',
  'copy',
  'edit',
  'enable',
  'disable',
  'delete',
  'import',
  'copy-in',
  'bulk-enable',
  'bulk-disable',
  'bulk-delete',
  'restore',
] as const satisfies readonly HistoryAction[]

export const historySchema = v.array(
  v.object({
    id: v.string(),
    at: v.number(),
    action: v.picklist(actions),
    changes: v.array(
      v.object({ before: v.nullable(handlerSchema), after: v.nullable(handlerSchema) }),
    ),
  }),
)

export function newEntry(action: HistoryAction, changes: HandlerChange[]): HistoryEntry {
  return { id: crypto.randomUUID(), at: Date.now(), action, changes }
}
