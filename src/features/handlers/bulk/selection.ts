// Which handlers are selected: picked one by one (with shift-click ranges), a page at a time, or
// "all that match". A selection belongs to one search and set of filters (its scope): once they
// change, it is empty, so nothing hidden from view is ever acted on.
import type { Handler } from '../../../api/types'

export interface Selection {
  scope: string
  /** Picked handlers, as they were when picked; looked up afresh before anything is done. */
  picked: ReadonlyMap<number, Handler>
  /** Everything that matches the scope, whether loaded yet or not. */
  all: boolean
  /** The last handler clicked without shift: one end of the next shift-click range. */
  anchor: number | null
}

export const emptySelection = (scope: string): Selection => ({
  scope,
  picked: new Map(),
  all: false,
  anchor: null,
})

export function inScope(selection: Selection, scope: string): Selection {
  return selection.scope === scope ? selection : emptySelection(scope)
}

export function isSelected(selection: Selection, id: number): boolean {
  return selection.all || selection.picked.has(id)
}

export function selectedCount(selection: Selection, matching: number): number {
  return selection.all ? matching : selection.picked.size
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

function withPicked(picked: Map<number, Handler>, handlers: readonly Handler[], checked: boolean) {
  for (const handler of handlers) {
    if (checked) picked.set(handler.id, handler)
    else picked.delete(handler.id)
  }
}

export function click(selection: Selection, { handler, checked, shift, visible, matching }: Click) {
  if (selection.all && !checked && !matching) return selection
  const picked = new Map<number, Handler>(
    selection.all && matching ? matching.map((h) => [h.id, h]) : selection.picked,
  )
  const from = shift && selection.anchor !== null ? indexOf(visible, selection.anchor) : -1
  const to = indexOf(visible, handler.id)
  if (from >= 0 && to >= 0) {
    withPicked(picked, visible.slice(Math.min(from, to), Math.max(from, to) + 1), checked)
  } else {
    withPicked(picked, [handler], checked)
  }
  return { ...selection, picked, all: false, anchor: shift ? selection.anchor : handler.id }
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
  if (selection.all && checked) return selection
  const picked = new Map<number, Handler>(
    selection.all ? (matching ?? []).map((h) => [h.id, h]) : selection.picked,
  )
  withPicked(picked, visible, checked)
  return { ...selection, picked, all: false, anchor: null }
}

export function selectAll(selection: Selection): Selection {
  return { ...selection, picked: new Map(), all: true, anchor: null }
}

/** Takes handlers that no longer exist (deleted) out of a picked selection. */
export function withoutIds(selection: Selection, ids: ReadonlySet<number>): Selection {
  if (selection.all || ![...ids].some((id) => selection.picked.has(id))) return selection
  const picked = new Map(selection.picked)
  for (const id of ids) picked.delete(id)
  return { ...selection, picked }
}
