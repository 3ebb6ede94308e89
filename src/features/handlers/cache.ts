// Edits of the cached handler lists, for changes the screen shows before the server answers.
// Only the handler concerned gets a new object, so memoised rows of the others do not re-render.
import type { QueryClient } from '@tanstack/react-query'
import type { Handler, HandlerPage } from '../../api/types'
import type { handlerQueries } from './queries'

type Queries = ReturnType<typeof handlerQueries>

export function patchHandler(
  queryClient: QueryClient,
  queries: Queries,
  id: number,
  patch: Partial<Handler>,
) {
  queryClient.setQueriesData<HandlerPage>({ queryKey: queries.lists() }, (page) =>
    page?.items.some((handler) => handler.id === id)
      ? {
          ...page,
          items: page.items.map((handler) =>
            handler.id === id ? { ...handler, ...patch } : handler,
          ),
        }
      : page,
  )
  queryClient.setQueryData<Handler>(queries.detail(id).queryKey, (handler) =>
    handler ? { ...handler, ...patch } : handler,
  )
}

/** Takes a handler out of every cached page; the returned function puts it back where it was. */
export function removeHandler(queryClient: QueryClient, queries: Queries, id: number) {
  const positions = new Map<string, { index: number; handler: Handler }>()
  for (const [key, page] of queryClient.getQueriesData<HandlerPage>({
    queryKey: queries.lists(),
  })) {
    const index = page?.items.findIndex((handler) => handler.id === id) ?? -1
    if (page && index >= 0)
      positions.set(JSON.stringify(key), { index, handler: page.items[index]! })
  }
  const adjust = (change: (page: HandlerPage, key: string) => HandlerPage) => {
    for (const [key, page] of queryClient.getQueriesData<HandlerPage>({
      queryKey: queries.lists(),
    })) {
      if (page) queryClient.setQueryData(key, change(page, JSON.stringify(key)))
    }
  }
  adjust((page) =>
    withTotal(
      { ...page, items: page.items.filter((handler) => handler.id !== id) },
      page.total - 1,
    ),
  )
  return function restore() {
    adjust((page, key) => {
      const at = positions.get(key)
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
