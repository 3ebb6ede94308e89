import { useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import type { Handler } from '../../../api/types'
import { createBatch } from '../../../lib/batch'
import { useI18n } from '../../../i18n/i18n'
import { useAccountApi } from '../../../session/account-api'
import { patchHandlers, refetchLists, removeHandlers } from '../cache'
import { applied, recordRun } from '../history/record'
import { handlerQueries } from '../queries'
import { useUndoWindow } from '../undo/use-undo-window'
import { useWorkQueue } from '../work/use-work-queue'
import { planBulk, type BulkAction, type BulkPlan } from './plan'
import { bulkWork, type BulkChange } from './work'

/**
 * Bulk enable, disable and delete through the work queue. Each success shows in the cached lists
 * as it happens; the lists are refreshed from the server at the end.
 */
export function useBulkRun({ onDeleted }: { onDeleted: (ids: ReadonlySet<number>) => void }) {
  const { account, client } = useAccountApi()
  const queryClient = useQueryClient()
  const queue = useWorkQueue<BulkPlan, Handler>(account.id)
  const { start: startWork } = queue

  const start = useCallback(
    async (action: BulkAction, handlers: readonly Handler[]) => {
      const queries = handlerQueries({ account, client })
      const plan = planBulk(action, handlers)
      const request = bulkWork(client, action)
      // Applied a few times a second, not re-filtering thousands of rows for every answer.
      const changes = createBatch<[number, BulkChange]>((answers) => {
        const patches = new Map<number, Partial<Handler>>()
        const removed = new Set<number>()
        for (const [id, change] of answers) {
          if (change.kind === 'remove') removed.add(id)
          else patches.set(id, { ...patches.get(id), ...change.patch })
        }
        patchHandlers(queryClient, queries, patches)
        removeHandlers(queryClient, queries, removed)
      })
      const outcome = await startWork({
        job: plan,
        items: plan.toDo,
        send: async (handler, signal) => changes.add([handler.id, await request(handler, signal)]),
      })
      changes.flush()
      if (!outcome) return
      recordRun(
        account.id,
        `bulk-${action}`,
        outcome.done.map((handler) => ({
          before: handler,
          after: action === 'delete' ? null : applied(handler, { isEnabled: action === 'enable' }),
        })),
      )
      if (action === 'delete' && outcome.done.length > 0) {
        onDeleted(new Set(outcome.done.map((handler) => handler.id)))
      }
      if (plan.toDo.length > 0) await refetchLists(queryClient, queries)
    },
    [account, client, queryClient, onDeleted, startWork],
  )

  const { t } = useI18n()
  const undoWindow = useUndoWindow()
  /** A bulk delete's queue starts once its undo window is over; Undo drops it all. */
  const startDelete = useCallback(
    (handlers: readonly Handler[]) =>
      undoWindow({
        text: t('bulk.deletePending', { count: handlers.length }),
        run: () => void start('delete', handlers),
      }),
    [undoWindow, t, start],
  )

  return { run: queue.run, start, startDelete, cancel: queue.cancel, dismiss: queue.dismiss }
}
