// `npm run bench:bulk`: how the bulk review performs on 1,000 and 5,000 handlers, against the
// simulator over loopback with the dashboard's own API client and the table's own functions.
//
//   load     time to load the whole account (pages of 1000, as the table does)
//   search   time for one search over every handler (the table's filter function): the first
//            keystroke builds the search text of each handler, later ones reuse it
//   bulk     disables through the table's request queue against the rate limit, and reports
//            the rate achieved as a share of the rate allowed, and the 429s met
//
// The rate limit is the platform's default, 60 requests per 60 s, played faster: the simulator
// and the client share a clock that runs `--speed` times real time (12: a window lasts 5 s).
// The client only learns a window's length from a 429, so it assumes the platform's 60 s; a
// faster clock keeps that assumption true while the run stays short. `--real-window` instead
// runs a real 60-per-5-s limit at real speed, which shows what the client does with a window
// shorter than it assumes.

import { parseArgs } from 'node:util'
import { createApiClient } from '../src/api/client'
import { realClock, type Clock } from '../src/api/rate-pacer'
import type { Handler } from '../src/api/types'
import { planBulk } from '../src/features/handlers/bulk/plan'
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
    'real-window': { type: 'string' },
  },
})
const SIZES = values.sizes.split(',').map(Number)
const BULK = Number(values.bulk)
const LIMIT = Number(values.limit)
const REAL_WINDOW = values['real-window'] ? Number(values['real-window']) : null
const SPEED = REAL_WINDOW ? 1 : Number(values.speed)
const WINDOW_S = REAL_WINDOW ?? 60
const CONCURRENCY = 3

/** A clock `speed` times faster than real time, shared by the simulator and the client. */
function fastClock(speed: number): Clock {
  const start = Date.now()
  return {
    now: () => start + (Date.now() - start) * speed,
    sleep: (ms, signal) => realClock.sleep(ms / speed, signal),
  }
}

const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 0)} ms`
const targets = (r: { succeeded: number; failed: number }) => r.succeeded + r.failed
const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!

function time<T>(run: () => T): [T, number] {
  const start = performance.now()
  const result = run()
  return [result, performance.now() - start]
}

// What a user types, one keystroke at a time: a name, a Persian name, part of a target.
const TYPED = ['work email', 'ایمیل مدیر', 'hooks.slack', 'شعبه تهران']
const keystrokes = TYPED.flatMap((word) => Array.from(word).map((_, i) => word.slice(0, i + 1)))

async function measure(size: number) {
  const clock = fastClock(SPEED)
  const sim = new Simulator({
    rateLimit: { limit: LIMIT, windowSeconds: WINDOW_S },
    now: clock.now,
  })
  const { key } = sim.addAccount({ handlers: size })
  const server = await startSimServer({ port: 0, sim })
  try {
    const baseUrl = `${server.url}/api`

    const loadStart = performance.now()
    const all = await loadAllHandlers(createApiClient({ baseUrl, apiKey: key, clock }), {})
    const loadMs = performance.now() - loadStart
    if (all.items.length !== size) throw new Error(`loaded ${all.items.length} of ${size}`)

    const [findings, findingsMs] = time(() => computeFindings(all.items))
    const none: ReviewFilters = { q: '', type: null, status: null, finding: [] }
    const [, sortMs] = time(() => sortHandlers(all.items, { sort: 'name', dir: 'asc' }, 'en'))
    const timings = keystrokes.map(
      (q) => time(() => filterHandlers(all.items, { ...none, q }, findings))[1],
    )
    const [matches] = time(() => filterHandlers(all.items, { ...none, q: 'hooks.slack' }, findings))

    // A fresh window and a fresh client, so the bulk run starts with the whole allowance.
    sim.setRateLimit({ limit: LIMIT, windowSeconds: WINDOW_S })
    sim.clearLog()
    const client = createApiClient({ baseUrl, apiKey: key, clock })
    const targets: Handler[] = planBulk('disable', all.items).toDo.slice(0, BULK)
    const work = bulkWork(client, 'disable')
    const result = await runQueue(targets, async (handler) => void (await work(handler)), {
      concurrency: CONCURRENCY,
      now: clock.now,
    })
    const answered = sim.requests.filter((r) => r.method === 'POST')
    const writes = answered.filter((r) => r.status === 200)
    const first = writes[0]!.at
    const last = writes.at(-1)!.at
    // The first window's allowance goes at once; every request after it needs window time.
    const steady = ((writes.length - LIMIT) / (last - first)) * 60_000
    const allowed = (LIMIT / WINDOW_S) * 60
    return {
      size,
      loadMs,
      findingsMs,
      sortMs,
      firstKeyMs: timings[0]!,
      keyMedianMs: median(timings.slice(1)),
      keyMaxMs: Math.max(...timings.slice(1)),
      matches: matches.length,
      sent: answered.length,
      succeeded: result.succeeded.length,
      failed: result.failed.length,
      status429: sim.requests.filter((r) => r.status === 429).length,
      spanS: (last - first) / 1000,
      realS: (last - first) / 1000 / SPEED,
      steady,
      allowed,
    }
  } finally {
    await server.close()
  }
}

console.log(
  REAL_WINDOW
    ? `Rate limit ${LIMIT} per ${WINDOW_S} s at real speed; bulk of ${BULK} disables, ${CONCURRENCY} at a time.`
    : `Rate limit ${LIMIT} per ${WINDOW_S} s, clock ${SPEED}× (a window lasts ${WINDOW_S / SPEED} s); bulk of ${BULK} disables, ${CONCURRENCY} at a time.`,
)
let ok = true
for (const size of SIZES) {
  const r = await measure(size)
  const share = r.steady / r.allowed
  ok &&= share >= 0.9 && r.failed === 0
  console.log(`\n${size.toLocaleString('en')} handlers`)
  const pages = Math.ceil(size / 1000)
  console.log(`  load all            ${ms(r.loadMs)} (${pages} request${pages === 1 ? '' : 's'})`)
  console.log(`  findings            ${ms(r.findingsMs)} (once per data set)`)
  console.log(`  sort by name        ${ms(r.sortMs)}`)
  console.log(
    `  search keystroke    first ${ms(r.firstKeyMs)}, then median ${ms(r.keyMedianMs)}, max ${ms(r.keyMaxMs)} (${keystrokes.length} keystrokes; "hooks.slack" matches ${r.matches})`,
  )
  console.log(
    `  bulk                ${r.succeeded} of ${targets(r)} done, ${r.failed} failed; ${r.sent} requests sent, ${r.status429} answered 429 (and were retried); ${r.spanS.toFixed(1)} s on the limit's clock (${r.realS.toFixed(1)} s real)`,
  )
  console.log(
    `  bulk rate           ${r.steady.toFixed(1)} requests/min of ${r.allowed} allowed: ${(share * 100).toFixed(1)}%`,
  )
}
console.log(
  ok
    ? '\nOK: at least 90% of the allowed rate, and no request failed.'
    : '\nBELOW TARGET: under 90% of the allowed rate, or a request failed.',
)
process.exitCode = ok ? 0 : 1
