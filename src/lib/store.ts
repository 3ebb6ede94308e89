// A value outside React that components read and follow: the accounts, a pending key renewal,
// how far a load has got. One tiny store type, read through useSyncExternalStore.
import { useSyncExternalStore } from 'react'

export interface Store<T> {
  get: () => T
  set: (next: T) => void
  subscribe: (listener: () => void) => () => void
}

export function createStore<T>(initial: T): Store<T> {
  let value = initial
  const listeners = new Set<() => void>()
  return {
    get: () => value,
    set(next) {
      value = next
      for (const listener of listeners) listener()
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

/**
 * The store's value, or the part `select` picks; the component renders again when it changes.
 * `select` must return a value already in the store (or a primitive), not a new object.
 */
export function useStore<T, S = T>(store: Store<T>, select: (value: T) => S = identity<T, S>): S {
  const read = () => select(store.get())
  return useSyncExternalStore(store.subscribe, read, read)
}

const identity = <T, S>(value: T) => value as unknown as S
