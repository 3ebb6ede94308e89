// What a run of the work queue did, sorted the same way for every kind of work: bulk actions,
// import and copy between accounts.
import { isApiError } from '../../../api/errors'
import type { QueueFailure, QueueResult } from './queue'

export interface WorkOutcome<T> {
  /** Each list in the order the items were given. */
  done: T[]
  failed: QueueFailure<T>[]
  /** Not sent, or cut short, because the user cancelled: nothing went wrong with them. */
  notDone: T[]
  cancelled: boolean
}

interface Stop {
  cancelled: boolean
  /** The error of the key that stopped working during the run, if one did. */
  keyLost?: unknown
}

export function outcomeOf<T>(
  items: readonly T[],
  result: QueueResult<T>,
  { cancelled, keyLost = null }: Stop,
): WorkOutcome<T> {
  const order = new Map(items.map((item, index) => [item, index]))
  const byOrder = (a: T, b: T) => (order.get(a) ?? 0) - (order.get(b) ?? 0)
  const inOrder = (failures: QueueFailure<T>[]) => failures.sort((a, b) => byOrder(a.item, b.item))
  const aborted = (failure: QueueFailure<T>) => isApiError(failure.error, 'aborted')
  if (keyLost !== null) {
    // Whatever the lost key left undone is a failure to retry once it is renewed.
    const failed = [
      ...result.failed.map((failure) =>
        aborted(failure) ? { ...failure, error: keyLost } : failure,
      ),
      ...result.skipped.map((item) => ({ item, error: keyLost })),
    ]
    return {
      done: [...result.succeeded].sort(byOrder),
      failed: inOrder(failed),
      notDone: [],
      cancelled: false,
    }
  }
  const cut = (failure: QueueFailure<T>) => cancelled && aborted(failure)
  return {
    done: [...result.succeeded].sort(byOrder),
    failed: inOrder(result.failed.filter((failure) => !cut(failure))),
    notDone: [...result.failed.filter(cut).map((failure) => failure.item), ...result.skipped].sort(
      byOrder,
    ),
    cancelled,
  }
}
