import type { QueryClient } from '@tanstack/react-query'
import { clientFor } from '../../session/account-api'
import { getAccount } from '../../session/accounts-store'
import { parseListParams, parseReviewParams } from './list-params'
import { handlerQueries } from './queries'
import { needsWholeAccount } from './review/view'

/** The addresses that show the table: the table itself, and the form drawn over it. */
const TABLE_PATH = /^\/handlers(\/|$)/

/**
 * Asks for the table's page before the first render, so that the server works on it while the
 * screen is drawn; the table then finds it in the cache, loaded or on its way, and asks nothing
 * more. Only a server account's plain page: a searched, filtered or sorted view loads the whole
 * account, and a demo account's simulator starts with the screen. Returns the request's end
 * (never rejected), or null when nothing was asked.
 */
export function prefetchTable(
  queryClient: QueryClient,
  location: Pick<Location, 'pathname' | 'search'>,
): Promise<void> | null {
  const account = getAccount()
  if (account?.kind !== 'server' || !TABLE_PATH.test(location.pathname)) return null
  const search = new URLSearchParams(location.search)
  if (needsWholeAccount(parseReviewParams(search))) return null
  const queries = handlerQueries({ account, client: clientFor(account) })
  return queryClient.prefetchQuery(queries.list(parseListParams(search)))
}
