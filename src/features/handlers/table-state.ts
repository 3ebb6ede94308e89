// The table screen's states, derived from what React Query holds: what the list shows, and what
// the screen says of the whole account's load. Pure functions of their inputs.
import type { UseQueryResult } from '@tanstack/react-query'
import type { Handler } from '../../api/types'

/** A load that failed: why, and a way to try again. */
export interface Failure {
  error: unknown
  retrying: boolean
  retry: () => void
}

export interface Paging {
  page: number
  pages: number
  /** How many handlers match the search and filters: without them, the whole account. */
  matchingCount: number
}

/** What the list shows. */
export type TableState =
  | { kind: 'loading' }
  | { kind: 'error'; failure: Failure }
  | { kind: 'empty' }
  | { kind: 'no-match' }
  | ({ kind: 'past-end' } & Paging)
  | ({ kind: 'rows'; rows: readonly Handler[]; stale: boolean } & Paging)

/**
 * What the screen says of the whole account's load (for a review or "select all") besides the
 * table: on the whole account, the table's own loading and failure say it.
 */
export type WholeAccountNote =
  { kind: 'none' } | { kind: 'loading' } | { kind: 'failed'; failure: Failure }

export const failureOf = (query: UseQueryResult): Failure | null =>
  query.isError
    ? { error: query.error, retrying: query.isFetching, retry: () => void query.refetch() }
    : null

/** The rows on screen and where they are, once the data is in. */
export type Shown = (Paging & { rows: readonly Handler[] }) | null

export function localPaging(
  filtered: readonly Handler[] | null,
  page: number,
  perPage: number,
): Shown {
  if (!filtered) return null
  const pages = Math.max(1, Math.ceil(filtered.length / perPage))
  const shown = Math.min(page, pages)
  const rows = filtered.slice((shown - 1) * perPage, shown * perPage)
  return { rows, page: shown, pages, matchingCount: filtered.length }
}

export function serverPaging(
  data: { items: Handler[]; total: number; totalPages: number } | undefined,
  page: number,
): Shown {
  return data ? { rows: data.items, page, pages: data.totalPages, matchingCount: data.total } : null
}

export function tableState(
  shown: Shown,
  failure: Failure | null,
  onWholeAccount: boolean,
  accountTotal: number | null,
  stale: boolean,
): TableState {
  if (!shown) return failure ? { kind: 'error', failure } : { kind: 'loading' }
  const { rows, ...paging } = shown
  if (paging.matchingCount === 0)
    return onWholeAccount || accountTotal !== 0 ? { kind: 'no-match' } : { kind: 'empty' }
  if (rows.length === 0) return { kind: 'past-end', ...paging }
  return { kind: 'rows', rows, stale, ...paging }
}

export function wholeAccountNote(
  query: UseQueryResult,
  wanted: boolean,
  onWholeAccount: boolean,
): WholeAccountNote {
  if (!wanted || query.data) return { kind: 'none' }
  const failure = failureOf(query)
  if (!failure) return { kind: 'loading' }
  return onWholeAccount ? { kind: 'none' } : { kind: 'failed', failure }
}
