// Collects what finished requests change in the cache and applies it a few times a second: the
// table follows each success as it happens, without re-filtering thousands of rows per request
// when the server answers faster than the screen needs.
import type { Handler } from '../../../api/types'
import type { QueueProgress } from './queue'

const INTERVAL_MS = 100

interface Sinks {
  apply: (patches: ReadonlyMap<number, Partial<Handler>>, removed: ReadonlySet<number>) => void
  progress: (progress: QueueProgress) => void
}

export function createCacheBatch({ apply, progress }: Sinks) {
  let patches = new Map<number, Partial<Handler>>()
  let removed = new Set<number>()
  let latest: QueueProgress | null = null
  let timer: ReturnType<typeof setTimeout> | null = null

  const flush = () => {
    if (timer !== null) clearTimeout(timer)
    timer = null
    if (patches.size > 0 || removed.size > 0) apply(patches, removed)
    patches = new Map()
    removed = new Set()
    if (latest) progress(latest)
    latest = null
  }
  const schedule = () => {
    timer ??= setTimeout(flush, INTERVAL_MS)
  }

  return {
    patch(id: number, patch: Partial<Handler>) {
      patches.set(id, { ...patches.get(id), ...patch })
      schedule()
    },
    remove(id: number) {
      removed.add(id)
      schedule()
    },
    progress(value: QueueProgress) {
      latest = value
      schedule()
    },
    flush,
  }
}
