// Back and Forward have already moved the tab when the page hears of them, through `popstate`.
// A form with unsaved changes must hear of it before the router does, to undo the move and ask
// first; a window's listeners run in the order they were added, so this one is added before the
// router starts.

type OnPop = (event: PopStateEvent) => void

let onPop: OnPop | null = null
let listening = false

/** Starts listening to Back and Forward; called before the router is first rendered. */
export function listenBeforeRouter() {
  if (listening) return
  listening = true
  window.addEventListener('popstate', (event) => onPop?.(event))
}

/**
 * Until the returned function is called, `handler` hears of each Back and Forward before the
 * router, and may keep it from the router with `event.stopImmediatePropagation()`.
 */
export function interceptPops(handler: OnPop): () => void {
  onPop = handler
  return () => {
    if (onPop === handler) onPop = null
  }
}
