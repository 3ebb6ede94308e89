import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react'
import type { Handler } from '../../../api/types'
import type { PageSelection } from '../handlers-table'
import type { ReviewFilters } from '../review/view'
import * as model from './selection'

/**
 * The selection's state on its own, so that what is decided before the rows are known (bulk
 * work, the whole-account load for "select all") can already read and trim it.
 */
export function useSelectionState(scope: ReviewFilters) {
  const [state, setState] = useState(() => model.emptySelection(scope))
  const forget = useCallback((ids: ReadonlySet<number>) => {
    setState((previous) => model.withoutIds(previous, ids))
  }, [])
  return { selection: model.inScope(state, scope), setState, forget }
}

interface Options {
  state: ReturnType<typeof useSelectionState>
  /** The rows on screen, in order: what a shift-click range and "select page" cover. */
  visible: readonly Handler[]
  /** Everything that matches, once loaded. */
  matching: readonly Handler[] | null
  /** How many match, loaded or not. */
  matchingCount: number
  /**
   * `matching` is a search's result: a ticked handler that no longer matches (it was changed)
   * drops out, so that nothing out of sight is acted on.
   */
  filtered: boolean
}

/** The table's selection, with stable callbacks so that memoised rows are not re-rendered. */
export function useSelection({ state, visible, matching, matchingCount, filtered }: Options) {
  const { selection, setState } = state
  const { scope } = selection
  const latest = useRef({ scope, visible, matching })
  useLayoutEffect(() => {
    latest.current = { scope, visible, matching }
  })

  const onSelect = useCallback(
    (handler: Handler, checked: boolean, shift: boolean) => {
      const { scope, visible, matching } = latest.current
      setState((previous) =>
        model.click(model.inScope(previous, scope), { handler, checked, shift, visible, matching }),
      )
    },
    [setState],
  )

  const selectPage = useCallback(
    (checked: boolean) => {
      const { scope, visible, matching } = latest.current
      setState((previous) =>
        model.selectPage(model.inScope(previous, scope), visible, checked, matching),
      )
    },
    [setState],
  )

  const selectAll = useCallback(() => {
    const { scope } = latest.current
    setState((previous) => model.selectAll(model.inScope(previous, scope)))
  }, [setState])

  const clear = useCallback(() => setState(model.emptySelection(latest.current.scope)), [setState])

  const isSelected = useCallback((id: number) => model.isSelected(selection, id), [selection])

  /** The selected handlers, as the cache holds them now where it has them. */
  const handlers = useMemo((): Handler[] => {
    if (selection.allMatching) return matching ? [...matching] : []
    const latestCopy = new Map<number, Handler>()
    for (const handler of matching ?? []) latestCopy.set(handler.id, handler)
    for (const handler of visible) latestCopy.set(handler.id, handler)
    const ticked = [...selection.ticked.values()]
    if (filtered && matching) return ticked.flatMap((handler) => latestCopy.get(handler.id) ?? [])
    return ticked.map((handler) => latestCopy.get(handler.id) ?? handler)
  }, [selection, matching, visible, filtered])

  const onScreen = visible.filter((handler) => isSelected(handler.id)).length
  const pageSelection: PageSelection =
    onScreen === 0 ? 'none' : onScreen === visible.length ? 'all' : 'some'
  const { allMatching } = selection

  return {
    handlers,
    count: allMatching ? matchingCount : handlers.length,
    allMatching,
    /** "Select all" waits for the whole account to load. */
    loadingAll: allMatching && !matching,
    /** Every row on screen is selected, but not everything that matches: how many. */
    pageOnly: !allMatching && pageSelection === 'all' && matchingCount > onScreen ? onScreen : null,
    pageSelection,
    isSelected,
    onSelect,
    selectPage,
    selectAll,
    clear,
  }
}

export type TableSelection = ReturnType<typeof useSelection>
