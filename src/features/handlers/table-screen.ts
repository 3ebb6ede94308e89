import { useCallback, useDeferredValue, useMemo, useState } from 'react'
import type { Handler } from '../../api/types'
import { useBulkRun } from './bulk/use-bulk-run'
import { useSelection, useSelectionState } from './bulk/use-selection'
import { useListParams } from './list-params'
import type { FindingKind } from './review/findings'
import { useSearchDraft } from './review/use-search-draft'
import { nextSort, type ReviewFilters, type SortKey } from './review/view'
import { useRowActions } from './row-callbacks'
import { useTableView } from './table-view'

const NO_ROWS: readonly Handler[] = []

/**
 * The table screen's model: the URL's list state and the search box, the view mode (server
 * paging, or the whole account loaded and paged here), the selection and the bulk work. It
 * returns what each part of the screen shows, with `table` the state the list is in.
 */
export function useTableScreen() {
  const [params, setParams] = useListParams()
  const commitSearch = useCallback(
    (q: string) => setParams({ q, page: 1 }, { replace: true }),
    [setParams],
  )
  const [searchText, setSearchText] = useSearchDraft(params.q, commitSearch)
  // The rows follow the box a moment behind fast typing.
  const q = useDeferredValue(searchText)
  const { type, status, finding } = params
  const filters = useMemo<ReviewFilters>(
    () => ({ q, type, status, finding }),
    [q, type, status, finding],
  )
  const [reviewAsked, setReviewAsked] = useState(false)
  const selectionState = useSelectionState(filters)
  const bulk = useBulkRun({ onDeleted: selectionState.forget })
  const view = useTableView({
    params,
    filters,
    behindSearch: q !== searchText,
    wholeAccountWanted: reviewAsked || selectionState.selection.allMatching,
    holdRefetch: bulk.run.phase === 'running',
  })
  const { table } = view
  const rows = table.kind === 'rows' ? table.rows : NO_ROWS
  const selection = useSelection({
    state: selectionState,
    visible: rows,
    matching: view.matching,
    matchingCount: table.kind === 'rows' || table.kind === 'past-end' ? table.matchingCount : 0,
    filtered: view.onWholeAccount,
  })
  const page = table.kind === 'rows' ? table.page : params.page
  const rowActions = useRowActions({
    // Deleting the last row of a page shows the page before it.
    previousPage: rows.length === 1 && page > 1 ? page - 1 : null,
    setParams,
  })
  const onSort = useCallback(
    (key: SortKey) => setParams((current) => ({ page: 1, ...nextSort(current, key) })),
    [setParams],
  )
  const filtering = view.onWholeAccount || params.q !== ''

  return {
    ...view,
    params,
    setParams,
    search: { text: searchText, setText: setSearchText },
    filtering,
    clearFilters: filtering
      ? () => {
          setSearchText('')
          setParams({ q: '', type: null, status: null, finding: [], page: 1 })
        }
      : null,
    pickFindings: (pick: (active: readonly FindingKind[]) => FindingKind[]) =>
      setParams((current) => ({ finding: pick(current.finding), page: 1 })),
    review: { asked: reviewAsked, ask: () => setReviewAsked(true) },
    selection,
    bulk,
    /** The screen's latest copy of a handler, for a retry. */
    latest: (handler: Handler) =>
      (view.wholeAccount ?? rows).find((known) => known.id === handler.id) ?? handler,
    rowActions,
    onSort,
  }
}

export type TableScreen = ReturnType<typeof useTableScreen>
