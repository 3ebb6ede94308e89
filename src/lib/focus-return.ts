// Putting focus back where the user was when something that took it closes. Mantine does this
// when a dialog's `opened` turns false with its opener still on the page; a drawer opened by an
// address, a dialog mounted already open, or one opened from a menu item (gone with its menu)
// needs the place remembered here.
import { useEffect, useRef, useState } from 'react'

export type FocusTarget = () => HTMLElement | null | undefined

/**
 * The element the user is on: a menu's item stands for the button that opened the menu, since
 * the item goes with the menu. Null when focus is nowhere in particular.
 */
export function focusedElement(): HTMLElement | null {
  const active = document.activeElement
  if (!(active instanceof HTMLElement) || active === document.body) return null
  const menu = active.closest('[role="menu"]')
  if (!menu) return active
  return menu.id ? document.querySelector<HTMLElement>(`[aria-controls="${menu.id}"]`) : null
}

// Long enough to come after Mantine's own attempt (10 ms after close), which would otherwise
// focus a menu item that is gone and leave the page's body focused.
const AFTER_CLOSE_MS = 20

/**
 * Focuses the first target on the page, once the closing overlay has let go. `whenLost` leaves
 * focus alone if it already landed somewhere on the page (e.g. in a form opened in its place).
 */
export function restoreFocus(targets: FocusTarget[], { whenLost = false } = {}): void {
  window.setTimeout(() => {
    // The page may be gone by then (a closing overlay unmounted with everything else).
    if (typeof document === 'undefined') return
    const active = document.activeElement
    if (whenLost && active && active !== document.body && active.isConnected) return
    for (const target of targets) {
      const element = target()
      if (element?.isConnected) {
        element.focus({ preventScroll: false })
        if (document.activeElement === element) return
      }
    }
  }, AFTER_CLOSE_MS)
}

/**
 * For an overlay mounted open and unmounted on close: remembers where focus was when it mounted,
 * and returns there (or to `then`'s first target on the page) when it goes. `first` may name a
 * better place decided meanwhile, e.g. the row just saved.
 */
export function useReturnFocus(then: FocusTarget[] = []) {
  const [opener] = useState(focusedElement)
  const first = useRef<FocusTarget | null>(null)
  const fallbacks = useRef(then)
  useEffect(() => {
    fallbacks.current = then
  })
  useEffect(
    () => () =>
      restoreFocus([first.current ?? (() => null), () => opener, ...fallbacks.current], {
        whenLost: true,
      }),
    [opener],
  )
  return {
    /** Where focus goes first on close, instead of the opener. */
    preferOnClose: (target: FocusTarget) => {
      first.current = target
    },
  }
}
