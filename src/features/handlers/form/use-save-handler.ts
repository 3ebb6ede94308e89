import { useMutation, useQueryClient } from '@tanstack/react-query'
import { isApiError } from '../../../api/errors'
import type { Handler, HandlerInput } from '../../../api/types'
import { useAccountApi } from '../../../session/account-api'
import { patchHandler, refetchLists, refreshWholeAccount } from '../cache'
import { applied, recordSaved } from '../history/record'
import { handlerQueries } from '../queries'
import { compareSaved, type Difference, type Intended } from './compare-saved'

export interface SaveRequest {
  input: HandlerInput
  intended: Intended
  /** The server's copy the edit was made against, when it was read again before saving. */
  before?: Handler | null
  /** A new handler made as a copy of another. */
  copy?: boolean
}

export interface SaveResult {
  id: number
  held: Handler | null
  differences: Difference[]
}

// A 429 is reported at once with a Retry: waiting out the window would freeze the form for a minute.
const WRITE_OPTIONS = { rateLimitRetries: 0 }

/** Creates (no `original`) or updates a handler, then checks what the server really kept. */
export function useSaveHandler(original: Handler | null) {
  const api = useAccountApi()
  const queryClient = useQueryClient()
  const queries = handlerQueries(api)

  return useMutation({
    mutationFn: async ({ input, intended }: SaveRequest): Promise<SaveResult> => {
      const written = original
        ? await api.client.updateHandler(original.id, input, WRITE_OPTIONS)
        : await api.client.createHandler(input, WRITE_OPTIONS)
      // Servers that answer with the id alone are asked once for what they stored.
      const held = written.handler ?? (await api.client.getHandler(written.id).catch(() => null))
      return {
        id: written.id,
        held,
        differences: held ? compareSaved(intended, held) : [{ kind: 'unchecked' }],
      }
    },
    onSuccess: ({ id, held }, { input, before = original, copy }) => {
      recordSaved(api.account.id, before, held ?? savedAs(id, before, input), { copy })
      const detail = queries.detail(id).queryKey
      if (!held) {
        queryClient.removeQueries({ queryKey: detail })
        return refetchLists(queryClient, queries)
      }
      queryClient.setQueryData(detail, held)
      // A new handler takes its place in the server's order, which only the server knows.
      if (!original) return refetchLists(queryClient, queries)
      // An edited one changes where it is, with no list fetched again: the lists on screen hold
      // the server's answer, and those not on screen are fetched when next shown.
      const editedAt = Date.now()
      patchHandler(queryClient, queries, id, held)
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: queries.lists(), type: 'inactive' }),
        refreshWholeAccount(queryClient, queries, editedAt),
      ])
    },
    onError: (error) => {
      if (!original || !isApiError(error, 'not-found')) return
      queryClient.removeQueries({ queryKey: queries.detail(original.id).queryKey })
      return refetchLists(queryClient, queries)
    },
  })
}

/** What a save left, where the server's copy could not be read back. */
function savedAs(id: number, before: Handler | null, input: HandlerInput): Handler {
  const base: Handler = before ?? {
    id,
    name: '',
    type: null,
    settings: {},
    status: 'enabled',
    createdAt: Date.now(),
    updatedAt: null,
  }
  return { ...applied(base, input), id }
}
