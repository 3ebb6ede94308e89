import { QueryClient } from '@tanstack/react-query'
import { isApiError } from '../api/errors'

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
  return new QueryClient({
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
}
