// What a bulk action will actually send: a handler already in the wanted state costs no request,
// and an e-mail awaiting its owner's confirmation is left alone (switching it would skip the
// confirmation, and it receives nothing until then anyway).
import type { Handler } from '../../../api/types'
import type { WorkOutcome } from '../work/outcome'

export type BulkAction = 'enable' | 'disable' | 'delete'

export interface BulkPlan {
  action: BulkAction
  toDo: Handler[]
  /** Already enabled (or disabled): nothing to send. */
  unchanged: Handler[]
  /** Awaiting confirmation: left as they are. */
  pending: Handler[]
}

export function planBulk(action: BulkAction, handlers: readonly Handler[]): BulkPlan {
  const plan: BulkPlan = { action, toDo: [], unchanged: [], pending: [] }
  for (const handler of handlers) {
    if (action === 'delete') plan.toDo.push(handler)
    else if (handler.status === 'pending') plan.pending.push(handler)
    else if (handler.status === (action === 'enable' ? 'enabled' : 'disabled'))
      plan.unchanged.push(handler)
    else plan.toDo.push(handler)
  }
  return plan
}

/** What a bulk action did, next to what it planned. */
export type BulkReport = BulkPlan & WorkOutcome<Handler>
