// Edits of the cached handler lists (the pages and the whole account, which edit the same way),
// for changes the screen shows before or without a refetch. Only the handlers concerned get new
// objects, so memoised rows of the others do not re-render, and an edit keeps the list's fetch
// time, so times shown as "3 minutes ago" do not all re-render either.
import type { QueryClient, QueryKey } from '@tanstack/react-query'
import type { Handler, HandlerPage } from '../../api/types'
import type { handlerQueries } from './queries'

type Queries = ReturnType<typeof handlerQueries>

/** Every cached list of the account's handlers: its pages, and the whole account. */
export function cachedLists(queryClient: QueryClient, queries: Queries) {
  return [
    ...queryClient.getQueriesData<HandlerPage>({ queryKey: queries.lists() }),
    ...queryClient.getQueriesData<HandlerPage>({ queryKey: queries.wholeAccount().queryKey }),
  ]
}

function editLists(
  queryClient: QueryClient,
  queries: Queries,
  edit: (page: HandlerPage, key: QueryKey) => HandlerPage,
) {
  for (const [key, page] of cachedLists(queryClient, queries)) {
    if (!page) continue
    const next = edit(page, key)
    if (next === page) continue
    const state = queryClient.getQueryState(key)
    queryClient.setQueryData(key, next, { updatedAt: state?.dataUpdatedAt })
    // React Query takes data set by hand for fresh: a list already due for a refetch (another
    // page after a create, say) stays due, or it would show its old total when next opened.
    if (state?.isInvalidated) {
      void queryClient.invalidateQueries({ queryKey: key, exact: true, refetchType: 'none' })
    }
  }
}

/** Applies several patches at once, one pass over each cached list. */
export function patchHandlers(
  queryClient: QueryClient,
  queries: Queries,
  patches: ReadonlyMap<number, Partial<Handler>>,
) {
  if (patches.size === 0) return
  editLists(queryClient, queries, (page) =>
    page.items.some((handler) => patches.has(handler.id))
      ? {
          ...page,
          items: page.items.map((handler) => {
            const patch = patches.get(handler.id)
            return patch ? { ...handler, ...patch } : handler
          }),
        }
      : page,
  )
  for (const [id, patch] of patches) {
    queryClient.setQueryData<Handler>(queries.detail(id).queryKey, (handler) =>
      handler ? { ...handler, ...patch } : handler,
    )
  }
}

export function patchHandler(
  queryClient: QueryClient,
  queries: Queries,
  id: number,
  patch: Partial<Handler>,
) {
  patchHandlers(queryClient, queries, new Map([[id, patch]]))
}

/** Takes handlers out of every cached list for good, e.g. after a bulk delete. */
export function removeHandlers(
  queryClient: QueryClient,
  queries: Queries,
  ids: ReadonlySet<number>,
) {
  if (ids.size === 0) return
  editLists(queryClient, queries, (page) => {
    const items = page.items.filter((handler) => !ids.has(handler.id))
    return items.length === page.items.length
      ? page
      : withTotal({ ...page, items }, page.total - (page.items.length - items.length))
  })
  for (const id of ids) queryClient.removeQueries({ queryKey: queries.detail(id).queryKey })
}

/** Takes a handler out of every cached page; the returned function puts it back where it was. */
export function removeHandler(queryClient: QueryClient, queries: Queries, id: number) {
  const positions = new Map<string, { index: number; handler: Handler }>()
  for (const [key, page] of cachedLists(queryClient, queries)) {
    const index = page?.items.findIndex((handler) => handler.id === id) ?? -1
    if (page && index >= 0)
      positions.set(JSON.stringify(key), { index, handler: page.items[index]! })
  }
  editLists(queryClient, queries, (page) =>
    withTotal(
      { ...page, items: page.items.filter((handler) => handler.id !== id) },
      page.total - 1,
    ),
  )
  return function restore() {
    editLists(queryClient, queries, (page, key) => {
      const at = positions.get(JSON.stringify(key))
      if (!at || page.items.some((handler) => handler.id === id)) {
        return withTotal(page, page.total + 1)
      }
      const items = [...page.items]
      items.splice(Math.min(at.index, items.length), 0, at.handler)
      return withTotal({ ...page, items }, page.total + 1)
    })
  }
}

function withTotal(page: HandlerPage, total: number): HandlerPage {
  const clamped = Math.max(0, total)
  return { ...page, total: clamped, totalPages: Math.max(1, Math.ceil(clamped / page.perPage)) }
}

/**
 * The whole account after the server has made a change. A load of it on its way, or one that
 * landed after the change began, may hold the account as it was: it is loaded again. Otherwise it
 * is kept when the change was applied to it in place (`editedSince`, when the change began), and
 * loaded again when it was not.
 */
export async function refreshWholeAccount(
  queryClient: QueryClient,
  queries: Queries,
  editedSince?: number,
) {
  const queryKey = queries.wholeAccount().queryKey
  const state = queryClient.getQueryState(queryKey)
  if (!state) return
  const loading = state.fetchStatus === 'fetching'
  if (!loading && editedSince !== undefined && state.dataUpdatedAt < editedSince) return
  // A load on its way would be joined rather than started again.
  if (loading) await queryClient.cancelQueries({ queryKey, exact: true })
  await queryClient.invalidateQueries({ queryKey, exact: true })
}

/**
 * After a change the cached lists do not show: the pages and the whole account are loaded again,
 * those on screen now and the others when next shown.
 */
export function refetchLists(queryClient: QueryClient, queries: Queries) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: queries.lists() }),
    refreshWholeAccount(queryClient, queries),
  ])
}
