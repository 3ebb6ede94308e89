import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useRef, useState } from 'react'
import { isApiError } from '../../../api/errors'
import type { Handler } from '../../../api/types'
import { useAccountApi } from '../../../session/account-api'
import { reauthenticate } from '../../../session/reauth'
import { patchHandlers, removeHandlers } from '../cache'
import { handlerQueries } from '../queries'
import { createCacheBatch } from './cache-batch'
import { planBulk, reportOf, type BulkAction, type BulkReport } from './plan'
import { runQueue, type QueueProgress } from './queue'
import { bulkWork } from './work'

/** Requests in flight at once: enough to keep the pipe full, few enough to stop quickly. */
const CONCURRENCY = 3
/**
 * After a cancel, how long requests already started may take to finish. One on the wire answers
 * well within it; one still waiting for the rate-limit window (up to a minute) is dropped unsent
 * instead of going out long after the user said stop.
 */
const CANCEL_GRACE_MS = 3000

interface Stoppers {
  /** Starts no more requests. */
  queue: AbortController
  /** Abandons requests that have started. */
  requests: AbortController
}

export type BulkState =
  | { phase: 'idle' }
  | { phase: 'running'; action: BulkAction; progress: QueueProgress; cancelling: boolean }
  | { phase: 'done'; report: BulkReport }

/**
 * Bulk enable, disable and delete through the request queue. Each success shows in the cached
 * lists as it happens; the lists are refreshed from the server at the end. Cancelling stops the
 * queue: no request starts after it, those in flight finish, and one still waiting for the
 * rate-limit window after a short grace is dropped unsent.
 */
export function useBulkRun({ onDeleted }: { onDeleted: (ids: ReadonlySet<number>) => void }) {
  const { account, client } = useAccountApi()
  const queryClient = useQueryClient()
  const [state, setState] = useState<BulkState>({ phase: 'idle' })
  const controller = useRef<Stoppers | null>(null)
  const running = state.phase === 'running'

  // Leaving the page (or the account) stops the work rather than acting on in the background.
  useEffect(
    () => () => {
      controller.current?.queue.abort()
      controller.current?.requests.abort()
    },
    [],
  )

  useEffect(() => {
    if (!running) return
    const ask = (event: BeforeUnloadEvent) => {
      event.preventDefault()
      // Older browsers ask only when returnValue is set.
      event.returnValue = ''
    }
    window.addEventListener('beforeunload', ask)
    return () => window.removeEventListener('beforeunload', ask)
  }, [running])

  const start = useCallback(
    async (action: BulkAction, handlers: readonly Handler[]) => {
      if (controller.current) return
      const stop = new AbortController()
      const halt = new AbortController()
      controller.current = { queue: stop, requests: halt }
      const queries = handlerQueries({ account, client })
      const plan = planBulk(action, handlers)
      const batch = createCacheBatch({
        apply: (patches, removed) => {
          patchHandlers(queryClient, queries, patches)
          removeHandlers(queryClient, queries, removed)
        },
        progress: (progress) =>
          setState((current) => (current.phase === 'running' ? { ...current, progress } : current)),
      })
      let keyLost: unknown = null

      const request = bulkWork(client, action, halt.signal)
      const work = async (handler: Handler) => {
        try {
          const change = await request(handler)
          if (change.kind === 'remove') batch.remove(handler.id)
          else batch.patch(handler.id, change.patch)
        } catch (error) {
          // A key that stopped working fails every request after it: stop and ask for it again.
          if (isApiError(error, 'unauthorized') && keyLost === null) {
            keyLost = error
            stop.abort()
            void reauthenticate(queryClient, account.id)
          }
          throw error
        }
      }

      setState({
        phase: 'running',
        action,
        cancelling: false,
        progress: {
          total: plan.toDo.length,
          succeeded: 0,
          failed: 0,
          elapsed: 0,
          remaining: null,
        },
      })
      const result = await runQueue(plan.toDo, work, {
        concurrency: CONCURRENCY,
        signal: stop.signal,
        onProgress: batch.progress,
      })
      batch.flush()
      halt.abort() // ends the grace timer of a cancel, if any
      controller.current = null

      const report =
        keyLost === null
          ? reportOf(plan, result, stop.signal.aborted)
          : reportOf(
              plan,
              {
                succeeded: result.succeeded,
                // Whatever the lost key left undone is a failure to retry once it is renewed.
                failed: [
                  ...result.failed.map((failure) =>
                    isApiError(failure.error, 'aborted') ? { ...failure, error: keyLost } : failure,
                  ),
                  ...result.skipped.map((item) => ({ item, error: keyLost })),
                ],
                skipped: [],
              },
              false,
            )
      setState({ phase: 'done', report })
      if (action === 'delete' && report.done.length > 0) {
        onDeleted(new Set(report.done.map((handler) => handler.id)))
      }
      if (plan.toDo.length > 0) {
        await queryClient.invalidateQueries({ queryKey: queries.lists() })
      }
    },
    [account, client, queryClient, onDeleted],
  )

  const cancel = useCallback(() => {
    const current = controller.current
    if (!current || current.queue.signal.aborted) return
    current.queue.abort()
    const timer = setTimeout(() => current.requests.abort(), CANCEL_GRACE_MS)
    current.requests.signal.addEventListener('abort', () => clearTimeout(timer))
    setState((current) =>
      current.phase === 'running' ? { ...current, cancelling: true } : current,
    )
  }, [])

  const dismiss = useCallback(() => {
    setState((current) => (current.phase === 'done' ? { phase: 'idle' } : current))
  }, [])

  return { state, start, cancel, dismiss }
}
