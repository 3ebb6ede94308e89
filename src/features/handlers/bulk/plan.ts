// What a bulk action will actually send: a handler already in the wanted state costs no request,
// and an e-mail awaiting its owner's confirmation is left alone (switching it would skip the
// confirmation, and it receives nothing until then anyway).
import { isApiError } from '../../../api/errors'
import type { Handler } from '../../../api/types'
import type { QueueFailure } from './queue'

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

export interface BulkReport extends BulkPlan {
  done: Handler[]
  failed: QueueFailure<Handler>[]
  /** Not sent because the work was cancelled. */
  notDone: Handler[]
  cancelled: boolean
}

/** Sorts the queue's outcome: a request cut short by the cancel is "not done", not a failure. */
export function reportOf(
  plan: BulkPlan,
  result: { succeeded: Handler[]; failed: QueueFailure<Handler>[]; skipped: Handler[] },
  cancelled: boolean,
): BulkReport {
  const cut = (failure: QueueFailure<Handler>) => cancelled && isApiError(failure.error, 'aborted')
  const order = new Map(plan.toDo.map((handler, index) => [handler.id, index]))
  const byPlan = (a: Handler, b: Handler) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0)
  return {
    ...plan,
    done: [...result.succeeded].sort(byPlan),
    failed: result.failed.filter((failure) => !cut(failure)).sort((a, b) => byPlan(a.item, b.item)),
    notDone: [...result.failed.filter(cut).map((failure) => failure.item), ...result.skipped].sort(
      byPlan,
    ),
    cancelled,
  }
}
