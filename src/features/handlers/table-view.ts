import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { Handler } from '../../api/types'
import { useI18n } from '../../i18n/i18n'
import { useAccountApi } from '../../session/account-api'
import type { ViewParams } from './list-params'
import { handlerQueries, refetchWhenOld } from './queries'
import { computeFindings, handlerFindings, type Finding } from './review/findings'
import {
  filterHandlers,
  needsWholeAccount,
  sortHandlers,
  typesIn,
  type ReviewFilters,
} from './review/view'
import { failureOf, localPaging, serverPaging, tableState, wholeAccountNote } from './table-state'

interface Options {
  params: ViewParams
  /** The search and filters the rows follow: the search a moment behind the box while typing. */
  filters: ReviewFilters
  /** The rows are for an older search than the box shows. */
  behindSearch: boolean
  /** Something besides the rows needs the whole account: a review, a "select all". */
  wholeAccountWanted: boolean
  /** Bulk work is running: a refetch now would show states from before its last changes. */
  holdRefetch: boolean
}

/**
 * The rows, in one of two modes. With no search, filter or sort the server pages the table (one
 * request per page); with any of them the whole account is loaded once and paged here, so that a
 * search covers every handler, not only the page on screen.
 */
export function useTableView({
  params,
  filters,
  behindSearch,
  wholeAccountWanted,
  holdRefetch,
}: Options) {
  const api = useAccountApi()
  const { language } = useI18n()
  const queries = handlerQueries(api)
  const { sort, dir, perPage } = params
  const onWholeAccount = needsWholeAccount({ ...filters, sort, dir })
  // While the typed search is ahead of the URL, its results start on the first page.
  const page = filters.q !== params.q ? 1 : params.page
  const refetchOnWindowFocus = !holdRefetch

  const wholeQuery = useQuery({
    ...queries.wholeAccount(),
    enabled: onWholeAccount || wholeAccountWanted,
    refetchOnWindowFocus,
  })
  const pageQuery = useQuery({
    ...queries.list({ page, perPage }),
    enabled: !onWholeAccount,
    refetchOnWindowFocus: holdRefetch ? false : refetchWhenOld,
    // A page asked for before the table was drawn (prefetch.ts) and already failed is shown
    // failed, with its retry, rather than asked again unseen.
    retryOnMount: false,
  })

  const wholeAccount = wholeQuery.data?.items ?? null
  const findings = useMemo(() => wholeAccount && computeFindings(wholeAccount), [wholeAccount])
  const sorted = useMemo(
    () => wholeAccount && sortHandlers(wholeAccount, { sort, dir }, language),
    [wholeAccount, sort, dir, language],
  )
  const filtered = useMemo(
    () => (onWholeAccount && sorted ? filterHandlers(sorted, filters, findings) : null),
    [onWholeAccount, sorted, filters, findings],
  )
  const types = useMemo(
    () => typesIn(wholeAccount ?? pageQuery.data?.items ?? []),
    [wholeAccount, pageQuery.data],
  )
  const findingsOf = useMemo(() => {
    const byId = findings?.byId
    return (handler: Handler): readonly Finding[] =>
      byId?.get(handler.id) ?? handlerFindings(handler)
  }, [findings])

  const shownQuery = onWholeAccount ? wholeQuery : pageQuery
  const failure = failureOf(shownQuery)
  const paging = onWholeAccount
    ? localPaging(filtered, page, perPage)
    : serverPaging(pageQuery.data, page)
  const accountTotal = onWholeAccount
    ? (wholeAccount?.length ?? null)
    : (pageQuery.data?.total ?? null)

  const stale = onWholeAccount ? behindSearch : pageQuery.isPlaceholderData
  const wanted = onWholeAccount || wholeAccountWanted
  return {
    onWholeAccount,
    table: tableState(paging, failure, onWholeAccount, accountTotal, stale),
    /** A reload of rows already on screen failed: said above them. */
    refreshFailed: paging ? failure : null,
    wholeAccountNote: wholeAccountNote(wholeQuery, wanted, onWholeAccount),
    accountTotal,
    /** How many of the account's handlers match, once the whole account is loaded to search it. */
    matchNote:
      filtered && accountTotal !== null
        ? { matchingCount: filtered.length, total: accountTotal }
        : null,
    /** The page on screen, when it holds the whole account. */
    accountOnPage:
      !onWholeAccount && paging && paging.rows.length === accountTotal ? paging.rows : null,
    /** Everything that matches, once loaded: the whole account without a search or filter. */
    matching: onWholeAccount ? filtered : wholeAccount,
    wholeAccount,
    findings,
    findingsOf,
    types,
  }
}
