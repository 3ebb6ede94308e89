// Every operation against every fault the simulator can inject: the user reads a clear message
// in their language, keeps what they typed, sees only what the server holds, and can try again.
import { afterAll, describe, expect, it } from 'vitest'
import type { Language } from '../../src/i18n/format'
import '../handlers/form-helpers'
import { setupSimulator } from '../sim-server'
import { settle, withFakeClock } from './clock'
import { makeCtx } from './context'
import { attemptsOf, CLIENT_TIMEOUT_MS, FAULTS, faultsFor, type FaultName } from './faults'
import { formatMatrix, recordCell } from './matrix'
import type { Operation } from './operation'
import { loadAll, openHandler, openTable, signIn } from './read-operations'
import { remove, toggle } from './row-operations'
import { bulkItem, importItem } from './batch-operations'
import { create, edit } from './write-operations'

const env = setupSimulator()
// Minutes of the fake clock pass a second at a time on a busy machine, the other suites running
// alongside.
const CELL_TIMEOUT_MS = 180_000
withFakeClock()

const OPERATIONS: Operation[] = [
  signIn,
  openTable,
  loadAll,
  openHandler,
  create,
  edit,
  toggle,
  remove,
  bulkItem,
  importItem,
]

/** One cell per operation in Persian, each with another fault. */
const PERSIAN: [string, FaultName][] = [
  ['signIn', 'badKey'],
  ['table', 'html500'],
  ['loadAll', 'dropped'],
  ['openHandler', 'notFound'],
  ['create', 'rateLimited'],
  ['edit', 'refused'],
  ['toggle', 'dropped'],
  ['delete', 'timeout'],
  ['bulkItem', 'wrongShape'],
  ['importItem', 'notJson'],
]

async function runCell(op: Operation, fault: FaultName, language: Language) {
  recordCell(op, fault, language)
  const ctx = makeCtx(env.sim, language, op.seed)
  const run = await op.prepare(ctx)
  if (fault === 'notFound' && run.deleteElsewhere) run.deleteElsewhere()
  else for (const f of faultsFor(fault, run.target, op, run.times?.[fault])) ctx.sim.injectFault(f)

  const startedAt = Date.now()
  await run.act()
  await settle(() => {
    const report = run.report(fault)
    for (const message of run.messages(fault)) expect(report).toHaveTextContent(message)
  })
  if (fault === 'timeout') {
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(CLIENT_TIMEOUT_MS * attemptsOf(fault, op))
  }
  run.kept()
  await settle(() => run.agrees(fault))

  const retry = run.retry(fault)
  if (!retry) return
  ctx.sim.clearFaults()
  await retry()
  await settle(() => run.done(fault))
}

const cells = OPERATIONS.flatMap((op) => FAULTS.map((fault) => ({ op, fault })))

describe('fault matrix', () => {
  afterAll(() => console.log(formatMatrix(OPERATIONS)))

  it.each(cells.filter(({ op, fault }) => !op.notApplicable[fault]))(
    '$op.title × $fault',
    ({ op, fault }) => runCell(op, fault, 'en'),
    CELL_TIMEOUT_MS,
  )

  it.each(
    PERSIAN.map(([id, fault]) => ({ op: OPERATIONS.find((op) => op.id === id)!, fault })).filter(
      ({ op }) => op,
    ),
  )('in Persian: $op.title × $fault', ({ op, fault }) => runCell(op, fault, 'fa'), CELL_TIMEOUT_MS)

  it.skip.each(cells.filter(({ op, fault }) => op.notApplicable[fault]))(
    '$op.title × $fault: n/a',
    () => {},
  )
})
