import { useCallback, useMemo, useRef } from 'react'
import { useNavigate, useSearchParams } from 'react-router'
import { PAGE_SIZES, type HandlerStatus, type PageSize } from '../../api/types'
import type { ListParams } from './queries'
import { FINDING_KINDS, type FindingKind } from './review/findings'
import { NULL_TYPE, SORT_KEYS, type ReviewParams } from './review/view'

export const DEFAULT_PAGE_SIZE: PageSize = 25
const MAX_QUERY_LENGTH = 200
const STATUSES: readonly HandlerStatus[] = ['enabled', 'disabled', 'pending']
// Type names as the platform writes them; anything else in the URL is ignored.
const TYPE_NAME = /^[a-z][a-z0-9_]{0,63}$/
const ANY_FINDING = 'any'

/** Reads list state from a query string; anything unusable falls back to the first page at 25. */
export function parseListParams(search: URLSearchParams): ListParams {
  const page = Number(search.get('page'))
  const perPage = Number(search.get('per_page'))
  return {
    page: Number.isSafeInteger(page) && page >= 1 ? page : 1,
    perPage: (PAGE_SIZES as readonly number[]).includes(perPage) ? perPage : DEFAULT_PAGE_SIZE,
  }
}

function oneOf<T extends string>(values: readonly T[], value: string | null): T | null {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : null
}

/** `any`, or kinds separated by commas; unknown kinds are dropped. */
function parseFindings(value: string | null): FindingKind[] {
  if (value === ANY_FINDING) return [...FINDING_KINDS]
  const listed = new Set(value?.split(','))
  return FINDING_KINDS.filter((kind) => listed.has(kind))
}

function writeFindings(kinds: readonly FindingKind[]): string | null {
  if (kinds.length === 0) return null
  return kinds.length === FINDING_KINDS.length ? ANY_FINDING : kinds.join(',')
}

/** Search, filters and sort; an unknown value counts as no filter. */
export function parseReviewParams(search: URLSearchParams): ReviewParams {
  const type = search.get('type')
  return {
    q: (search.get('q') ?? '').slice(0, MAX_QUERY_LENGTH),
    type: type !== null && (type === NULL_TYPE || TYPE_NAME.test(type)) ? type : null,
    status: oneOf(STATUSES, search.get('status')),
    finding: parseFindings(search.get('finding')),
    sort: oneOf(SORT_KEYS, search.get('sort')),
    dir: search.get('dir') === 'desc' ? 'desc' : 'asc',
  }
}

export type ViewParams = ListParams & ReviewParams

/** New values, or a function of the current ones. */
export type ParamsChange = Partial<ViewParams> | ((current: ViewParams) => Partial<ViewParams>)

const parseView = (search: URLSearchParams): ViewParams => ({
  ...parseListParams(search),
  ...parseReviewParams(search),
})

const REVIEW_KEYS = ['q', 'type', 'status', 'finding', 'sort', 'dir'] as const

function write(previous: URLSearchParams, next: ViewParams): URLSearchParams {
  const updated = new URLSearchParams(previous)
  updated.set('page', String(next.page))
  updated.set('per_page', String(next.perPage))
  for (const key of REVIEW_KEYS) {
    const value = key === 'finding' ? writeFindings(next.finding) : next[key]
    // Defaults stay out of the URL, so a plain table keeps its plain address.
    const isDefault = value === null || value === '' || (key === 'dir' && value === 'asc')
    if (isDefault || (key === 'dir' && next.sort === null)) updated.delete(key)
    else updated.set(key, value)
  }
  return updated
}

/**
 * The table's page, page size, search, filters and sort, held in the URL so reload, history and
 * shared links keep them. `replace` suits changes made keystroke by keystroke.
 */
export function useListParams() {
  const [search] = useSearchParams()
  const navigate = useNavigate()
  // Read once per address: what the screen computes from the params is memoised on them.
  const params = useMemo(() => parseView(search), [search])
  // A change made before the screen shows the last one builds on that one, so that two quick
  // clicks both count: the router's own updater starts from the address last drawn.
  const pending = useRef<{ over: URLSearchParams; written: URLSearchParams } | null>(null)
  const setParams = useCallback(
    (change: ParamsChange, options: { replace?: boolean } = {}) => {
      const base = pending.current?.over === search ? pending.current.written : search
      const current = parseView(base)
      const next = write(base, {
        ...current,
        ...(typeof change === 'function' ? change(current) : change),
      })
      pending.current = { over: search, written: next }
      // Onto the address the tab is at when the change is written, not the one this setter was
      // made at: a search written a moment after typing stops must not take the user back out
      // of a form opened meanwhile.
      void navigate(
        { pathname: window.location.pathname, search: `?${next}` },
        { replace: options.replace },
      )
    },
    [search, navigate],
  )
  return [params, setParams] as const
}
