import { notifications } from '@mantine/notifications'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { isApiError } from '../../api/errors'
import type { Handler } from '../../api/types'
import { targetValue } from '../../handler-types/target'
import { errorMessage } from '../../i18n/error-message'
import { useI18n } from '../../i18n/i18n'
import { useAccountApi } from '../../session/account-api'
import { reauthenticate } from '../../session/reauth'
import { patchHandler, refetchLists, refreshWholeAccount, removeHandler } from './cache'
import { handlerQueries } from './queries'

/**
 * What a failed row action leaves to mend: a key that stopped working is asked for again in place,
 * and a handler deleted elsewhere leaves the table.
 */
function useAfterFailure() {
  const api = useAccountApi()
  const queryClient = useQueryClient()
  return (error: unknown) => {
    if (isApiError(error, 'unauthorized')) void reauthenticate(queryClient, api.account.id)
    if (isApiError(error, 'not-found')) void refetchLists(queryClient, handlerQueries(api))
  }
}

const changedMeanwhile = (row: Handler, stored: Handler) =>
  row.name !== stored.name || row.type !== stored.type || targetValue(row) !== targetValue(stored)

interface Toggle {
  handler: Handler
  enabled: boolean
}

/** The enable switch: one request, shown at once, put back with a message if it fails. */
export function useToggleHandler() {
  const api = useAccountApi()
  const queryClient = useQueryClient()
  const { t } = useI18n()
  const queries = handlerQueries(api)
  const afterFailure = useAfterFailure()

  return useMutation({
    mutationFn: ({ handler, enabled }: Toggle) =>
      api.client.updateHandler(handler.id, { isEnabled: enabled }),
    onMutate: async ({ handler, enabled }) => {
      const startedAt = Date.now()
      await queryClient.cancelQueries({ queryKey: queries.lists() })
      patchHandler(queryClient, queries, handler.id, { status: enabled ? 'enabled' : 'disabled' })
      return { startedAt }
    },
    onError: (error, { handler, enabled }) => {
      patchHandler(queryClient, queries, handler.id, { status: handler.status })
      afterFailure(error)
      notifications.show({
        color: 'red',
        title: t(enabled ? 'handlers.toggle.enableFailed' : 'handlers.toggle.disableFailed', {
          name: handler.name,
        }),
        message: errorMessage(error, t),
      })
    },
    onSettled: (_data, _error, _toggle, context) =>
      refreshWholeAccount(queryClient, queries, context?.startedAt),
    onSuccess: ({ handler: stored }, { handler, enabled }) => {
      // Where the server answers with the handler, the table shows what it really holds.
      if (!stored) return
      patchHandler(queryClient, queries, handler.id, stored)
      // The row was older than the server's copy: someone changed the handler meanwhile.
      if (changedMeanwhile(handler, stored)) {
        notifications.show({
          color: 'yellow',
          message: t('handlers.toggle.changedElsewhere', { name: stored.name }),
        })
      }
      if (stored.status !== (enabled ? 'enabled' : 'disabled')) {
        notifications.show({
          color: 'yellow',
          message: t('handlers.toggle.differs', {
            name: handler.name,
            status: t(`handlers.status.${stored.status}`),
          }),
        })
      }
    },
  })
}

interface Removal {
  handler: Handler
  /** Runs once the row is off the screen, e.g. to move off a page left empty. */
  onRemoved?: () => void
}

/** Delete: the row goes at once and comes back with a message if the server refuses. */
export function useDeleteHandler() {
  const api = useAccountApi()
  const queryClient = useQueryClient()
  const { t } = useI18n()
  const queries = handlerQueries(api)
  const afterFailure = useAfterFailure()

  return useMutation({
    mutationFn: async ({ handler }: Removal) => {
      try {
        await api.client.deleteHandler(handler.id)
      } catch (error) {
        // Deleted elsewhere already: what the user wanted is done.
        if (!isApiError(error, 'not-found')) throw error
      }
    },
    onMutate: async ({ handler, onRemoved }) => {
      await queryClient.cancelQueries({ queryKey: queries.lists() })
      const context = {
        restore: removeHandler(queryClient, queries, handler.id),
        startedAt: Date.now(),
      }
      onRemoved?.()
      return context
    },
    onError: (error, { handler }, context) => {
      context?.restore()
      afterFailure(error)
      notifications.show({
        color: 'red',
        title: t('handlers.delete.failed', { name: handler.name }),
        message: errorMessage(error, t),
      })
    },
    onSuccess: async (_, { handler }, context) => {
      notifications.show({
        color: 'teal',
        message: t('handlers.delete.done', { name: handler.name }),
      })
      queryClient.removeQueries({ queryKey: queries.detail(handler.id).queryKey })
      // Other pages shift by one row: they are fetched again when next shown, not now.
      await queryClient.invalidateQueries({ queryKey: queries.lists(), refetchType: 'none' })
      // A page loaded while the delete was on its way may still count the deleted handler.
      return queryClient.refetchQueries({
        queryKey: queries.lists(),
        type: 'active',
        predicate: (query) => query.state.dataUpdatedAt >= context.startedAt,
      })
    },
    onSettled: (_data, _error, _removal, context) =>
      refreshWholeAccount(queryClient, queries, context?.startedAt),
  })
}
