// The benchmark's figures side by side for both corpora, each judged against its budget on the
// realistic corpus (the simple one is shown for comparison).

import type { Corpus } from './sim'

export interface Figure {
  figure: string
  values: Partial<Record<Corpus, string>>
  budget: string
  /** Met on the realistic corpus; null for a figure without a budget. */
  ok: boolean | null
}

export const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`
export const msText = (value: number) => `${value.toFixed(value < 10 ? 1 : 0)} ms`
export const MB = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`
export const ratio = (value: number) => `${value.toFixed(2)}×`

export function figureTable(figures: Figure[], corpora: readonly Corpus[]): string {
  const columns = ['figure', ...corpora, 'budget']
  const cells = figures.map((line) => [
    line.figure,
    ...corpora.map((corpus) => line.values[corpus] ?? ''),
    line.budget,
  ])
  const widths = columns.map((column, index) =>
    Math.max(column.length, ...cells.map((row) => row[index]!.length)),
  )
  const row = (values: string[], verdict: string) =>
    [
      ...values.map((value, index) =>
        index === 0 || index === values.length - 1
          ? value.padEnd(widths[index]!)
          : value.padStart(widths[index]!),
      ),
      verdict,
    ].join('  ')
  return [
    row(columns, ''),
    ...figures.map((line, index) =>
      row(cells[index]!, line.ok === null ? '' : line.ok ? 'ok' : 'MISSED'),
    ),
  ].join('\n')
}
