// One change made through the dashboard, as the history keeps it. The handler's whole state
// before and after is kept, so that a restore can send it back; the screen shows it masked.
import * as z from 'zod/mini'
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

const handlerSchema = z.object({
  id: z.number(),
  name: z.string(),
  type: z.nullable(z.string()),
  settings: z.record(z.string(), z.string()),
  status: z.enum(['enabled', 'disabled', 'pending']),
  createdAt: z.number(),
  updatedAt: z.nullable(z.number()),
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

export const historySchema = z.array(
  z.object({
    id: z.string(),
    at: z.number(),
    action: z.enum(actions),
    changes: z.array(
      z.object({ before: z.nullable(handlerSchema), after: z.nullable(handlerSchema) }),
    ),
  }),
)

export function newEntry(action: HistoryAction, changes: HandlerChange[]): HistoryEntry {
  return { id: crypto.randomUUID(), at: Date.now(), action, changes }
}
