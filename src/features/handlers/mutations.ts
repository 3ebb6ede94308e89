import { notifications } from '@mantine/notifications'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { isApiError } from '../../api/errors'
import type { Handler } from '../../api/types'
import { targetValue } from '../../handler-types/target'
import { errorMessage } from '../../i18n/error-message'
import { useI18n } from '../../i18n/i18n'
import { useAccountApi } from '../../session/account-api'
import { reauthenticate } from '../../session/reauth'
import { patchHandler, refetchLists, refreshWholeAccount } from './cache'
import { applied, recordToggle } from './history/record'
import { handlerQueries } from './queries'

/**
 * What a failed row action leaves to mend: a key that stopped working is asked for again in place,
 * and a handler deleted elsewhere leaves the table.
 */
export function useAfterFailure() {
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
      recordToggle(api.account.id, handler, stored ?? applied(handler, { isEnabled: enabled }))
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
