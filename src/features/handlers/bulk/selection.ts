// Which handlers are selected: ticked one by one (with shift-click ranges), a page at a time, or
// "all that match". A selection belongs to one search and set of filters (its scope): once they
// change, it is empty, so nothing hidden from view is ever acted on.
import type { Handler } from '../../../api/types'
import { sameFilters, type ReviewFilters } from '../review/view'

export interface Selection {
  scope: ReviewFilters
  /** Handlers ticked, as they were when ticked; looked up afresh before anything is done. */
  ticked: ReadonlyMap<number, Handler>
  /** Everything that matches the scope, whether loaded yet or not. */
  allMatching: boolean
  /** The last handler clicked without shift: one end of the next shift-click range. */
  anchor: number | null
}

export const emptySelection = (scope: ReviewFilters): Selection => ({
  scope,
  ticked: new Map(),
  allMatching: false,
  anchor: null,
})

export function inScope(selection: Selection, scope: ReviewFilters): Selection {
  return sameFilters(selection.scope, scope) ? selection : emptySelection(scope)
}

export function isSelected(selection: Selection, id: number): boolean {
  return selection.allMatching || selection.ticked.has(id)
}

export interface Click {
  handler: Handler
  checked: boolean
  shift: boolean
  /** The rows on screen, in their order. */
  visible: readonly Handler[]
  /** Everything that matches, when loaded: needed to take one handler out of "all". */
  matching: readonly Handler[] | null
}

function withTicked(ticked: Map<number, Handler>, handlers: readonly Handler[], checked: boolean) {
  for (const handler of handlers) {
    if (checked) ticked.set(handler.id, handler)
    else ticked.delete(handler.id)
  }
}

export function click(selection: Selection, { handler, checked, shift, visible, matching }: Click) {
  if (selection.allMatching && !checked && !matching) return selection
  const ticked = new Map<number, Handler>(
    selection.allMatching && matching ? matching.map((h) => [h.id, h]) : selection.ticked,
  )
  const from = shift && selection.anchor !== null ? indexOf(visible, selection.anchor) : -1
  const to = indexOf(visible, handler.id)
  if (from >= 0 && to >= 0) {
    withTicked(ticked, visible.slice(Math.min(from, to), Math.max(from, to) + 1), checked)
  } else {
    withTicked(ticked, [handler], checked)
  }
  return {
    ...selection,
    ticked,
    allMatching: false,
    anchor: shift ? selection.anchor : handler.id,
  }
}

function indexOf(handlers: readonly Handler[], id: number) {
  return handlers.findIndex((handler) => handler.id === id)
}

export function selectPage(
  selection: Selection,
  visible: readonly Handler[],
  checked: boolean,
  matching: readonly Handler[] | null,
) {
  if (selection.allMatching && checked) return selection
  const ticked = new Map<number, Handler>(
    selection.allMatching ? (matching ?? []).map((h) => [h.id, h]) : selection.ticked,
  )
  withTicked(ticked, visible, checked)
  return { ...selection, ticked, allMatching: false, anchor: null }
}

export function selectAll(selection: Selection): Selection {
  return { ...selection, ticked: new Map(), allMatching: true, anchor: null }
}

/** Takes handlers that no longer exist (deleted) out of a ticked selection. */
export function withoutIds(selection: Selection, ids: ReadonlySet<number>): Selection {
  if (selection.allMatching || ![...ids].some((id) => selection.ticked.has(id))) return selection
  const ticked = new Map(selection.ticked)
  for (const id of ids) ticked.delete(id)
  return { ...selection, ticked }
}
