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

export const useHistoryOpened = () => useStore(opened)
