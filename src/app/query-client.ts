import { notifyManager, QueryCache, QueryClient } from '@tanstack/react-query'
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

// React Query tells the screen of a change on a microtask, not on a timer: a change made in a
// click (a switch's new state, a row deleted) is then drawn in the frame after the click. On a
// timer the browser often drew that frame first, and the change a frame (16 ms) later.
notifyManager.setScheduler(queueMicrotask)

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
