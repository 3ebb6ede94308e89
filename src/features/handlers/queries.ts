import { hashKey, keepPreviousData, queryOptions, type QueryClient } from '@tanstack/react-query'
import type { HandlerPage } from '../../api/types'
import type { AccountApi } from '../../session/account-api'
import { accountKey } from '../../session/queries'
import { loadAllHandlers, reportLoadProgress } from './review/load-all'

const REFOCUS_AFTER_MS = 5_000

/**
 * Back in the tab, a page on screen is read again once it is a few seconds old, whatever the
 * staleTime: another tab or person may have changed it. One list request; the whole account,
 * many requests for a large one, waits for its staleTime.
 */
export const refetchWhenOld = (query: { state: { dataUpdatedAt: number } }) =>
  Date.now() - query.state.dataUpdatedAt > REFOCUS_AFTER_MS ? ('always' as const) : false

/**
 * A page that finds another total than the account's other cached pages: the account changed
 * elsewhere (a handler deleted or made in another tab), so those pages are out of date however
 * young. They are marked stale, and read again when shown.
 */
function markOtherPagesStale(
  queryClient: QueryClient,
  queryKey: readonly unknown[],
  page: HandlerPage,
) {
  const own = hashKey(queryKey)
  for (const [key, data] of queryClient.getQueriesData<HandlerPage>({
    queryKey: queryKey.slice(0, -1),
  })) {
    if (data && data.total !== page.total && hashKey(key) !== own) {
      void queryClient.invalidateQueries({ queryKey: key, exact: true, refetchType: 'none' })
    }
  }
}

export interface ListParams {
  page: number
  perPage: number
}

/** Every handler query key, most generic first; each account's data lives under its own id. */
export function handlerQueries({ account, client }: AccountApi) {
  const all = [...accountKey(account.id), 'handlers'] as const
  return {
    all,
    lists: () => [...all, 'list'] as const,
    list: (params: ListParams) =>
      queryOptions({
        queryKey: [...all, 'list', params] as const,
        queryFn: async ({ signal, client: queryClient, queryKey }) => {
          const page = await client.listHandlers(params, { signal })
          markOtherPagesStale(queryClient, queryKey, page)
          return page
        },
        refetchOnWindowFocus: refetchWhenOld,
        // Paging keeps the previous page on screen until the next one arrives, but never
        // another account's page.
        placeholderData: (previous, previousQuery) =>
          previousQuery?.queryKey[1] === account.id ? keepPreviousData(previous) : undefined,
      }),
    /**
     * The whole account in one list, for search, filters, sort, "select all", the review and the
     * import's check. Not one of the pages: a change edits it in place or loads it again
     * (cache.ts), and cancelling the pages leaves it alone.
     */
    wholeAccount: () =>
      queryOptions({
        queryKey: [...all, 'whole-account'] as const,
        queryFn: async ({ signal }) => {
          try {
            return await loadAllHandlers(client, {
              signal,
              onProgress: (progress) => reportLoadProgress(account.id, progress),
            })
          } finally {
            reportLoadProgress(account.id, null)
          }
        },
      }),
    detail: (id: number) =>
      queryOptions({
        queryKey: [...all, 'detail', id] as const,
        queryFn: ({ signal }) => client.getHandler(id, { signal }),
      }),
  }
}
