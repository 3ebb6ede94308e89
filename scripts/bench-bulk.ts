// `npm run bench:bulk`: how the bulk review performs on 1,000 and 5,000 handlers, against the
// simulator over loopback with the dashboard's own API client and the table's own functions.
//
//   load     time to load the whole account (pages of 1000, as the table does)
//   search   time for one search over every handler (the table's filter function): the first
//            keystroke builds the search text of each handler, later ones reuse it
//   bulk     disables through the table's request queue against the rate limit, and reports
//            the rate achieved as a share of the best the limit allows, and the 429s met
//
// The rate limit is the platform's default, 60 requests per 60 s, played faster: the simulator
// and the client share a clock that runs `--speed` times real time (12: a window lasts 5 s).
// The client only learns a window's length from a 429, so it assumes the platform's 60 s; a
// faster clock keeps that assumption true while the run stays short. A second run uses a short
// real window, 20 requests per 10 s at real speed (`--short-window`, `--short-limit`,
// `--short-bulk`; `--short-window 0` leaves it out), which shows what the client does with a
// window far shorter than it assumes. Each answer is held back by a random 0 to `--jitter` ms
// (150, on the limit's clock) after the server counted its request, so answers arrive out of order as they do
// through a real network and proxy.
//
// Targets: at least 95% of the best rate the limit allows, at most one 429 in a run (the one
// that teaches the window's length) and no failed request.

import { parseArgs } from 'node:util'
import { createApiClient } from '../src/api/client'
import { realClock, type Clock } from '../src/api/rate-pacer'
import type { Handler } from '../src/api/types'
import { runQueue } from '../src/features/handlers/work/queue'
import { bulkWork } from '../src/features/handlers/bulk/work'
import { computeFindings } from '../src/features/handlers/review/findings'
import { loadAllHandlers } from '../src/features/handlers/review/load-all'
import {
  filterHandlers,
  sortHandlers,
  type ReviewFilters,
} from '../src/features/handlers/review/view'
import { startSimServer } from '../src/sim/node-server'
import { Simulator } from '../src/sim/simulator'

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,5000' },
    bulk: { type: 'string', default: '300' },
    limit: { type: 'string', default: '60' },
    speed: { type: 'string', default: '12' },
    'short-window': { type: 'string', default: '10' },
    'short-limit': { type: 'string', default: '20' },
    'short-bulk': { type: 'string', default: '85' },
    jitter: { type: 'string', default: '150' },
  },
})
const SIZES = values.sizes.split(',').map(Number)
const BULK = Number(values.bulk)
const LIMIT = Number(values.limit)
const SPEED = Number(values.speed)
const SHORT_WINDOW_S = Number(values['short-window'])
const SHORT_LIMIT = Number(values['short-limit'])
const SHORT_BULK = Number(values['short-bulk'])
const CONCURRENCY = 3
const TARGET_SHARE = 0.95
const JITTER_MS = Number(values.jitter)

/**
 * The simulator behind a network whose answers take between 0 and `jitter` ms more, each its
 * own: answers come back out of order, after the server has counted their requests, as through
 * a real proxy.
 */
class JitteryNetwork extends Simulator {
  jitter = { ms: 0, clock: realClock }
  override async handle(request: Request): Promise<Response> {
    const response = await super.handle(request)
    await this.jitter.clock.sleep(Math.random() * this.jitter.ms)
    return response
  }
}

/** A clock `speed` times faster than real time, shared by the simulator and the client. */
function fastClock(speed: number): Clock {
  const start = Date.now()
  return {
    now: () => start + (Date.now() - start) * speed,
    sleep: (ms, signal) => realClock.sleep(ms / speed, signal),
  }
}

