import { QueryCache, QueryClient } from '@tanstack/react-query'
import { isApiError } from '../api/errors'
import { accountOfKey } from '../session/queries'
import { reauthenticate } from '../session/reauth'

/** Failures a second try cannot mend: the key, a missing handler, a refusal, an exhausted budget. */
const FINAL_KINDS = new Set([
  'unauthorized',
  'not-found',
  'refused',
  'rate-limited',
  'unreadable',
  'aborted',
])

export function createQueryClient() {
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      // A key that stops working mid-session is asked for again in place, then the reads retried.
      onError: (error, query) => {
        const accountId = accountOfKey(query.queryKey)
        if (accountId && isApiError(error, 'unauthorized'))
          void reauthenticate(queryClient, accountId)
      },
    }),
    defaultOptions: {
      queries: {
        // Every request spends the key's rate-limit budget: data under a minute old is fresh.
        staleTime: 60_000,
        retry: (failures, error) =>
          failures < 1 && !(isApiError(error) && FINAL_KINDS.has(error.kind)),
      },
      mutations: { retry: false },
    },
  })
  return queryClient
}
