import { useLayoutEffect, type RefObject } from 'react'

/**
 * While `active`, the browser asks before the page is reloaded or closed. `allowed`, once true,
 * lets it go without asking: a form that has just been saved, say. The listener goes in with the
 * commit that shows the work or the changes, not in an effect a moment after it.
 */
export function useUnloadGuard(active: boolean, allowed?: RefObject<boolean>) {
  useLayoutEffect(() => {
    if (!active) return
    const ask = (event: BeforeUnloadEvent) => {
      if (allowed?.current) return
      event.preventDefault()
      // Older browsers ask only when returnValue is set.
      event.returnValue = ''
    }
    window.addEventListener('beforeunload', ask)
    return () => window.removeEventListener('beforeunload', ask)
  }, [active, allowed])
}
