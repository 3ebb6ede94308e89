// Layout as Chromium's own trace tells it. Each `Layout` event says how many layout objects
// needed layout (`dirtyObjects`) out of how many there are (`totalObjects`), and whether it began
// below the root (`partialLayout`); with the `.stack` category a layout that script forced (by
// reading a size or position while the DOM was dirty) carries the script's stack.

import type { Browser, Page } from 'playwright-core'

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.stack',
]

interface TraceEvent {
  name: string
  ph: string
  ts: number
  dur?: number
  pid: number
  tid: number
  args?: {
    name?: string
    beginData?: {
      dirtyObjects?: number
      totalObjects?: number
      partialLayout?: boolean
      stackTrace?: unknown[]
    }
  }
}

export interface LayoutPass {
  /** ms from the trace's first event on the page's main thread. */
  at: number
  ms: number
  dirty: number
  total: number
  partial: boolean
  /** Script asked for it: a size or position read while the DOM had changed. */
  forced: boolean
}

export interface TraceFigures {
  layouts: LayoutPass[]
  layoutMs: number
  /** Style recalculations, and how many of them script forced. */
  styleMs: number
  forcedStyles: number
}

/** Runs `action` with Chromium tracing the page, and reads the renderer's layout passes. */
export async function traced(browser: Browser, page: Page, action: () => Promise<unknown>) {
  await browser.startTracing(page, { categories: CATEGORIES })
  const failure = await action().then(
    () => null,
    (error: unknown) => ({ error }),
  )
  const buffer = await browser.stopTracing()
  if (failure) throw failure.error
  return readTrace(JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] })
}

function readTrace({ traceEvents }: { traceEvents: TraceEvent[] }): TraceFigures {
  const mainThreads = new Set(
    traceEvents
      .filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
      .map((event) => `${event.pid}:${event.tid}`),
  )
  const events = traceEvents
    .filter((event) => mainThreads.has(`${event.pid}:${event.tid}`) && event.ph !== 'M')
    .sort((a, b) => a.ts - b.ts)
  const origin = events[0]?.ts ?? 0
  const spans = (name: string) => {
    const found: { event: TraceEvent; ms: number }[] = []
    const open = new Map<string, TraceEvent[]>()
    for (const event of events) {
      if (event.name !== name) continue
      const thread = `${event.pid}:${event.tid}`
      if (event.ph === 'X') found.push({ event, ms: (event.dur ?? 0) / 1000 })
      else if (event.ph === 'B') open.set(thread, [...(open.get(thread) ?? []), event])
      else if (event.ph === 'E') {
        const begin = open.get(thread)?.pop()
        if (begin) found.push({ event: begin, ms: (event.ts - begin.ts) / 1000 })
      }
    }
    return found
  }
  const layouts = spans('Layout').map(({ event, ms }): LayoutPass => {
    const data = event.args?.beginData ?? {}
    return {
      at: (event.ts - origin) / 1000,
      ms,
      dirty: data.dirtyObjects ?? 0,
      total: data.totalObjects ?? 0,
      partial: data.partialLayout ?? false,
      forced: (data.stackTrace?.length ?? 0) > 0,
    }
  })
  const styles = spans('UpdateLayoutTree')
  return {
    layouts,
    layoutMs: layouts.reduce((sum, layout) => sum + layout.ms, 0),
    styleMs: styles.reduce((sum, style) => sum + style.ms, 0),
    forcedStyles: styles.filter(({ event }) => (event.args?.beginData?.stackTrace?.length ?? 0) > 0)
      .length,
  }
}
