import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useRef, useState } from 'react'
import { isApiError } from '../../../api/errors'
import type { AccountApi } from '../../../session/account-api'
import { reauthenticate } from '../../../session/reauth'
import { runQueue, type QueueProgress, type QueueResult } from '../bulk/queue'
import { handlerQueries } from '../queries'
import type { ImportRow } from './import-rows'
import { transferRow } from './transfer-row'

export type TransferRun =
  | { phase: 'idle' }
  | { phase: 'running'; progress: QueueProgress; cancelling: boolean }
  | { phase: 'done'; result: QueueResult<ImportRow>; created: number; cancelled: boolean }

const startProgress = (total: number): QueueProgress => ({
  total,
  succeeded: 0,
  failed: 0,
  elapsed: 0,
  remaining: null,
})

/** Creates the chosen rows in the target account through the rate-paced queue. */
export function useTransferRun(target: AccountApi) {
  const queryClient = useQueryClient()
  const [run, setRun] = useState<TransferRun>({ phase: 'idle' })
  const controller = useRef<AbortController | null>(null)
  const createdIds = useRef(new Map<number, number>())
  const createdSoFar = useRef(0)

  // Closed mid-way (the account signed out): the requests in flight finish, no more start.
  useEffect(() => () => controller.current?.abort(), [])

  const start = useCallback(
    async (rows: readonly ImportRow[]) => {
      const abort = new AbortController()
      controller.current = abort
      setRun({ phase: 'running', progress: startProgress(rows.length), cancelling: false })
      // A key that stopped working fails every create after it: no more start, and the key is
      // asked for again, as for bulk work. The rows it failed can be retried once it is renewed.
      const keyLost = new AbortController()
      const create = async (row: ImportRow) => {
        try {
          return await transferRow(target.client, row, createdIds.current)
        } catch (error) {
          if (isApiError(error, 'unauthorized') && !keyLost.signal.aborted) {
            keyLost.abort()
            void reauthenticate(queryClient, target.account.id)
          }
          throw error
        }
      }
      const result = await runQueue(rows, create, {
        signal: AbortSignal.any([abort.signal, keyLost.signal]),
        onProgress: (progress) =>
          setRun((current) => (current.phase === 'running' ? { ...current, progress } : current)),
      })
      createdSoFar.current += result.succeeded.length
      setRun({
        phase: 'done',
        result,
        created: createdSoFar.current,
        cancelled: abort.signal.aborted,
      })
      // The account's lists, and its whole-account data, now miss the new handlers.
      await queryClient.invalidateQueries({ queryKey: handlerQueries(target).all })
    },
    [queryClient, target],
  )

  const cancel = useCallback(() => {
    controller.current?.abort()
    setRun((current) => (current.phase === 'running' ? { ...current, cancelling: true } : current))
  }, [])

  return { run, start, cancel }
}
