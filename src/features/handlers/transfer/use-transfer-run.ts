import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useRef } from 'react'
import type { AccountApi } from '../../../session/account-api'
import type { Handler } from '../../../api/types'
import { refetchLists } from '../cache'
import { createInput } from '../form/form-values'
import { recordRun } from '../history/record'
import { handlerQueries } from '../queries'
import { useWorkQueue } from '../work/use-work-queue'
import type { ImportRow } from './import-rows'
import { transferRow } from './transfer-row'

/** Handlers created by the runs before this one in the same dialog, retries included. */
export interface TransferJob {
  createdBefore: number
}

/** Creates the chosen rows in the target account through the work queue. */
export function useTransferRun(target: AccountApi, kind: 'import' | 'copy') {
  const queryClient = useQueryClient()
  const queue = useWorkQueue<TransferJob, ImportRow>(target.account.id)
  const { run, start: startWork } = queue
  // The id made for each row, so that a retry after a failed switch-off creates nothing twice.
  const createdIds = useRef(new Map<number, number>())
  const createdBefore = run.phase === 'done' ? created(run.job, run.outcome.done) : 0

  const start = useCallback(
    async (rows: readonly ImportRow[]) => {
      const outcome = await startWork({
        job: { createdBefore },
        items: rows,
        send: (row, signal) => transferRow(target.client, row, createdIds.current, signal),
      })
      const made = outcome?.done.map((row) => ({
        before: null,
        after: createdHandler(row, createdIds.current.get(row.index) ?? 0),
      }))
      recordRun(target.account.id, kind === 'import' ? 'import' : 'copy-in', made ?? [])
      // The account's lists, and its whole-account data, now miss the new handlers.
      await refetchLists(queryClient, handlerQueries(target))
    },
    [queryClient, target, kind, startWork, createdBefore],
  )

  return { run, start, cancel: queue.cancel }
}

/** Created over every run of the dialog so far. */
export function created(job: TransferJob, done: readonly ImportRow[]): number {
  return job.createdBefore + done.length
}

/** The handler an imported row became, as it was sent. */
function createdHandler(row: ImportRow, id: number): Handler {
  return {
    id,
    name: row.name,
    type: row.type,
    settings: (row.values && createInput(row.values).settings) ?? {},
    status: row.status === 'disabled' ? 'disabled' : 'enabled',
    createdAt: Date.now(),
    updatedAt: null,
  }
}
