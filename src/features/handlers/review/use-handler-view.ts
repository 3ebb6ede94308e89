import { useQuery } from '@tanstack/react-query'
import { useEffect, useMemo } from 'react'
import type { Handler } from '../../../api/types'
import { useI18n } from '../../../i18n/i18n'
import { useAccountApi } from '../../../session/account-api'
import type { ViewParams } from '../list-params'
import { handlerQueries } from '../queries'
import { computeFindings, FINDING_KINDS, handlerFindings, type Finding } from './findings'
import { filterHandlers, isLocalView, sortHandlers, typesIn, type ReviewFilters } from './view'

interface Options {
  params: ViewParams
  /** The search box's text, ahead of the URL while the user types. */
  searchText: string
  /** The same, deferred: what the rows are filtered by, a moment behind fast typing. */
  q: string
  /** Something other than the view needs the whole account (a "select all", a review). */
  needAll: boolean
  /** Bulk work is running: a refetch now would show states from before its last changes. */
  holdRefetch: boolean
}

/**
 * The rows to show. With no search, filter or sort the server pages the table (one request per
 * page); with any of them the whole account is loaded once and paged here, so a search covers
 * every handler, not only the page on screen.
 */
export function useHandlerView({ params, searchText, q, needAll, holdRefetch }: Options) {
  const api = useAccountApi()
  const { language } = useI18n()
  const queries = handlerQueries(api)
  const { type, status, sort, dir, perPage } = params
  // While the typed search is ahead of the URL, its results start on the first page.
  const page = q !== params.q ? 1 : params.page
  // The URL gives a new array each render; the filters change only when its contents do.
  const findingKey = params.finding.join(',')
  const filters: ReviewFilters = useMemo(
    () => ({
      q,
      type,
      status,
      finding: FINDING_KINDS.filter((kind) => findingKey.split(',').includes(kind)),
    }),
    [q, type, status, findingKey],
  )
  const local = isLocalView({ ...filters, sort, dir })
  const refetchOnWindowFocus = !holdRefetch

  const whole = useQuery({
    ...queries.everything(),
    enabled: local || needAll,
    refetchOnWindowFocus,
  })
  const paged = useQuery({
    ...queries.list({ page, perPage }),
    enabled: !local,
    refetchOnWindowFocus,
    // A page asked for before the table was drawn (prefetch.ts) and already failed is shown
    // failed, with its retry, rather than asked again unseen.
    retryOnMount: false,
  })

  // A load cancelled half way (another change cancels the lists) is started again.
  const stalled = (local || needAll) && whole.isPending && whole.fetchStatus === 'idle'
  const { refetch } = whole
  useEffect(() => {
    if (stalled) void refetch()
  }, [stalled, refetch])

  const all = whole.data?.items ?? null
  const findings = useMemo(() => (all ? computeFindings(all) : null), [all])
  const sorted = useMemo(
    () => (all ? sortHandlers(all, { sort, dir }, language) : null),
    [all, sort, dir, language],
  )
  const result = useMemo(
    () => (local && sorted ? filterHandlers(sorted, filters, findings) : null),
    [local, sorted, filters, findings],
  )
  const types = useMemo(() => typesIn(all ?? paged.data?.items ?? []), [all, paged.data])

  const findingsOf = useMemo(() => {
    const byId = findings?.byId
    return (handler: Handler): readonly Finding[] =>
      byId?.get(handler.id) ?? handlerFindings(handler)
  }, [findings])

  if (local) {
    const matching = result?.length ?? 0
    const totalPages = Math.max(1, Math.ceil(matching / perPage))
    const shown = Math.min(page, totalPages)
    return {
      local,
      query: whole,
      whole,
      rows: result?.slice((shown - 1) * perPage, shown * perPage) ?? null,
      page: shown,
      totalPages,
      matching: result,
      matchingCount: matching,
      accountTotal: all?.length ?? null,
      all,
      findings,
      findingsOf,
      types,
      filters,
      // Rows shown for an older search while the newest one is computed.
      stale: q !== searchText,
    }
  }
  return {
    local,
    query: paged,
    /** The whole account, loaded here for a review or a "select all". */
    whole,
    rows: paged.data?.items ?? null,
    page,
    totalPages: paged.data?.totalPages ?? 1,
    matching: all,
    matchingCount: paged.data?.total ?? 0,
    accountTotal: paged.data?.total ?? null,
    all,
    findings,
    findingsOf,
    types,
    filters,
    stale: paged.isPlaceholderData,
  }
}

export type HandlerView = ReturnType<typeof useHandlerView>
