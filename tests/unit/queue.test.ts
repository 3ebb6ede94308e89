import { describe, expect, it } from 'vitest'
import { runQueue, type QueueProgress } from '../../src/features/handlers/work/queue'

const tick = () => new Promise((resolve) => setTimeout(resolve, 1))

describe('runQueue', () => {
  it('runs every item, a few at a time, and reports each failure', async () => {
    let running = 0
    let most = 0
    const result = await runQueue(
      [1, 2, 3, 4, 5, 6, 7],
      async (item) => {
        running += 1
        most = Math.max(most, running)
        await tick()
        running -= 1
        if (item % 3 === 0) throw new Error(`no ${item}`)
      },
      { concurrency: 3 },
    )
    expect(most).toBe(3)
    expect(result.succeeded.sort()).toEqual([1, 2, 4, 5, 7])
    expect(result.failed.map((failure) => failure.item).sort()).toEqual([3, 6])
    expect(String(result.failed[0]!.error)).toMatch(/no [36]/)
    expect(result.skipped).toEqual([])
  })

  it('stops starting items when cancelled, letting those in flight finish', async () => {
    const controller = new AbortController()
    const started: number[] = []
    const result = await runQueue(
      [1, 2, 3, 4, 5, 6],
      async (item) => {
        started.push(item)
        if (item === 2) controller.abort()
        await tick()
      },
      { concurrency: 2, signal: controller.signal },
    )
    expect(started).toEqual([1, 2])
    expect(result.succeeded.sort()).toEqual([1, 2])
    expect(result.skipped).toEqual([3, 4, 5, 6])
  })

  it('reports progress with an estimate of the time left', async () => {
    let clock = 0
    const seen: QueueProgress[] = []
    await runQueue(
      ['a', 'b', 'c', 'd'],
      async () => {
        clock += 1000
      },
      { concurrency: 1, now: () => clock, onProgress: (progress) => seen.push(progress) },
    )
    expect(seen[0]).toMatchObject({ total: 4, succeeded: 0, remaining: null })
    expect(seen[1]).toMatchObject({ succeeded: 1, elapsed: 1000, remaining: 3000 })
    expect(seen.at(-1)).toMatchObject({ succeeded: 4, failed: 0, remaining: 0 })
  })
})
