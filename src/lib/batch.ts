// Collects what arrives and hands it on a few times a second: the screen follows work as it goes
// without drawing again for every answer when the server answers faster than anyone can read.
const INTERVAL_MS = 100

export function createBatch<T>(deliver: (items: T[]) => void, intervalMs = INTERVAL_MS) {
  let items: T[] = []
  let timer: ReturnType<typeof setTimeout> | null = null
  const flush = () => {
    if (timer !== null) clearTimeout(timer)
    timer = null
    if (items.length === 0) return
    const delivered = items
    items = []
    deliver(delivered)
  }
  return {
    add(item: T) {
      items.push(item)
      timer ??= setTimeout(flush, intervalMs)
    },
    /** Hands on what is waiting now; the last call once the work is over. */
    flush,
  }
}
