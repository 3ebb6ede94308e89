import { useCallback } from 'react'
import { useSearchParams } from 'react-router'
import { PAGE_SIZES, type PageSize } from '../../api/types'
import type { ListParams } from './queries'

export const DEFAULT_PAGE_SIZE: PageSize = 25

/** Reads list state from a query string; anything unusable falls back to the first page at 25. */
export function parseListParams(search: URLSearchParams): ListParams {
  const page = Number(search.get('page'))
  const perPage = Number(search.get('per_page'))
  return {
    page: Number.isSafeInteger(page) && page >= 1 ? page : 1,
    perPage: (PAGE_SIZES as readonly number[]).includes(perPage) ? perPage : DEFAULT_PAGE_SIZE,
  }
}

/** The table's page and page size, held in the URL so reload, history and shared links keep them. */
export function useListParams() {
  const [search, setSearch] = useSearchParams()
  const params = parseListParams(search)
  const setParams = useCallback(
    (next: Partial<ListParams>) =>
      setSearch((previous) => {
        const merged = { ...parseListParams(previous), ...next }
        const updated = new URLSearchParams(previous)
        updated.set('page', String(merged.page))
        updated.set('per_page', String(merged.perPage))
        return updated
      }),
    [setSearch],
  )
  return [params, setParams] as const
}
