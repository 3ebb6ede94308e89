import { notifications } from '@mantine/notifications'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import type { CallOptions } from '../../../api/client'
import { isApiError } from '../../../api/errors'
import type { Handler } from '../../../api/types'
import { errorMessage } from '../../../i18n/error-message'
import { useI18n } from '../../../i18n/i18n'
import { useAccountApi } from '../../../session/account-api'
import { refreshWholeAccount, removeHandler } from '../cache'
import { useAfterFailure } from '../mutations'
import { recordDelete } from '../history/record'
import { handlerQueries } from '../queries'
import { deferDelete } from './pending-deletes'
import { focusRowWhenShown, rowTakingPlaceOf } from '../row-focus'
import { showUndoable } from './undo-notice'

interface Sending {
  handler: Handler
  /** Puts the row back where it was. */
  restore: () => void
  startedAt: number
  options: CallOptions
}

/**
 * Delete with a way back: the row leaves at once, and the request waits out the undo window (or
 * goes sooner when the user leaves). Undo puts the row back with nothing sent.
 */
export function useUndoableDelete() {
  const api = useAccountApi()
  const { account, client } = api
  const queryClient = useQueryClient()
  const { t } = useI18n()
  const afterFailure = useAfterFailure()
  const queries = handlerQueries(api)

  const { mutateAsync: send } = useMutation({
    mutationFn: async ({ handler, options }: Sending) => {
      try {
        await client.deleteHandler(handler.id, options)
      } catch (error) {
        // Deleted elsewhere already: what the user wanted is done.
        if (!isApiError(error, 'not-found')) throw error
      }
    },
    onError: (error, { handler, restore }) => {
      restore()
      afterFailure(error)
      notifications.show({
        color: 'red',
        title: t('handlers.delete.failed', { name: handler.name }),
        message: errorMessage(error, t),
      })
    },
    onSuccess: async (_, { handler, startedAt }) => {
      recordDelete(account.id, handler)
      queryClient.removeQueries({ queryKey: queries.detail(handler.id).queryKey })
      // Other pages shift by one row: they are fetched again when next shown, not now.
      await queryClient.invalidateQueries({ queryKey: queries.lists(), refetchType: 'none' })
      // A page loaded while the delete was pending may still count the deleted handler.
      return queryClient.refetchQueries({
        queryKey: queries.lists(),
        type: 'active',
        predicate: (query) => query.state.dataUpdatedAt >= startedAt,
      })
    },
    onSettled: (_data, _error, { startedAt }) =>
      refreshWholeAccount(queryClient, queries, startedAt),
  })

  return useCallback(
    async (handler: Handler, onRemoved?: () => void) => {
      const lists = handlerQueries({ account, client })
      const takesPlace = rowTakingPlaceOf(handler.id)
      await queryClient.cancelQueries({ queryKey: lists.lists() })
      const startedAt = Date.now()
      const restore = removeHandler(queryClient, lists, handler.id)
      onRemoved?.()
      focusRowWhenShown(takesPlace, handler.id)

      let settle = () => {}
      const settled = new Promise<void>((resolve) => (settle = resolve))
      const pending = deferDelete(account.id, (options) => {
        notifications.hide(notice)
        // Its failure is reported by the mutation itself.
        send({ handler, restore, startedAt, options }).then(settle, settle)
      })
      const notice = showUndoable({
        text: t('handlers.delete.done', { name: handler.name }),
        undoLabel: t('undo.action'),
        onUndo: () => {
          // Taken back before the notice closes, or its closing would send the delete.
          const undone = pending.undo()
          notifications.hide(notice)
          if (!undone) {
            notifications.show({
              color: 'yellow',
              message: t('undo.tooLate', { name: handler.name }),
            })
            return
          }
          restore()
          focusRowWhenShown(handler.id)
          settle()
        },
        // Closing the notice says "yes, delete it": it goes now.
        onClose: () => pending.sendNow(),
        onHold: pending.hold,
      })
      /** `settled` once the delete is taken back, or sent and answered. */
      return { ...pending, settled }
    },
    [account, client, queryClient, t, send],
  )
}
