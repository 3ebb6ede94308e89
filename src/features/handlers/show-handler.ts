// "Show it": the page of the table that holds a handler, in the order the view shows, found by
// reading what the server holds rather than guessed from where new handlers usually land.
import { notifications } from '@mantine/notifications'
import { useQueryClient, type QueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { useLocation, useNavigate } from 'react-router'
import type { Handler } from '../../api/types'
import { errorMessage } from '../../i18n/error-message'
import type { Language } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { useAccountApi, type AccountApi } from '../../session/account-api'
import { parseListParams, parseReviewParams } from './list-params'
import { handlerQueries } from './queries'
import { rowElement } from './row-focus'
import { computeFindings } from './review/findings'
import { filterHandlers, needsWholeAccount, sortHandlers } from './review/view'

/** The state a list address carries to have the table focus a row once it is drawn. */
export interface ShowRowState {
  showRow: number
}

const pageOf = (index: number, perPage: number) => Math.floor(index / perPage) + 1

async function wholeAccountWith(queryClient: QueryClient, api: AccountApi, id: number) {
  const query = handlerQueries(api).wholeAccount()
  const cached = await queryClient.fetchQuery(query)
  if (cached.items.some((handler) => handler.id === id)) return cached.items
  return (await queryClient.fetchQuery({ ...query, staleTime: 0 })).items
}

/** The list address, in `listUrl`'s view if the handler is in it, else in the plain list. */
async function addressOf(
  queryClient: QueryClient,
  api: AccountApi,
  language: Language,
  id: number,
  listUrl: string,
): Promise<string> {
  const query = listUrl.indexOf('?')
  const search = new URLSearchParams(query >= 0 ? listUrl.slice(query + 1) : '')
  const { perPage } = parseListParams(search)
  const view = parseReviewParams(search)
  const at = (page: number, query = search) => {
    const next = new URLSearchParams(query)
    next.set('page', String(page))
    next.set('per_page', String(perPage))
    return `/handlers?${next}`
  }
  const plain = new URLSearchParams({ per_page: String(perPage) })
  const has = (items: readonly Handler[]) => items.some((handler) => handler.id === id)

  if (needsWholeAccount(view)) {
    const all = await wholeAccountWith(queryClient, api, id)
    const shown = filterHandlers(sortHandlers(all, view, language), view, computeFindings(all))
    const index = shown.findIndex((handler) => handler.id === id)
    if (index >= 0) return at(pageOf(index, perPage))
    // It does not match the search or filters: the plain list shows it.
    return at(
      pageOf(
        all.findIndex((handler) => handler.id === id),
        perPage,
      ),
      plain,
    )
  }
  // The server's order: a new handler is most often on the last page, sometimes the first.
  const queries = handlerQueries(api)
  const first = await queryClient.fetchQuery({
    ...queries.list({ page: 1, perPage }),
    staleTime: 0,
  })
  if (has(first.items)) return at(1)
  const lastPage = Math.max(first.totalPages, 1)
  const last = await queryClient.fetchQuery(queries.list({ page: lastPage, perPage }))
  if (has(last.items)) return at(lastPage)
  const all = await wholeAccountWith(queryClient, api, id)
  return at(
    pageOf(
      Math.max(
        all.findIndex((handler) => handler.id === id),
        0,
      ),
      perPage,
    ),
  )
}

/**
 * Once the rows are drawn, focuses (and so marks, with its focus ring) the row an address asked
 * for, then forgets the request so that later renders leave focus alone.
 */
export function useShowRow(rows: readonly Handler[]) {
  const location = useLocation()
  const navigate = useNavigate()
  const wanted = (location.state as Partial<ShowRowState> | null)?.showRow
  useEffect(() => {
    if (wanted === undefined || !rows.some((handler) => handler.id === wanted)) return
    const row = rowElement(wanted)()
    if (!row) return
    row.focus({ preventScroll: true })
    row.scrollIntoView({ block: 'center' })
    void navigate(location.pathname + location.search, { replace: true, state: null })
  }, [wanted, rows, navigate, location.pathname, location.search])
}

/** Opens the page that holds handler `id` in the view of `listUrl`, and has its row focused. */
export function useShowHandler() {
  const api = useAccountApi()
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const { t, language } = useI18n()
  return async (id: number, listUrl: string) => {
    try {
      const address = await addressOf(queryClient, api, language, id, listUrl)
      const state: ShowRowState = { showRow: id }
      await navigate(address, { state })
    } catch (error) {
      notifications.show({
        color: 'red',
        title: t('form.showFailed'),
        message: errorMessage(error, t),
      })
    }
  }
}
