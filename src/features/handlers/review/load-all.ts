// Loading a whole account: pages of 1000, one after another (the client paces them by the rate
// limit), with progress for the screen. A handler created between two pages shifts the later
// pages by one; it is counted once.
import type { ApiClient } from '../../../api/client'
import type { Handler, HandlerPage } from '../../../api/types'
import { createStore, useStore } from '../../../lib/store'

export const LOAD_PAGE_SIZE = 1000

export interface LoadProgress {
  loaded: number
  total: number
}

/** The whole account, in the shape of one page so that every cached list edits the same way. */
export async function loadAllHandlers(
  client: Pick<ApiClient, 'listHandlers'>,
  { signal, onProgress }: { signal?: AbortSignal; onProgress?: (progress: LoadProgress) => void },
): Promise<HandlerPage> {
  const byId = new Map<number, Handler>()
  for (let page = 1, totalPages = 1; page <= totalPages; page++) {
    const result = await client.listHandlers({ page, perPage: LOAD_PAGE_SIZE }, { signal })
    for (const handler of result.items) byId.set(handler.id, handler)
    totalPages = result.items.length === 0 ? 0 : result.totalPages
    onProgress?.({ loaded: byId.size, total: Math.max(result.total, byId.size) })
  }
  const items = [...byId.values()]
  return {
    items,
    page: 1,
    perPage: Math.max(1, items.length),
    total: items.length,
    totalPages: 1,
  }
}

// How far each account's load has got; only the screen reads it, so it lives outside the cache.
const progress = createStore<ReadonlyMap<string, LoadProgress>>(new Map())

export function reportLoadProgress(accountId: string, value: LoadProgress | null) {
  const next = new Map(progress.get())
  if (value) next.set(accountId, value)
  else next.delete(accountId)
  progress.set(next)
}

export function useLoadProgress(accountId: string): LoadProgress | null {
  return useStore(progress, (loads) => loads.get(accountId) ?? null)
}
