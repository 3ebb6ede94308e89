// Runs many API requests as a queue: a few at once, paced by the API client's rate-limit
// budget (the client waits for the window instead of bursting into 429s), stoppable between items.

export interface QueueProgress {
  total: number
  succeeded: number
  failed: number
  /** Milliseconds since the first item started. */
  elapsed: number
  /** Estimated milliseconds left, from the pace so far; null until an item has finished. */
  remaining: number | null
}

export interface QueueFailure<T> {
  item: T
  error: unknown
}

export interface QueueResult<T> {
  succeeded: T[]
  failed: QueueFailure<T>[]
  /** Items never started because the queue was cancelled. */
  skipped: T[]
}

export interface QueueOptions<T> {
  /** Requests in flight at once. */
  concurrency?: number
  /** Cancels the queue: requests in flight finish, no new ones start. */
  signal?: AbortSignal
  onProgress?: (progress: QueueProgress) => void
  onSuccess?: (item: T) => void
  now?: () => number
}

export async function runQueue<T>(
  items: readonly T[],
  work: (item: T) => Promise<void>,
  { concurrency = 3, signal, onProgress, onSuccess, now = Date.now }: QueueOptions<T> = {},
): Promise<QueueResult<T>> {
  const result: QueueResult<T> = { succeeded: [], failed: [], skipped: [] }
  const startedAt = now()
  let next = 0

  const report = () => {
    const finished = result.succeeded.length + result.failed.length
    const elapsed = now() - startedAt
    onProgress?.({
      total: items.length,
      succeeded: result.succeeded.length,
      failed: result.failed.length,
      elapsed,
      remaining: finished === 0 ? null : (elapsed / finished) * (items.length - finished),
    })
  }

  const worker = async () => {
    while (next < items.length && !signal?.aborted) {
      const item = items[next++] as T
      try {
        await work(item)
        result.succeeded.push(item)
        onSuccess?.(item)
      } catch (error) {
        result.failed.push({ item, error })
      }
      report()
    }
  }

  report()
  await Promise.all(
    Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, worker),
  )
  result.skipped = items.slice(next) as T[]
  return result
}
