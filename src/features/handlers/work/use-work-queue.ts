import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useRef, useState } from 'react'
import { isApiError } from '../../../api/errors'
import { createBatch } from '../../../lib/batch'
import { useUnloadGuard } from '../../../lib/use-unload-guard'
import { reauthenticate } from '../../../session/reauth'
import { outcomeOf, type WorkOutcome } from './outcome'
import { runQueue, type QueueProgress } from './queue'

/** Requests in flight at once: enough to keep the pipe full, few enough to stop quickly. */
const CONCURRENCY = 3
/**
 * After a cancel, how long requests already started may take to finish. One on the wire answers
 * well within it; one still waiting for the rate-limit window (up to a minute) is dropped unsent
 * instead of going out long after the user said stop.
 */
export const CANCEL_GRACE_MS = 3000

/** A run of the queue; `job` is what the caller needs to show it (a bulk action's plan, say). */
export type WorkRun<J, T> =
  | { phase: 'idle' }
  | { phase: 'running'; job: J; progress: QueueProgress; cancelling: boolean }
  | { phase: 'done'; job: J; outcome: WorkOutcome<T> }

export interface Work<J, T> {
  job: J
  items: readonly T[]
  /** Sends one item's requests; `signal` abandons those still on their way. */
  send: (item: T, signal: AbortSignal) => Promise<void>
}

interface Controls {
  /** Starts no more items. */
  queue: AbortController
  /** Abandons requests that have started. */
  requests: AbortController
  cancelled: boolean
}

const startProgress = (total: number): QueueProgress => ({
  total,
  succeeded: 0,
  failed: 0,
  elapsed: 0,
  remaining: null,
})

/**
 * The one queue for work on many handlers of an account (bulk actions, import, copy), with one
 * set of rules. A few requests at a time, paced by the API client. Cancel starts no more; those
 * in flight get a short grace, then are abandoned. A key that stops working starts no more
 * either: it is asked for again, and whatever it left undone fails, to be retried. Closing the
 * page asks first; leaving the screen abandons the work.
 */
export function useWorkQueue<J, T>(accountId: string) {
  const queryClient = useQueryClient()
  const [run, setRun] = useState<WorkRun<J, T>>({ phase: 'idle' })
  const controls = useRef<Controls | null>(null)
  useUnloadGuard(run.phase === 'running')

  useEffect(
    () => () => {
      controls.current?.queue.abort()
      controls.current?.requests.abort()
    },
    [],
  )

  const start = useCallback(
    async ({ job, items, send }: Work<J, T>): Promise<WorkOutcome<T> | null> => {
      if (controls.current) return null
      const current: Controls = {
        queue: new AbortController(),
        requests: new AbortController(),
        cancelled: false,
      }
      controls.current = current
      let keyLost: unknown = null
      const guarded = async (item: T) => {
        try {
          await send(item, current.requests.signal)
        } catch (error) {
          // A key that stopped working fails every request after it: stop and ask for it again.
          if (isApiError(error, 'unauthorized') && keyLost === null) {
            keyLost = error
            current.queue.abort()
            void reauthenticate(queryClient, accountId)
          }
          throw error
        }
      }
      const progress = createBatch<QueueProgress>((updates) => {
        const latest = updates.at(-1)!
        setRun((shown) => (shown.phase === 'running' ? { ...shown, progress: latest } : shown))
      })

      setRun({ phase: 'running', job, progress: startProgress(items.length), cancelling: false })
      const result = await runQueue(items, guarded, {
        concurrency: CONCURRENCY,
        signal: current.queue.signal,
        onProgress: progress.add,
      })
      progress.flush()
      current.requests.abort() // ends the grace timer of a cancel, if any
      controls.current = null
      const outcome = outcomeOf(items, result, { cancelled: current.cancelled, keyLost })
      setRun({ phase: 'done', job, outcome })
      return outcome
    },
    [queryClient, accountId],
  )

  const cancel = useCallback(() => {
    const current = controls.current
    if (!current || current.queue.signal.aborted) return
    current.cancelled = true
    current.queue.abort()
    const timer = setTimeout(() => current.requests.abort(), CANCEL_GRACE_MS)
    current.requests.signal.addEventListener('abort', () => clearTimeout(timer))
    setRun((shown) => (shown.phase === 'running' ? { ...shown, cancelling: true } : shown))
  }, [])

  const dismiss = useCallback(() => {
    setRun((shown) => (shown.phase === 'done' ? { phase: 'idle' } : shown))
  }, [])

  return { run, start, cancel, dismiss }
}
