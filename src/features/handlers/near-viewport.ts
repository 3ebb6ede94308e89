// Which rows of a long table are near the screen: those get their controls, the others show their
// values as text until they come near (scrolled to, or reached with the keyboard). A page of
// 1,000 rows then costs the DOM and memory of the few dozen the user can see.
import { createContext } from 'react'

export interface NearViewport {
  /** Calls `onNear` once, when `element` comes within a screen's height or so of the view. */
  watch(element: Element, onNear: () => void): () => void
  disconnect(): void
}

export function createNearViewport(): NearViewport | null {
  if (typeof IntersectionObserver === 'undefined') return null
  const listeners = new Map<Element, () => void>()
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue
        const onNear = listeners.get(entry.target)
        listeners.delete(entry.target)
        observer.unobserve(entry.target)
        onNear?.()
      }
    },
    { rootMargin: '100% 0px' },
  )
  return {
    watch(element, onNear) {
      listeners.set(element, onNear)
      observer.observe(element)
      return () => {
        listeners.delete(element)
        observer.unobserve(element)
      }
    },
    disconnect: () => observer.disconnect(),
  }
}

/** Null where the browser cannot tell (every row then gets its controls at once). */
export const NearViewportContext = createContext<NearViewport | null>(null)
