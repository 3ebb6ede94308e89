import {
  useCallback,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type Dispatch,
  type SetStateAction,
} from 'react'
import type { Handler } from '../../../api/types'
import type { PageSelection } from '../handlers-table'
import * as model from './selection'

/**
 * The selection's state on its own, so that what runs before the table is known (bulk work,
 * the "select all" load) can already read and trim it.
 */
export function useSelectionState(scope: string) {
  const [state, setState] = useState(() => model.emptySelection(scope))
  const forget = useCallback((ids: ReadonlySet<number>) => {
    setState((previous) => model.withoutIds(previous, ids))
  }, [])
  return { selection: model.inScope(state, scope), setState, forget }
}

interface Options {
  selection: model.Selection
  setState: Dispatch<SetStateAction<model.Selection>>
  /** The rows on screen, in order: what a shift-click range and "select page" cover. */
  visible: readonly Handler[]
  /** Everything that matches, once loaded. */
  matching: readonly Handler[] | null
  /**
   * `matching` is a search's result: a picked handler that no longer matches (it was changed)
   * drops out, so that nothing out of sight is acted on.
   */
  filtered: boolean
}

/** The table's selection, with stable callbacks so that memoised rows are not re-rendered. */
export function useSelection({ selection, setState, visible, matching, filtered }: Options) {
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
    if (selection.all) return matching ? [...matching] : []
    const fresh = new Map<number, Handler>()
    for (const handler of matching ?? []) fresh.set(handler.id, handler)
    for (const handler of visible) fresh.set(handler.id, handler)
    const picked = [...selection.picked.values()]
    if (filtered && matching) return picked.flatMap((handler) => fresh.get(handler.id) ?? [])
    return picked.map((handler) => fresh.get(handler.id) ?? handler)
  }, [selection, matching, visible, filtered])

  const onScreen = visible.filter((handler) => isSelected(handler.id)).length
  const pageSelection: PageSelection =
    onScreen === 0 ? 'none' : onScreen === visible.length ? 'all' : 'some'

  return { handlers, onScreen, pageSelection, onSelect, selectPage, selectAll, clear, isSelected }
}
