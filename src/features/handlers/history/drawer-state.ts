// The drawer opens from the header's button and from the table's `h`; it remembers who opened it
// so that focus goes back there when it closes.
import { focusedElement, restoreFocus } from '../../../lib/focus-return'
import { createStore, useStore } from '../../../lib/store'

const opened = createStore(false)
let opener: HTMLElement | null = null

export function openHistory() {
  if (opened.get()) return
  opener = focusedElement()
  opened.set(true)
}

export function closeHistory() {
  opened.set(false)
  const at = opener
  opener = null
  restoreFocus([() => at])
}

/** Shut without moving focus: the account it showed is gone, and the page with it. */
export function resetHistory() {
  opened.set(false)
  opener = null
}

export const useHistoryOpened = () => useStore(opened)
