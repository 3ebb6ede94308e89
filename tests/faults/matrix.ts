// Records each cell's outcome as its test finishes, and prints the whole matrix at the end.
import { onTestFinished } from 'vitest'
import type { Language } from '../../src/i18n/format'
import { FAULT_TITLES, FAULTS, type FaultName } from './faults'
import type { Operation } from './operation'

type Outcome = 'pass' | 'FAIL'
const outcomes = new Map<string, Outcome>()
const cellKey = (op: string, fault: FaultName, language: Language) => `${op}/${fault}/${language}`

/** Call first thing in a cell's test: it is counted as passed only if the whole test passes. */
export function recordCell(op: Operation, fault: FaultName, language: Language) {
  onTestFinished(({ task }) => {
    outcomes.set(cellKey(op.id, fault, language), task.result?.state === 'pass' ? 'pass' : 'FAIL')
  })
}

function cell(op: Operation, fault: FaultName): string {
  if (op.notApplicable[fault]) return 'n/a'
  const en = outcomes.get(cellKey(op.id, fault, 'en'))
  const fa = outcomes.get(cellKey(op.id, fault, 'fa'))
  if (en === 'FAIL' || fa === 'FAIL') return 'FAIL'
  if (!en) return fa ? `fa:${fa}` : 'not run'
  return fa ? 'pass+fa' : 'pass'
}

export function formatMatrix(operations: readonly Operation[]): string {
  const width = Math.max(...operations.map((op) => op.title.length))
  const columns = FAULTS.map((fault) => Math.max(FAULT_TITLES[fault].length, 7))
  const line = (first: string, cells: string[]) =>
    [first.padEnd(width), ...cells.map((text, i) => text.padEnd(columns[i]!))].join(' | ')
  const rows = operations.map((op) =>
    line(
      op.title,
      FAULTS.map((fault) => cell(op, fault)),
    ),
  )
  const all = operations.flatMap((op) => FAULTS.map((fault) => cell(op, fault)))
  const count = (test: (text: string) => boolean) => all.filter(test).length
  const reasons = operations.flatMap((op) =>
    FAULTS.filter((fault) => op.notApplicable[fault]).map(
      (fault) => `  ${op.title} × ${FAULT_TITLES[fault]}: ${op.notApplicable[fault]}`,
    ),
  )
  const persian = [...outcomes].filter(([key]) => key.endsWith('/fa'))
  return [
    'Fault matrix (pass+fa: passed in English and in Persian)',
    line(
      'operation',
      FAULTS.map((fault) => FAULT_TITLES[fault]),
    ),
    line(
      '-'.repeat(width),
      columns.map((n) => '-'.repeat(n)),
    ),
    ...rows,
    `Totals: ${all.length} cells: ${count((c) => c.startsWith('pass'))} pass, ` +
      `${count((c) => c === 'FAIL')} FAIL, ${count((c) => c === 'n/a')} n/a, ` +
      `${count((c) => c === 'not run')} not run; Persian sample ` +
      `${persian.filter(([, outcome]) => outcome === 'pass').length}/${persian.length} pass`,
    'n/a:',
    ...reasons,
  ].join('\n')
}