const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 0)} ms`
const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!

function time<T>(run: () => T): [T, number] {
  const start = performance.now()
  const result = run()
  return [result, performance.now() - start]
}

// What a user types, one keystroke at a time: a name, a Persian name, part of a target.
const TYPED = ['work email', 'ایمیل مدیر', 'hooks.slack', 'شعبه تهران']
const keystrokes = TYPED.flatMap((word) => Array.from(word).map((_, i) => word.slice(0, i + 1)))

interface Limit {
  limit: number
  windowS: number
  /** How many times faster than real time the limit's clock runs. */
  speed: number
}

async function measureReview(size: number) {
  const sim = new Simulator({ rateLimit: false })
  const { key } = sim.addAccount({ handlers: size })
  const server = await startSimServer({ port: 0, sim })
  try {
    const client = createApiClient({ baseUrl: `${server.url}/api`, apiKey: key })
    const loadStart = performance.now()
    const all = await loadAllHandlers(client, {})
    const loadMs = performance.now() - loadStart
    if (all.items.length !== size) throw new Error(`loaded ${all.items.length} of ${size}`)

    const [findings, findingsMs] = time(() => computeFindings(all.items))
    const none: ReviewFilters = { q: '', type: null, status: null, finding: [] }
    const [, sortMs] = time(() => sortHandlers(all.items, { sort: 'name', dir: 'asc' }, 'en'))
    const timings = keystrokes.map(
      (q) => time(() => filterHandlers(all.items, { ...none, q }, findings))[1],
    )
    const [matches] = time(() => filterHandlers(all.items, { ...none, q: 'hooks.slack' }, findings))
    return {
      loadMs,
      findingsMs,
      sortMs,
      firstKeyMs: timings[0]!,
      keyMedianMs: median(timings.slice(1)),
      keyMaxMs: Math.max(...timings.slice(1)),
      matches: matches.length,
    }
  } finally {
    await server.close()
  }
}

/** Disables `count` handlers through the table's queue, on a key that has not been used yet. */
async function measureBulk({ limit, windowS, speed }: Limit, count: number) {
  const clock = fastClock(speed)
  const sim = new JitteryNetwork({ rateLimit: { limit, windowSeconds: windowS }, now: clock.now })
  sim.jitter = { ms: JITTER_MS, clock }
  const { key } = sim.addAccount({ handlers: count })
  const server = await startSimServer({ port: 0, sim })
  try {
    const client = createApiClient({ baseUrl: `${server.url}/api`, apiKey: key, clock })
    const handlers = sim.handlersOf(key).map((stored) => ({ id: stored.id }) as Handler)
    const work = bulkWork(client, 'disable')
    const result = await runQueue(handlers, async (handler) => void (await work(handler)), {
      concurrency: CONCURRENCY,
      now: clock.now,
    })
    const writes = sim.requests.filter((r) => r.method === 'POST' && r.status === 200)
    const span = writes.at(-1)!.at - writes[0]!.at
    // At best a window's allowance goes at once, and the last request opens the last window.
    const bestSpan = (Math.ceil(writes.length / limit) - 1) * windowS * 1000
    return {
      sent: sim.requests.length,
      succeeded: result.succeeded.length,
      failed: result.failed.length,
      status429: sim.requests.filter((r) => r.status === 429).length,
      spanS: span / 1000,
      realS: span / 1000 / speed,
      share: span === 0 ? 1 : bestSpan / span,
    }
  } finally {
    await server.close()
  }
}

function describeLimit({ limit, windowS, speed }: Limit) {
  return speed === 1
    ? `${limit} per ${windowS} s at real speed`
    : `${limit} per ${windowS} s, clock ${speed}× (a window lasts ${windowS / speed} s)`
}

let ok = true

for (const size of SIZES) {
  const r = await measureReview(size)
  console.log(`\n${size.toLocaleString('en')} handlers`)
  const pages = Math.ceil(size / 1000)
  console.log(`  load all            ${ms(r.loadMs)} (${pages} request${pages === 1 ? '' : 's'})`)
  console.log(`  findings            ${ms(r.findingsMs)} (once per data set)`)
  console.log(`  sort by name        ${ms(r.sortMs)}`)
  console.log(
    `  search keystroke    first ${ms(r.firstKeyMs)}, then median ${ms(r.keyMedianMs)}, max ${ms(r.keyMaxMs)} (${keystrokes.length} keystrokes; "hooks.slack" matches ${r.matches})`,
  )
}

const runs: [Limit, number][] = [[{ limit: LIMIT, windowS: 60, speed: SPEED }, BULK]]
if (SHORT_WINDOW_S > 0)
  runs.push([{ limit: SHORT_LIMIT, windowS: SHORT_WINDOW_S, speed: 1 }, SHORT_BULK])
for (const [limit, count] of runs) {
  const r = await measureBulk(limit, count)
  ok &&= r.share >= TARGET_SHARE && r.failed === 0 && r.status429 <= 1
  console.log(
    `\nBulk disable of ${count}, ${CONCURRENCY} at a time, rate limit ${describeLimit(limit)}, answers delayed 0 to ${JITTER_MS} ms`,
  )
  console.log(
    `  requests            ${r.succeeded} of ${count} done, ${r.failed} failed; ${r.sent} sent, ${r.status429} answered 429 (and retried)`,
  )
  console.log(
    `  rate                ${(r.share * 100).toFixed(1)}% of the best the limit allows (${r.spanS.toFixed(1)} s on the limit's clock, ${r.realS.toFixed(1)} s real)`,
  )
}

console.log(
  ok
    ? `\nOK: every bulk run kept at least ${TARGET_SHARE * 100}% of the best rate, met at most one 429 and lost nothing.`
    : `\nBELOW TARGET: a bulk run kept under ${TARGET_SHARE * 100}% of the best rate, met more than one 429, or lost a request.`,
)
process.exitCode = ok ? 0 : 1
