import { describe, expect, it } from 'vitest'
import type { Handler } from '../../src/api/types'
import {
  click,
  emptySelection,
  inScope,
  isSelected,
  selectAll,
  selectPage,
  withoutIds,
  type Selection,
} from '../../src/features/handlers/bulk/selection'
import { planBulk } from '../../src/features/handlers/bulk/plan'
import type { ReviewFilters } from '../../src/features/handlers/review/view'
import { outcomeOf } from '../../src/features/handlers/work/outcome'
import { ApiError } from '../../src/api/errors'

const make = (id: number, status: Handler['status'] = 'enabled'): Handler => ({
  id,
  name: `h${id}`,
  type: 'email',
  settings: {},
  status,
  createdAt: 0,
  updatedAt: null,
})
const rows = [1, 2, 3, 4, 5, 6].map((id) => make(id))
const ids = (selection: Selection) => [...selection.ticked.keys()].sort((a, b) => a - b)
/** A search, and no filter. */
const search = (q: string): ReviewFilters => ({ q, type: null, status: null, finding: [] })
const tick = (s: Selection, index: number, checked = true, shift = false) =>
  click(s, { handler: rows[index]!, checked, shift, visible: rows, matching: rows })

describe('the selection', () => {
  it('picks and unpicks one row at a time', () => {
    let s = tick(emptySelection(search('a')), 1)
    s = tick(s, 3)
    expect(ids(s)).toEqual([2, 4])
    s = tick(s, 1, false)
    expect(ids(s)).toEqual([4])
  })

  it('extends from the last row clicked with shift, either way, and unticks a range', () => {
    let s = tick(emptySelection(search('a')), 1)
    s = tick(s, 4, true, true)
    expect(ids(s)).toEqual([2, 3, 4, 5])
    s = tick(s, 0, true, true)
    expect(ids(s)).toEqual([1, 2, 3, 4, 5])
    s = tick(s, 2, false, true)
    expect(ids(s)).toEqual([1, 4, 5])
  })

  it('selects and clears the page, keeping picks from other pages', () => {
    const other = make(99)
    let s = click(emptySelection(search('a')), {
      handler: other,
      checked: true,
      shift: false,
      visible: [other],
      matching: null,
    })
    s = selectPage(s, rows, true, null)
    expect(ids(s)).toEqual([1, 2, 3, 4, 5, 6, 99])
    s = selectPage(s, rows, false, null)
    expect(ids(s)).toEqual([99])
  })

  it('selects all that match, and takes one or a page out of "all"', () => {
    const all = selectAll(tick(emptySelection(search('a')), 0))
    expect(all.allMatching).toBe(true)
    expect(isSelected(all, 6)).toBe(true)
    expect(ids(tick(all, 2, false))).toEqual([1, 2, 4, 5, 6])
    expect(ids(selectPage(all, rows.slice(0, 3), false, rows))).toEqual([4, 5, 6])
  })

  it('belongs to one search: another scope starts empty', () => {
    const s = tick(emptySelection(search('a')), 0)
    expect(inScope(s, search('a'))).toBe(s)
    expect(inScope(s, search('b')).ticked.size).toBe(0)
    expect(inScope(s, { ...search('a'), finding: ['duplicate'] }).ticked.size).toBe(0)
  })

  it('forgets deleted handlers', () => {
    const s = tick(tick(emptySelection(search('a')), 0), 1)
    expect(ids(withoutIds(s, new Set([1, 42])))).toEqual([2])
  })
})

describe('planning bulk work', () => {
  const handlers = [make(1), make(2, 'disabled'), make(3, 'pending'), make(4)]

  it('sends nothing for handlers already in the state asked for, nor for pending ones', () => {
    const plan = planBulk('disable', handlers)
    expect(plan.toDo.map((h) => h.id)).toEqual([1, 4])
    expect(plan.unchanged.map((h) => h.id)).toEqual([2])
    expect(plan.pending.map((h) => h.id)).toEqual([3])
    expect(planBulk('enable', handlers).toDo.map((h) => h.id)).toEqual([2])
    expect(planBulk('delete', handlers).toDo).toHaveLength(4)
  })

  it('reports a request cut short by a cancel as not done, not as failed', () => {
    const plan = planBulk('delete', handlers)
    const aborted = new ApiError('aborted')
    const broken = new ApiError('server')
    const report = outcomeOf(
      plan.toDo,
      {
        succeeded: [handlers[1]!, handlers[0]!],
        failed: [
          { item: handlers[2]!, error: aborted },
          { item: handlers[3]!, error: broken },
        ],
        skipped: [],
      },
      { cancelled: true },
    )
    expect(report.done.map((h) => h.id)).toEqual([1, 2])
    expect(report.failed.map((f) => f.item.id)).toEqual([4])
    expect(report.notDone.map((h) => h.id)).toEqual([3])
  })
})
