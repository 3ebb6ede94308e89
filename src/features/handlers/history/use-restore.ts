import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useRef } from 'react'
import { isApiError } from '../../../api/errors'
import type { Handler } from '../../../api/types'
import { useAccountApi } from '../../../session/account-api'
import { refetchLists } from '../cache'
import { handlerQueries } from '../queries'
import { useWorkQueue } from '../work/use-work-queue'
import type { HistoryEntry } from './entry'
import { changedSince } from './describe'
import { recordRun } from './record'
import { restorable, restoreWork, type RestoreItem } from './restore-work'

/** What a restore is about to do, for the drawer to ask or warn before it starts. */
export type RestoreCheck =
  | { kind: 'ready' }
  /** The handler was changed since this entry: overwrite it only if the user says so. */
  | { kind: 'changed'; current: Handler }
  /** The handler was deleted since: there is nothing to revert. */
  | { kind: 'gone' }
  | { kind: 'failed'; error: unknown }

/**
 * Restores an entry through the one work queue: each handler's change taken back, a few
 * requests at a time and paced, with progress and a report. A restore is itself an entry.
 */
export function useRestore() {
  const { account, client } = useAccountApi()
  const queryClient = useQueryClient()
  const queue = useWorkQueue<HistoryEntry, RestoreItem>(account.id)
  const { start: startWork } = queue
  // A retry of the failed ones must not create again what a first attempt already made.
  const created = useRef(new Map<number, number>())

  /** Reads an edited handler again, to tell whether it changed since the entry. */
  const check = useCallback(
    async (entry: HistoryEntry): Promise<RestoreCheck> => {
      const [only] = entry.changes
      if (entry.changes.length !== 1 || !only?.after || !only.before) return { kind: 'ready' }
      try {
        const current = await client.getHandler(only.after.id)
        return changedSince(only.after, current) ? { kind: 'changed', current } : { kind: 'ready' }
      } catch (error) {
        return isApiError(error, 'not-found') ? { kind: 'gone' } : { kind: 'failed', error }
      }
    },
    [client],
  )

  const start = useCallback(
    async (entry: HistoryEntry, items?: readonly RestoreItem[]) => {
      const toDo =
        items ??
        entry.changes.flatMap((change, index) => (restorable(change) ? [{ index, change }] : []))
      if (!items) created.current = new Map()
      const results = new Map<RestoreItem, Handler>()
      const send = restoreWork(client, created.current)
      const outcome = await startWork({
        job: entry,
        items: toDo,
        send: async (item, signal) => void results.set(item, await send(item, signal)),
      })
      if (!outcome) return
      recordRun(
        account.id,
        'restore',
        outcome.done.map((item) => ({ before: item.change.after, after: results.get(item)! })),
      )
      if (outcome.done.length > 0) {
        await refetchLists(queryClient, handlerQueries({ account, client }))
      }
    },
    [account, client, queryClient, startWork],
  )

  return { run: queue.run, check, start, cancel: queue.cancel, dismiss: queue.dismiss }
}
